// The model picked in the composer of a new chat ("new", before its first
// send), kept in localStorage: its first send names it and the server keeps it
// on the conversation. An existing conversation's choice lives on the server
// only (conversations.get, chat/model-choice.ts `choose`), so every device
// shows the model that actually answers.
import { useSyncExternalStore } from "react";
import type { Id } from "../../../../convex/_generated/dataModel";
import { isProviderName, type ProviderName } from "@rules/providers";
import { createStoredSetting } from "@/lib/stored-setting";

export type ModelChoice = { provider: ProviderName; model: string };

/** The draft key (and model-choice key) of a conversation not yet created (NewChatPage). */
export const NEW_CHAT_KEY = "new";

/** The conversation a composer's draft key names, or undefined for a new chat. */
export const conversationIdOf = (draftKey: string) =>
  draftKey === NEW_CHAT_KEY ? undefined : (draftKey as Id<"conversations">);

const settings = new Map<string, ReturnType<typeof createStoredSetting>>();
const settingFor = (conversationKey: string) => {
  let setting = settings.get(conversationKey);
  if (!setting)
    settings.set(conversationKey, (setting = createStoredSetting(`guarded-chat:model:v1:${conversationKey}`)));
  return setting;
};

/** The choice for this conversation, or null for the tier's default (the operator's chain). */
export function modelChoiceFor(conversationKey: string): ModelChoice | null {
  const stored = settingFor(conversationKey).read();
  if (stored === null) return null;
  try {
    const parsed = JSON.parse(stored) as Partial<ModelChoice>;
    return typeof parsed.provider === "string" && isProviderName(parsed.provider) && typeof parsed.model === "string"
      ? { provider: parsed.provider, model: parsed.model }
      : null;
  } catch {
    return null;
  }
}

export function setModelChoice(conversationKey: string, choice: ModelChoice | null): void {
  settingFor(conversationKey).write(choice && JSON.stringify({ provider: choice.provider, model: choice.model }));
}

/** The same value as a string, so useSyncExternalStore sees a stable snapshot. */
const snapshotOf = (conversationKey: string) => () => settingFor(conversationKey).read();

export function useModelChoice(conversationKey: string): ModelChoice | null {
  useSyncExternalStore(settingFor(conversationKey).subscribe, snapshotOf(conversationKey), () => null);
  return modelChoiceFor(conversationKey);
}
