import { useQuery } from "convex/react";
import { api } from "../../../convex/_generated/api";

/**
 * The signed-in user's profile (id, tier…), or undefined while it loads.
 * The same subscription as the header badge's: Convex shares it.
 */
export function useCurrentUser() {
  return useQuery(api.users.me.get);
}
