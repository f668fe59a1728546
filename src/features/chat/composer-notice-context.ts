import { createContext, useContext, type ReactNode } from "react";

// A slot above the composer that the app fills (with the usage feature's
// limit notice), so chat shows it without importing another feature.
export const ComposerNoticeContext = createContext<ReactNode>(null);

export function useComposerNotice(): ReactNode {
  return useContext(ComposerNoticeContext);
}
