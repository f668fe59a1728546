// Response headers every deploy must send, by vercel.json `source`, each with
// why (vercel.json cannot carry comments; this list is what the check uses).
// The Content-Security-Policy and Reporting-Endpoints depend on the env: see
// expected-csp.ts and the CSP checks. Reviewed against OWASP's HTTP Headers
// Cheat Sheet and MDN (2026).
export const ALL_ROUTES = "/(.*)";
const ASSETS = "/assets/(.*)";

export type RequiredHeader = { source: string; key: string; value: string; why: string };

export const REQUIRED_HEADERS: readonly RequiredHeader[] = [
  {
    source: ALL_ROUTES,
    key: "Strict-Transport-Security",
    value: "max-age=63072000; includeSubDomains; preload",
    why: "HTTPS only, for two years, subdomains too: no downgrade to http where a network attacker could inject script",
  },
  {
    source: ALL_ROUTES,
    key: "X-Content-Type-Options",
    value: "nosniff",
    why: "a reply or upload can never be sniffed into script or HTML",
  },
  {
    source: ALL_ROUTES,
    key: "Referrer-Policy",
    value: "strict-origin-when-cross-origin",
    why: "other sites see at most our origin, never a /c/<conversation> path (links in replies add rel=noreferrer on top)",
  },
  {
    source: ALL_ROUTES,
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=(), browsing-topics=()",
    why: "the app uses none of these, so injected script cannot either; clipboard-write (Copy buttons) and publickey-credentials (Clerk passkeys) keep their same-origin default",
  },
  {
    source: ALL_ROUTES,
    key: "X-Frame-Options",
    value: "DENY",
    why: "clickjacking: frame-ancestors 'none' in the CSP says the same to current browsers, this to those that predate it",
  },
  {
    source: ALL_ROUTES,
    key: "Cross-Origin-Opener-Policy",
    value: "same-origin",
    why: "a window we open or that opens us gets no handle on ours (no tabnabbing, no XS-Leaks via window references); Clerk signs in with full-page OAuth redirects, not popups (it uses popups only when framed, and frame-ancestors forbids that), so same-origin-allow-popups is not needed",
  },
  {
    source: ALL_ROUTES,
    key: "Cross-Origin-Resource-Policy",
    value: "same-origin",
    why: "no other site can load our pages or bundles as no-cors subresources (Spectre-style reads); nothing of ours is meant to be embedded elsewhere",
  },
  // Vite puts a content hash in every /assets file name, so they never change.
  {
    source: ASSETS,
    key: "Cache-Control",
    value: "public, max-age=31536000, immutable",
    why: "hashed assets are cached for a year",
  },
];

// Deliberately not sent: Cross-Origin-Embedder-Policy (cross-origin isolation
// buys nothing without SharedArrayBuffer, and require-corp would block Clerk's
// avatars on img.clerk.com and its CAPTCHA frame), X-XSS-Protection (removed
// from browsers; OWASP says do not set it), Expect-CT (obsolete).
