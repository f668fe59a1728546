import type { ServerResponse } from "node:http";
import { sendJson } from "./http-util.ts";
import { pause } from "./pause.ts";
import type { Fault } from "./types.ts";

/**
 * Sends a non-streaming JSON body after `delayMs`, breaking it as the fault
 * says. There are no tokens to count here, so any drop or malformed fault
 * applies to the whole body.
 */
export async function sendWholeBody(
  res: ServerResponse,
  body: unknown,
  fault: Fault,
  delayMs: number,
  signal: AbortSignal,
): Promise<void> {
  if (!(await pause(delayMs, signal))) return;
  if (fault.dropAfterTokens !== undefined) {
    res.socket?.destroy();
    return;
  }
  if (fault.malformedAfterTokens !== undefined) {
    const text = JSON.stringify(body);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(text.slice(0, Math.floor(text.length / 2)));
    return;
  }
  sendJson(res, 200, body);
}
