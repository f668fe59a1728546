import { useMutation } from "convex/react";
import { useId, useState, type FormEvent } from "react";
import { api } from "../../../../convex/_generated/api";
import { dailyCostCapFor } from "@rules/entitlements";
import { formatUsd } from "@rules/money";
import type { AdminUser } from "../admin-types";
import { parseUsdInput } from "../format";
import type { ConfirmedChange } from "./use-confirmed-change";

/** The user's own daily cap: set one (in dollars) or clear it back to their plan's. */
export function CapOverride({ user, change }: { user: AdminUser; change: ConfirmedChange }) {
  const setDailyCap = useMutation(api.admin.users.setDailyCap);
  const [text, setText] = useState("");
  const id = useId();
  const override = user.dailyCapOverrideMicros;
  const planCap = formatUsd(dailyCostCapFor(user.tier));

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseUsdInput(text);
    if (!parsed.ok) return change.refuse(parsed.reason);
    change.request({
      title: "Set a daily cap for this user?",
      body: `${user.name}'s daily cap becomes ${formatUsd(parsed.micros)} (their plan's is ${planCap}).${parsed.micros === 0 ? " A $0 cap blocks every paid reply." : ""}`,
      confirmLabel: "Set cap",
      run: () => setDailyCap({ userId: user._id, capMicros: parsed.micros }),
      success: `${user.name}'s daily cap is now ${formatUsd(parsed.micros)}.`,
      afterSuccess: () => setText(""),
    });
  }

  function clear() {
    change.request({
      title: "Clear this user's daily cap?",
      body: `${user.name} goes back to the ${user.tier} plan's daily cap of ${planCap}.`,
      confirmLabel: "Clear cap",
      run: () => setDailyCap({ userId: user._id, capMicros: null }),
      success: `${user.name}'s own cap is cleared; the ${user.tier} plan's ${planCap} applies.`,
    });
  }

  return (
    <form className="cap-form" onSubmit={submit} data-testid="cap-form">
      <span className="cap-form__current" data-testid="cap-current">
        {override === null ? `Plan default (${planCap})` : `Own cap ${formatUsd(override)}`}
      </span>
      <label htmlFor={id} className="visually-hidden">
        New daily cap for {user.name}, in US dollars
      </label>
      <input
        id={id}
        className="compact-input cap-form__input"
        inputMode="decimal"
        placeholder="$"
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="cap-input"
      />
      <button
        type="submit"
        className="button button--small"
        disabled={change.busy}
        aria-label={`Set daily cap for ${user.name}`}
        data-testid="cap-set"
      >
        Set
      </button>
      {override !== null && (
        <button
          type="button"
          className="button button--small"
          disabled={change.busy}
          onClick={clear}
          aria-label={`Clear daily cap for ${user.name}`}
          data-testid="cap-clear"
        >
          Clear
        </button>
      )}
    </form>
  );
}
