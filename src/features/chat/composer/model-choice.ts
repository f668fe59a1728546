// The model picked in the composer, per conversation ("new" before the first
// send), kept in localStorage: the sends of that conversation name it, the
// server checks it against the tier and keeps it on the conversation.
import { useSyncExternalStore } from "react";
import { isProviderName, type ProviderName } from "../../../../rules/providers";
import { createStoredSetting } from "../../../lib/stored-setting";

export type ModelChoice = { provider: ProviderName; model: string };

const settings = new Map<string, ReturnType<typeof createStoredSetting>>();
const settingFor = (conversationKey: string) => {
  let setting = settings.get(conversationKey);
  if (!setting) settings.set(conversationKey, (setting = createStoredSetting(`guarded-chat:model:v1:${conversationKey}`)));
  return setting;
};

/** The choice for this conversation, or null for the tier's default (the operator's chain). */
export function modelChoiceFor(conversationKey: string): ModelChoice | null {
  const stored = settingFor(conversationKey).read();
  if (stored === null) return null;
  try {
    const parsed = JSON.parse(stored) as Partial<ModelChoice>;
    return typeof parsed.provider === "string" && isProviderName(parsed.provider) && typeof parsed.model === "string" ? { provider: parsed.provider, model: parsed.model } : null;
  } catch {
    return null;
  }
}

export function setModelChoice(conversationKey: string, choice: ModelChoice | null): void {
  settingFor(conversationKey).write(choice && JSON.stringify({ provider: choice.provider, model: choice.model }));
}

/** A new conversation keeps what was picked before its first message. */
export function moveModelChoice(fromKey: string, toKey: string): void {
  const choice = modelChoiceFor(fromKey);
  if (choice === null) return;
  setModelChoice(toKey, choice);
  setModelChoice(fromKey, null);
}

/** The same value as a string, so useSyncExternalStore sees a stable snapshot. */
const snapshotOf = (conversationKey: string) => () => settingFor(conversationKey).read();

export function useModelChoice(conversationKey: string): ModelChoice | null {
  useSyncExternalStore(settingFor(conversationKey).subscribe, snapshotOf(conversationKey), () => null);
  return modelChoiceFor(conversationKey);
}
