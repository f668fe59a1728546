// Response headers every deploy must send, by vercel.json `source`.
// The CSP is checked directive by directive in vercel-csp-check.ts.
export const ALL_ROUTES = "/(.*)";
export const ASSETS = "/assets/(.*)";

export const REQUIRED_HEADERS: readonly { source: string; key: string; value: string; why: string }[] = [
  { source: ALL_ROUTES, key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload", why: "forces HTTPS for two years" },
  { source: ALL_ROUTES, key: "X-Content-Type-Options", value: "nosniff", why: "stops MIME sniffing" },
  { source: ALL_ROUTES, key: "Referrer-Policy", value: "strict-origin-when-cross-origin", why: "keeps chat URLs out of other sites' logs" },
  { source: ALL_ROUTES, key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()", why: "the app needs none of these" },
  { source: ALL_ROUTES, key: "X-Frame-Options", value: "DENY", why: "clickjacking defence for browsers without frame-ancestors" },
  // Vite puts a content hash in every /assets file name, so they never change.
  { source: ASSETS, key: "Cache-Control", value: "public, max-age=31536000, immutable", why: "hashed assets are cached for a year" },
];
