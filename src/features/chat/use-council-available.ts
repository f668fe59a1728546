import { councilEntitlementsByTier } from "../../../rules/council";
import { useCurrentUser } from "../../lib/current-user/use-current-user";

/** Whether the signed-in user's tier may convene a council (the server checks again). */
export function useCouncilAvailable() {
  const me = useCurrentUser();
  return me ? councilEntitlementsByTier[me.tier].allowed : false;
}
