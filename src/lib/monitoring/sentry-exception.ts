// Exceptions: the error type and scrubbed message stay (they are the point of
// an error report); stack frames keep location fields only. Frame `vars`
// (local variable values, where an SDK captures them) are dropped: they are
// exactly where a prompt or an API key would sit.

import type { Exception, StackFrame } from "@sentry/react";
import { scrubDeep } from "./scrub-deep.ts";
import { scrubSecrets } from "./scrub.ts";

const FRAME_STRING_FIELDS = [
  "filename",
  "function",
  "module",
  "platform",
  "abs_path",
  "context_line",
  "debug_id",
  "instruction_addr",
  "addr_mode",
] as const;

export function sanitizeException(exception: Exception): Exception {
  const safe: Exception = {};
  if (exception.type !== undefined) safe.type = scrubSecrets(exception.type);
  if (exception.value !== undefined) safe.value = scrubSecrets(exception.value);
  if (exception.module !== undefined) safe.module = scrubSecrets(exception.module);
  if (exception.thread_id !== undefined) safe.thread_id = exception.thread_id;
  if (exception.mechanism) {
    safe.mechanism = { ...exception.mechanism };
    if (exception.mechanism.data) {
      safe.mechanism.data = scrubDeep(exception.mechanism.data) as Record<string, string | boolean>;
    }
  }
  if (exception.stacktrace) {
    safe.stacktrace = { frames: (exception.stacktrace.frames ?? []).map(sanitizeFrame) };
    if (exception.stacktrace.frames_omitted) safe.stacktrace.frames_omitted = exception.stacktrace.frames_omitted;
  }
  return safe;
}

function sanitizeFrame(frame: StackFrame): StackFrame {
  const safe: StackFrame = {};
  for (const field of FRAME_STRING_FIELDS) {
    const value = frame[field];
    if (typeof value === "string") safe[field] = scrubSecrets(value);
  }
  if (frame.lineno !== undefined) safe.lineno = frame.lineno;
  if (frame.colno !== undefined) safe.colno = frame.colno;
  if (frame.in_app !== undefined) safe.in_app = frame.in_app;
  if (frame.pre_context) safe.pre_context = frame.pre_context.map(scrubSecrets);
  if (frame.post_context) safe.post_context = frame.post_context.map(scrubSecrets);
  return safe;
}
