import { useId } from "react";
import { entitlementsFor } from "../../../../rules/entitlements";
import { modelEntry } from "../../../../rules/providers";
import { useCurrentUser } from "../../../lib/current-user/use-current-user";
import { setModelChoice, useModelChoice } from "./model-choice";
import { modelOptionLabel } from "./model-option-label";
import "./model-picker.css";

/**
 * Which model answers in this conversation: the tier's models from the
 * catalogue (rules/providers/catalogue.ts), each with its price and speed.
 * "Default" leaves it to the service's failover chain. The server checks
 * the choice again; a model the tier lacks is never listed.
 */
export function ModelPicker({ draftKey }: { draftKey: string }) {
  const me = useCurrentUser();
  const choice = useModelChoice(draftKey);
  const id = useId();
  if (!me) return null;
  const { pick, default: fallback } = entitlementsFor(me.tier).models;
  const value = choice && pick.some((m) => m.provider === choice.provider && m.model === choice.model) ? `${choice.provider}|${choice.model}` : "";
  const defaultEntry = modelEntry(fallback.provider, fallback.model);

  return (
    <span className="composer__model">
      <label htmlFor={id} className="visually-hidden">
        Model
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const picked = pick.find((m) => `${m.provider}|${m.model}` === event.target.value);
          setModelChoice(draftKey, picked ? { provider: picked.provider, model: picked.model } : null);
        }}
        title="Which model answers: price per million tokens (prompt / reply) and speed"
        data-testid="model-picker"
      >
        <option value="">Default ({defaultEntry?.label ?? fallback.model}, falls back when busy)</option>
        {pick.map((m) => (
          <option key={`${m.provider}|${m.model}`} value={`${m.provider}|${m.model}`} data-testid="model-option">
            {modelOptionLabel(m)}
          </option>
        ))}
      </select>
    </span>
  );
}
