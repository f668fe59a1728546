// Where to go after signing in travels in the URL (?from=/c/abc), so it
// survives a reload of the sign-in page and Clerk's own redirects. Anything
// but a same-origin path is ignored: "?from=//evil.example" or
// "?from=https://evil.example" must not turn sign-in into an open redirect.
const SIGN_IN_PATH = "/sign-in";

export function safeRedirectPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (raw === SIGN_IN_PATH || raw.startsWith(`${SIGN_IN_PATH}/`) || raw.startsWith(`${SIGN_IN_PATH}?`)) return "/";
  return raw;
}

/** The sign-in URL that comes back to `path` (pathname + search + hash) afterwards. */
export function signInUrlFor(path: string): string {
  const target = safeRedirectPath(path);
  return target === "/" ? SIGN_IN_PATH : `${SIGN_IN_PATH}?from=${encodeURIComponent(target)}`;
}
