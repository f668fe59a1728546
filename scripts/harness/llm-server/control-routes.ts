import type { IncomingMessage, ServerResponse } from "node:http";
import { HttpError, readJsonBody, sendJson } from "./http-util.ts";
import type { ServerState } from "./provider-handler.ts";
import { faultRuleSchema, parseWith } from "./schemas.ts";

export const CONTROL_PREFIX = "/__control";

/**
 * The test-facing control API (see README.md). Returns false when the path
 * is not a control route, so the caller can answer 404.
 */
export async function handleControl(
  state: ServerState,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<boolean> {
  const route = `${req.method ?? ""} ${pathname.slice(CONTROL_PREFIX.length)}`;
  switch (route) {
    case "GET /health":
      sendJson(res, 200, { ok: true });
      return true;
    case "GET /faults":
      sendJson(res, 200, state.faults.list());
      return true;
    case "POST /faults": {
      const parsed = parseWith(faultRuleSchema, await readJsonBody(req));
      if (!parsed.ok) throw new HttpError(400, `Invalid fault rule: ${parsed.reason}`, "invalid_fault");
      state.faults.add(parsed.value);
      sendJson(res, 201, { ok: true, rules: state.faults.list().length });
      return true;
    }
    case "DELETE /faults":
      state.faults.clear();
      sendJson(res, 200, { ok: true });
      return true;
    case "GET /requests":
      sendJson(res, 200, state.log.list());
      return true;
    case "DELETE /requests":
      state.log.clear();
      sendJson(res, 200, { ok: true });
      return true;
    default:
      return false;
  }
}
