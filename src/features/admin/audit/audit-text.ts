// How an audit entry reads in the log. Pure.
import { formatUsd } from "@rules/money";

type AuditAction = "set_tier" | "set_daily_cap" | "grant_admin" | "revoke_admin";

export const ACTION_LABEL: Record<AuditAction, string> = {
  set_tier: "Plan",
  set_daily_cap: "Daily cap",
  grant_admin: "Admin role (at sign-in)",
  revoke_admin: "Admin role (at sign-in)",
};

/** A before/after value in words: a plan name, a cap in dollars, or what null means for that action. */
export function auditValueText(action: AuditAction, value: string | number | null): string {
  if (value === null) return action === "set_daily_cap" ? "plan default" : "none";
  if (typeof value === "number")
    return action === "set_daily_cap" && Number.isSafeInteger(value) ? formatUsd(value) : String(value);
  return value;
}
