import { useEffect, useMemo } from "react";
import { exposedKeyKind, reportExposedKey } from "@/lib/monitoring/exposed-key";

/** The kind of secret in the draft, or null; each new finding is reported once (alerts de-dup per day). */
export function useExposedKeyInDraft(draft: string): string | null {
  const kind = useMemo(() => exposedKeyKind(draft, "input"), [draft]);
  useEffect(() => {
    if (kind) reportExposedKey(kind, "input");
  }, [kind]);
  return kind;
}
