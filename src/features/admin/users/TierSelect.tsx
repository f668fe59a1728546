import { useMutation } from "convex/react";
import { useId } from "react";
import { api } from "../../../../convex/_generated/api";
import { isTier, TIERS } from "@rules/entitlements";
import type { AdminUser } from "../admin-types";
import type { ConfirmedChange } from "./use-confirmed-change";

/** Shows the plan the server has; choosing another only asks for confirmation, it changes nothing by itself. */
export function TierSelect({ user, change }: { user: AdminUser; change: ConfirmedChange }) {
  const setTier = useMutation(api.admin.users.setTier);
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        Plan for {user.name}
      </label>
      <select
        id={id}
        className="compact-input"
        value={user.tier}
        disabled={change.busy}
        data-testid="tier-select"
        onChange={(event) => {
          const tier = event.target.value;
          if (!isTier(tier) || tier === user.tier) return;
          change.request({
            title: "Change this user's plan?",
            body: `${user.name} moves from ${user.tier} to ${tier}. Their rate limit and reply length change at once.`,
            confirmLabel: `Change to ${tier}`,
            run: () => setTier({ userId: user._id, tier }),
            success: `${user.name} is now on the ${tier} plan.`,
          });
        }}
      >
        {TIERS.map((tier) => (
          <option key={tier} value={tier}>
            {tier}
          </option>
        ))}
      </select>
    </>
  );
}
