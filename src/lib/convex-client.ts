import { ConvexReactClient } from "convex/react";
import type { ConvexReactClientOptions } from "convex/react";
import { debugLog } from "./debug/ai-debug";
import { isExpectedRefusalLog, refusalCodeInLog } from "./convex-errors/expected-refusal";

let client: ConvexReactClient | undefined;

/** Convex's console logging, minus expected refusals: those show on screen, and under AI_DEBUG. */
const logger: Exclude<ConvexReactClientOptions["logger"], boolean | undefined> = {
  logVerbose: () => undefined,
  log: (...args: unknown[]) => console.log(...args),
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => {
    if (isExpectedRefusalLog(args)) debugLog("limit_refusal", { code: refusalCodeInLog(args) });
    else console.error(...args);
  },
};

/** One Convex client (one WebSocket) for the page's lifetime, whatever re-renders. */
export function convexClientFor(url: string): ConvexReactClient {
  client ??= new ConvexReactClient(url, { logger });
  return client;
}
