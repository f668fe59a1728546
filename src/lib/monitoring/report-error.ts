// The app's one way to report to Sentry, usable before Sentry exists.
// @sentry/react is loaded after first paint (sentry.ts); anything reported
// earlier (a render error during start-up, an alert) waits in a short queue
// and is delivered once the SDK connects. With Sentry off (no DSN) the queue
// is dropped and later reports are ignored.
//
// How loud an error is comes from the one error map (rules/errors.ts
// `errorPolicy[code].monitor`): "ignore" (a user's own mistake) is not sent.

import { appErrorOf } from "@rules/app-error-of";
import { errorPolicy } from "@rules/errors";

export type AlertLevel = "info" | "warning" | "error";

export interface MonitoringSink {
  captureException(error: unknown, context: ErrorContext): void;
  captureMessage(message: string, context: MessageContext): void;
  setUser(userId: string | null): void;
}

export interface ErrorContext {
  /** React's component stack, for render errors. */
  componentStack?: string;
  /** Set by reportError from the error map. */
  level?: AlertLevel;
}

export interface MessageContext {
  level: AlertLevel;
  tags: Record<string, string>;
}

// Enough for a burst at start-up; a page that errors in a loop before Sentry
// loads should not grow memory without bound.
export const MAX_QUEUED_REPORTS = 30;

type Delivery = (sink: MonitoringSink) => void;

let sink: MonitoringSink | "off" | null = null;
let queue: Delivery[] = [];
let currentUser: string | null = null;

function deliver(delivery: Delivery): void {
  if (sink === "off") return;
  if (sink) {
    delivery(sink);
    return;
  }
  if (queue.length < MAX_QUEUED_REPORTS) queue.push(delivery);
}

export function reportError(error: unknown, context: ErrorContext = {}): void {
  const level = errorPolicy[appErrorOf(error).code].monitor;
  if (level === "ignore") return;
  deliver((target) => target.captureException(error, { ...context, level }));
}

export function reportMessage(message: string, context: MessageContext): void {
  deliver((target) => target.captureMessage(message, context));
}

/** The signed-in user's opaque id (never a name or email), or null after sign-out. */
export function setMonitoringUser(userId: string | null): void {
  currentUser = userId;
  if (sink && sink !== "off") sink.setUser(userId);
}

/** Whose alerts these are (alert de-dup is per user); null before sign-in. */
export function monitoringUserId(): string | null {
  return currentUser;
}

/** Called once the SDK is initialised: delivers the queue, oldest first. */
export function connectMonitoring(target: MonitoringSink): void {
  sink = target;
  target.setUser(currentUser);
  const waiting = queue;
  queue = [];
  for (const delivery of waiting) delivery(target);
}

/** Monitoring is off for this page (no DSN, or the SDK failed to load). */
export function disableMonitoring(): void {
  sink = "off";
  queue = [];
}

export function queuedReportCount(): number {
  return queue.length;
}

/** Tests only: back to "not loaded yet". */
export function resetMonitoringForTests(): void {
  sink = null;
  queue = [];
  currentUser = null;
}
