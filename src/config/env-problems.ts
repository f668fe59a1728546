// Turns a schema's verdict on an env into a list of "variable: why" problems,
// shared by the app's start-up error and validate:production's ✗ lines.
import type * as z from "zod/mini";

export type EnvProblem = { variable: string; reason: string };

// Vite reads `NAME=` as "", which means "not set"; dropping those makes an
// emptied required variable say "required" rather than "must be a URL".
export function withoutEmptyValues(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ""));
}

// Only path and message are read: issue inputs may hold a misplaced secret.
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[]): EnvProblem[] {
  return issues.map((issue) => ({
    variable: issue.path.map(String).join(".") || "(environment)",
    reason: issue.message,
  }));
}

export function listEnvProblems(schema: z.ZodMiniType, raw: Record<string, unknown>): EnvProblem[] {
  const result = schema.safeParse(withoutEmptyValues(raw));
  return result.success ? [] : problemsFromIssues(result.error.issues);
}
