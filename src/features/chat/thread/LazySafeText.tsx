import { lazy, Suspense } from "react";
import { PlainText } from "../../../components/safe-text/PlainText";

// The markdown renderer (marked + DOMPurify) is the heaviest thing on the
// chat page; loading it on demand keeps it off the first route's critical
// path. Until it arrives the reply shows as plain text, never as HTML.
const SafeText = lazy(() => import("../../../components/safe-text/SafeText").then((module) => ({ default: module.SafeText })));

export function LazySafeText({ markdown, streaming }: { markdown: string; streaming: boolean }) {
  return (
    <Suspense fallback={<PlainText text={markdown} />}>
      <SafeText markdown={markdown} streaming={streaming} />
    </Suspense>
  );
}
