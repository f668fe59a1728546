import { councilOfferFor } from "@rules/council";
import { useCurrentUser } from "@/lib/current-user/use-current-user";

/** What the signed-in user's tier may convene (models, how many), or null when no council (the server checks again). */
export function useCouncilAvailable() {
  const me = useCurrentUser();
  return me ? councilOfferFor(me.tier) : null;
}
