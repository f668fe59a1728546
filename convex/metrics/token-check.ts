// The /metrics bearer check. The comparison takes the same time wherever the
// first wrong character is, so response timing cannot be used to guess the
// token one character at a time.

const encoder = new TextEncoder();

/**
 * True when a and b are the same string. Always walks the longer of the two
 * to the end, with no early exit; a length difference is folded into the
 * result rather than returned early. (Only the length of the longer input
 * shows in the timing, and an attacker controls theirs.)
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  const length = Math.max(x.length, y.length);
  let difference = x.length ^ y.length;
  for (let i = 0; i < length; i++) difference |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return difference === 0;
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive), or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^bearer +(\S+) *$/i.exec(header ?? "");
  return match?.[1] ?? null;
}

export type MetricsAccess = "disabled" | "denied" | "allowed";

/** METRICS_TOKEN unset → disabled; otherwise the header must carry exactly that token. */
export function metricsAccess(authorization: string | null, configuredToken: string | undefined): MetricsAccess {
  if (!configuredToken) return "disabled";
  return constantTimeEqual(bearerToken(authorization) ?? "", configuredToken) ? "allowed" : "denied";
}
