import { lazy, Suspense } from "react";
import { MarkdownPreview } from "@/components/safe-text/MarkdownPreview";

// The markdown renderer (marked + DOMPurify) is the heaviest thing on the
// chat page; loading it on demand keeps it off the first route's critical
// path. Its download starts with the thread's code rather than at the first
// reply, and until it arrives the reply shows as plain text without markdown
// syntax (never as HTML, never as raw `**`).
const loadSafeText = () => import("@/components/safe-text/SafeText").then((module) => ({ default: module.SafeText }));
void loadSafeText();
const SafeText = lazy(loadSafeText);

export function LazySafeText({ markdown, streaming }: { markdown: string; streaming: boolean }) {
  return (
    <Suspense fallback={<MarkdownPreview markdown={markdown} />}>
      <SafeText markdown={markdown} streaming={streaming} />
    </Suspense>
  );
}
