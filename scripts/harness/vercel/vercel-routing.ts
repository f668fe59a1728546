import type { VercelConfig } from "../../validate-production/vercel-config";

// How Vercel answers a path, as far as this app's vercel.json uses it: a file
// from the output directory wins; otherwise the first rewrite whose source
// matches; every header rule whose source matches adds its headers. Sources
// are path-to-regexp patterns that are plain regexes once anchored (the
// routing check in validate:production holds vercel.json to that).
const matches = (source: string, path: string) => new RegExp(`^${source}$`).test(path);

export function rewriteFor(config: VercelConfig, path: string): string | undefined {
  return config.rewrites?.find((rewrite) => matches(rewrite.source, path))?.destination;
}

export function headersFor(config: VercelConfig, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of config.headers ?? []) {
    if (matches(rule.source, path)) for (const { key, value } of rule.headers) headers[key] = value;
  }
  return headers;
}
