import { createContext, useContext } from "react";
import type { DevTokenSource } from "./dev-token-source";

export const DevTokenSourceContext = createContext<DevTokenSource | null>(null);

export function useDevTokenSource(): DevTokenSource {
  const source = useContext(DevTokenSourceContext);
  if (!source) throw new Error("useDevTokenSource must be used inside <DevAuthProvider>");
  return source;
}
