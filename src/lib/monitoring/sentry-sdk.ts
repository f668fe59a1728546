// The only parts of @sentry/react the app uses. Imported dynamically through
// this file (not `import("@sentry/react")`, whose namespace keeps every
// export) so the bundler drops the rest: tracing, replay, routers, profiler.
export { captureException, captureMessage, init, setUser } from "@sentry/react";
