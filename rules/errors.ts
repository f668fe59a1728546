// The error contract between backend and SPA, in the style of Vercel chat
// SDK's "rate_limit:chat" codes. Convex functions throw
// `new ConvexError(data satisfies AppErrorData)`; the SPA turns that data into
// words with userMessageFor, and monitoring reads `monitor` from the same map,
// so what users see and what alerts fire are decided in one place.
import { formatDuration } from "./format-duration";
import { groupDigits } from "./group-digits";
import { formatUsdCompact } from "./money-for-people";
import { formatBytes } from "./chat-transfer";

export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "rate_limited"
  | "daily_cost_cap"
  | "busy"
  | "provider_unavailable"
  | "provider_not_configured"
  | "internal"
  | "cached_reply_unverified"
  | "code_execution_disabled"
  | "code_execution_rate_limited"
  | "code_execution_quota"
  | "code_execution_busy"
  | "quota_exceeded"
  | "service_daily_cap"
  | "import_malformed"
  | "import_too_large";

export const ERROR_CODES: readonly ErrorCode[] = [
  "unauthenticated",
  "forbidden",
  "not_found",
  "invalid_input",
  "rate_limited",
  "daily_cost_cap",
  "busy",
  "provider_unavailable",
  "provider_not_configured",
  "internal",
  "cached_reply_unverified",
  "code_execution_disabled",
  "code_execution_rate_limited",
  "code_execution_quota",
  "code_execution_busy",
  "quota_exceeded",
  "service_daily_cap",
  "import_malformed",
  "import_too_large",
];

export type AppErrorData = {
  code: ErrorCode;
  /** Shown for invalid_input and quota_exceeded (their reasons are written for users); never for others, which may carry internals. */
  message?: string;
  /** How long until retrying can succeed, in ms. Preferred over resetsAt: immune to client clock skew. */
  retryAfterMs?: number;
  /** Epoch ms when the limit lifts (window end, next UTC midnight). */
  resetsAt?: number;
  /** The input field at fault, for invalid_input. */
  field?: string;
  /** The limit that was hit: messages a minute for rate_limited, micro-USD for daily_cost_cap, items kept for quota_exceeded. */
  limit?: number;
  /** daily_cost_cap: the worst-case hold the refused message needed, micro-USD. */
  requested?: number;
  /** daily_cost_cap: today's spend plus holds for replies in progress, micro-USD. */
  spent?: number;
};

type MonitorLevel = "ignore" | "info" | "warning" | "error";

export type ErrorPolicy = {
  userMessage: (data: AppErrorData, now: number) => string;
  monitor: MonitorLevel;
};

export const errorPolicy: Readonly<Record<ErrorCode, ErrorPolicy>> = {
  unauthenticated: { monitor: "info", userMessage: () => "Please sign in to continue." },
  // Worth a look: a signed-in user reaching for something that is not theirs.
  forbidden: {
    monitor: "warning",
    userMessage: () => "You don't have access to that. Check you're signed in to the right account.",
  },
  not_found: { monitor: "info", userMessage: () => "We couldn't find that. It may have been deleted." },
  // Expected user mistakes; validation flags are recorded separately.
  invalid_input: {
    monitor: "ignore",
    userMessage: (d) => d.message ?? "We couldn't accept that message. Check it and try again.",
  },
  rate_limited: {
    monitor: "info",
    userMessage: (d, now) =>
      (d.limit !== undefined
        ? `You've hit your limit of ${d.limit} message${d.limit === 1 ? "" : "s"} a minute.`
        : "You're sending messages too quickly.") + ` Try again ${waitPhrase(d, now)}.`,
  },
  // A user hitting their daily cap means abuse or a cap set too low: either deserves a look.
  daily_cost_cap: {
    monitor: "warning",
    userMessage: (d, now) => `${dailyCapReason(d)} It resets at midnight UTC (${waitPhrase(d, now)}).`,
  },
  busy: {
    monitor: "info",
    userMessage: (d, now) => `A reply is already being written. Try again ${waitPhrase(d, now)}.`,
  },
  provider_unavailable: {
    monitor: "warning",
    userMessage: (d, now) => `The AI service is temporarily unavailable. Try again ${waitPhrase(d, now)}.`,
  },
  // Only an operator can fix a missing API key, so page them; tell the user who can help.
  provider_not_configured: {
    monitor: "error",
    userMessage: () => "Chat isn't set up on this server yet. Please tell the site administrator.",
  },
  internal: { monitor: "error", userMessage: () => "Something went wrong on our side. Please try again." },
  // A browser cache hit the server could not match to a recent reply of the user's own
  // (expired, another context, or forged): the client sends normally instead.
  cached_reply_unverified: {
    monitor: "info",
    userMessage: () => "That earlier answer can't be reused here. Send again for a fresh reply.",
  },
  // Code execution (E2B): off on this deployment, or one of its own limits.
  code_execution_disabled: { monitor: "info", userMessage: () => "Running code isn't available on this server." },
  code_execution_rate_limited: {
    monitor: "info",
    userMessage: (d, now) =>
      (d.limit !== undefined
        ? `You've hit your limit of ${d.limit} code run${d.limit === 1 ? "" : "s"} a minute.`
        : "You're running code too quickly.") + ` Try again ${waitPhrase(d, now)}.`,
  },
  code_execution_quota: {
    monitor: "warning",
    userMessage: (d, now) =>
      (d.limit !== undefined ? `You've used today's ${d.limit} code runs.` : "You've used today's code runs.") +
      ` They reset at midnight UTC (${waitPhrase(d, now)}).`,
  },
  code_execution_busy: {
    monitor: "info",
    userMessage: () => "Code is already running in this conversation. Wait for it to finish.",
  },
  // A storage quota: only deleting makes room, so say what to delete. Conversations and
  // messages are worded here; the documents quotas write their own sentence (message).
  quota_exceeded: {
    monitor: "info",
    userMessage: (d) => {
      const limit = d.limit !== undefined ? `${groupDigits(d.limit)} ` : "";
      if (d.field === "conversations")
        return `You've reached your plan's limit of ${limit}conversations. Delete a conversation you no longer need to start a new one.`;
      if (d.field === "messages")
        return `You've reached your plan's limit of ${limit}stored messages. Delete old conversations to make room for new messages.`;
      return d.message ?? "You've reached your storage limit. Delete something and try again.";
    },
  },
  // The operator's ceiling (GLOBAL_DAILY_CAP_USD), not the user's: page them.
  service_daily_cap: {
    monitor: "error",
    userMessage: (d, now) =>
      `The service has reached its daily spending limit. It resets at midnight UTC (${waitPhrase(d, now)}).`,
  },
  // An import file that is not a chat export (message: what is wrong and where, written for users).
  import_malformed: {
    monitor: "ignore",
    userMessage: (d) => `That file isn't a chat export we can import${d.message ? `: ${d.message}` : "."}`,
  },
  // An import file over a limit: limit is bytes (field "file") or messages / conversations (field says which).
  import_too_large: {
    monitor: "ignore",
    userMessage: (d) => {
      if (d.field === "messages" || d.field === "conversations")
        return `That file has too many ${d.field} to import at once (the limit is ${groupDigits(d.limit ?? 0)}). Split it or export less.`;
      return `That file is too large to import${d.limit !== undefined ? ` (the limit is ${formatBytes(d.limit)})` : ""}.`;
    },
  },
};

export function userMessageFor(data: AppErrorData, now: number): string {
  return errorPolicy[data.code].userMessage(data, now);
}

export function isAppErrorData(value: unknown): value is AppErrorData {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === "string" &&
    (ERROR_CODES as readonly string[]).includes(v.code) &&
    isOptional(v.message, "string") &&
    isOptional(v.field, "string") &&
    isOptionalFiniteNumber(v.retryAfterMs) &&
    isOptionalFiniteNumber(v.resetsAt) &&
    isOptionalFiniteNumber(v.limit) &&
    isOptionalFiniteNumber(v.requested) &&
    isOptionalFiniteNumber(v.spent)
  );
}

/**
 * What blocks is the next message's worst-case hold, not what was spent: say
 * so with the numbers, so "13 % used" and a refusal do not contradict.
 */
function dailyCapReason(d: AppErrorData): string {
  if (d.limit === undefined) return "You've used today's budget.";
  if (d.requested === undefined || d.spent === undefined)
    return `You've used today's budget of ${formatUsdCompact(d.limit)}.`;
  const left = Math.max(d.limit - d.spent, 0);
  return (
    `This message could cost up to ${formatUsdCompact(d.requested)} (held until the reply is done), ` +
    `but only ${formatUsdCompact(left)} of today's ${formatUsdCompact(d.limit)} budget is left (${formatUsdCompact(d.spent)} used or held).`
  );
}

/** "in 12 s" from retryAfterMs, else from resetsAt - now, else a vague "in a moment". */
function waitPhrase(data: AppErrorData, now: number): string {
  const waitMs = data.retryAfterMs ?? (data.resetsAt !== undefined ? data.resetsAt - now : undefined);
  if (waitMs === undefined) return "in a moment";
  return waitMs <= 0 ? "now" : `in ${formatDuration(waitMs)}`;
}

function isOptional(value: unknown, type: "string"): boolean {
  return value === undefined || typeof value === type;
}

function isOptionalFiniteNumber(value: unknown): boolean {
  return value === undefined || (typeof value === "number" && Number.isFinite(value));
}
