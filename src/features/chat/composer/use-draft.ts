import { useEffect, useState } from "react";
import { readDraft, writeDraft } from "@/lib/drafts/draft-storage";

/**
 * The composer's text, mirrored to sessionStorage under `key`, so an error,
 * a reload or a visit to another conversation never loses it. Remount (key
 * the component) to switch keys.
 */
export function useDraft(key: string) {
  const [draft, setDraft] = useState(() => readDraft(key));
  useEffect(() => writeDraft(key, draft), [key, draft]);
  return [draft, setDraft] as const;
}
