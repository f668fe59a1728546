// Sentry, loaded with import() after first paint so it never delays the
// first route, and only when VITE_SENTRY_DSN is set. No tracing, no replay.
// Every event goes through sentryBeforeSend (allowlist rebuild + secret
// scrubbing) and every breadcrumb through the same breadcrumb sanitiser.
//
// Sentry v11 replaced `sendDefaultPii` with `dataCollection`; everything it
// can collect about people or requests is switched off here.

import type { Breadcrumb, BrowserOptions } from "@sentry/react";
import { connectMonitoring, disableMonitoring, type MonitoringSink } from "./report-error.ts";
import { sentryBeforeSend } from "./sentry-before-send.ts";
import { sanitizeBreadcrumbs } from "./sentry-breadcrumbs.ts";

export interface SentryEnv {
  VITE_SENTRY_DSN?: string;
  VITE_APP_RELEASE?: string;
}

type SentryModule = typeof import("./sentry-sdk.ts");

function sentryOptions(env: SentryEnv & { VITE_SENTRY_DSN: string }, mode: string): BrowserOptions {
  return {
    dsn: env.VITE_SENTRY_DSN,
    release: env.VITE_APP_RELEASE,
    environment: mode,
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: false,
      httpBodies: [],
      urlQueryParams: false,
      genAI: { inputs: false, outputs: false },
      stackFrameVariables: false,
    },
    beforeSend: sentryBeforeSend,
    beforeBreadcrumb: scrubBreadcrumb,
  };
}

/** Console crumbs dropped, others reduced to allowlisted data, before they are even stored. */
export function scrubBreadcrumb(breadcrumb: Breadcrumb): Breadcrumb | null {
  return sanitizeBreadcrumbs([breadcrumb])[0] ?? null;
}

function sinkFor(sentry: Pick<SentryModule, "captureException" | "captureMessage" | "setUser">): MonitoringSink {
  return {
    captureException: (error, { componentStack, level = "error" }) =>
      void sentry.captureException(error, {
        level,
        ...(componentStack ? { contexts: { react: { componentStack } } } : {}),
      }),
    captureMessage: (message, { level, tags }) => void sentry.captureMessage(message, { level, tags }),
    setUser: (userId) => sentry.setUser(userId === null ? null : { id: userId }),
  };
}

/** Resolves to whether Sentry runs. Reports made before this settle are queued (report-error.ts). */
export async function loadSentry(
  env: SentryEnv,
  mode: string,
  importSentry: () => Promise<SentryModule> = () => import("./sentry-sdk.ts"),
): Promise<boolean> {
  const dsn = env.VITE_SENTRY_DSN;
  if (!dsn) {
    disableMonitoring();
    return false;
  }
  try {
    const sentry = await importSentry();
    sentry.init(sentryOptions({ ...env, VITE_SENTRY_DSN: dsn }, mode));
    connectMonitoring(sinkFor(sentry));
    return true;
  } catch {
    disableMonitoring(); // blocked by an extension, or offline: the app works without it
    return false;
  }
}
