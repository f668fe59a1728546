// The Trusted Types policies this app creates, and so the only names the
// CSP's `trusted-types` directive lists (validate:production derives it from
// here). Clerk, Sentry and PostHog create none of their own (checked in their
// code; see /work/notes or README "Browser hardening").

/** SafeText's DOMPurify call: the one way HTML gets into the page. */
export const HTML_POLICY_NAME = "safe-text";

/**
 * The browser calls the `default` policy for a plain string reaching a
 * TrustedScriptURL sink. Clerk's loader, its webpack chunks, its timer worker
 * and Cloudflare's CAPTCHA script all set `script.src` from strings; this
 * policy lets exactly their origins through and nothing else. It has no
 * createHTML and no createScript, so strings at HTML and script sinks stay blocked.
 */
export const SCRIPT_URL_POLICY_NAME = "default";

export const TRUSTED_TYPE_POLICY_NAMES = [HTML_POLICY_NAME, SCRIPT_URL_POLICY_NAME] as const;
