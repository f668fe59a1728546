import { ConvexError } from "convex/values";
import type { AppErrorData, ErrorCode } from "../../rules/errors";

/** The one way server code fails a request: a typed code the client maps to words. */
export function appError(code: ErrorCode, details: Omit<AppErrorData, "code"> = {}): ConvexError<AppErrorData> {
  return new ConvexError<AppErrorData>({ code, ...details });
}
