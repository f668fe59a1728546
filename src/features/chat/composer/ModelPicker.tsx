import { useId } from "react";
import { entitlementsFor, type Tier } from "@rules/entitlements";
import { modelEntry } from "@rules/providers";
import { useCurrentUser } from "@/lib/current-user/use-current-user";
import { conversationIdOf, setModelChoice, useModelChoice, type ModelChoice } from "./model-choice";
import { modelOptionLabel } from "./model-option-label";
import "./model-picker.css";
import { useChooseModel, useStoredModelChoice } from "./use-conversation-model";

/**
 * Which model answers in this conversation: the tier's models from the
 * catalogue (rules/providers/catalogue.ts), each with its price and speed.
 * "Default" leaves it to the service's failover chain. The server checks
 * the choice again; a model the tier lacks is never listed. A new chat keeps
 * its pick in this browser until its first send; an existing conversation's
 * is read from and written to the server, so every device shows the same.
 */
export function ModelPicker({ draftKey }: { draftKey: string }) {
  const me = useCurrentUser();
  return me ? <ModelSelect draftKey={draftKey} tier={me.tier} /> : null;
}

function ModelSelect({ draftKey, tier }: { draftKey: string; tier: Tier }) {
  const conversationId = conversationIdOf(draftKey);
  const draftChoice = useModelChoice(draftKey);
  const storedChoice = useStoredModelChoice(conversationId);
  const choose = useChooseModel();
  const id = useId();
  const choice = conversationId ? storedChoice : draftChoice;
  const pickModel = (picked: ModelChoice | null) =>
    // A refused choice rolls back on screen (optimistic update); the picker only lists what the tier may pick.
    conversationId
      ? void choose({ conversationId, model: picked }).catch(() => undefined)
      : setModelChoice(draftKey, picked);
  const { pick, default: fallback } = entitlementsFor(tier).models;
  const value =
    choice && pick.some((m) => m.provider === choice.provider && m.model === choice.model)
      ? `${choice.provider}|${choice.model}`
      : "";
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
          pickModel(picked ? { provider: picked.provider, model: picked.model } : null);
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
