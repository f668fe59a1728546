// Unsent drafts live in sessionStorage, per conversation, so a failed send,
// a reload or a detour to another chat never loses what someone typed. The
// tab is the boundary: nothing is written to disk beyond the session.
const PREFIX = "guarded-chat:draft:";

function storage(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null; // Storage disabled (privacy settings): drafts then live in memory only.
  }
}

export function readDraft(key: string): string {
  return storage()?.getItem(PREFIX + key) ?? "";
}

export function writeDraft(key: string, text: string): void {
  const store = storage();
  if (!store) return;
  try {
    if (text === "") store.removeItem(PREFIX + key);
    else store.setItem(PREFIX + key, text);
  } catch {
    // Quota exceeded: the draft still lives in component state.
  }
}

/** On sign-out: the next person in this tab must not see the last one's drafts. */
export function clearAllDrafts(): void {
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
}
