import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from "dompurify";
import type { TrustedHTML, TrustedTypePolicy, TrustedTypesWindow } from "trusted-types/lib";
import { HTML_POLICY_NAME } from "@/lib/trusted-types/policy-names";
import { isAllowedImageSource } from "./image-origins";

/**
 * HTML that has been through `sanitizeHtml`; the only HTML SafeText will set.
 * A TrustedHTML where the browser has Trusted Types (with the CSP's
 * `require-trusted-types-for 'script'`, HTML sinks accept nothing else), a
 * string elsewhere (jsdom, older browsers).
 */
export type SanitizedHtml = TrustedHTML | (string & { readonly __brand: "SanitizedHtml" });

// Exactly what marked emits for GFM, minus anything interactive. No style,
// forms, frames, svg or math; `class` is left out so model output cannot
// borrow the app's own styling to impersonate UI.
const ALLOWED_TAGS = [
  "p",
  "br",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "strong",
  "em",
  "del",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "a",
  "img",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
];
// rel/target are not listed: the hook below sets them after the attribute pass.
const ALLOWED_ATTR = ["href", "title", "src", "alt", "start", "align"];
// DOMPurify strips whitespace and control characters before testing, so
// `jav&#x09;ascript:` and ` javascript:` fail this too. Relative URLs fail on
// purpose: a reply has no business pointing into the app.
const ALLOWED_URI_REGEXP = /^(?:https?|mailto):/i;
// DOMPurify tests every allowed attribute against the regexp above unless it
// is marked URI-safe; these two never hold URLs (`align="center"`, `start="3"`).
const NON_URI_ATTR = ["align", "start"];

const SANITIZE_CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  ADD_URI_SAFE_ATTR: NON_URI_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
} satisfies Config;

// DOMPurify hooks are registered once per instance and get no per-call data.
// sanitize() is synchronous, so the image policy of the call in progress can
// live here without races.
let imageOriginsForCurrentCall: ReadonlySet<string> = new Set();

function afterSanitizeAttributes(node: Element): void {
  if (node.tagName === "A" && node.hasAttribute("href")) {
    node.setAttribute("rel", "noopener noreferrer nofollow");
    node.setAttribute("target", "_blank");
  }
  if (node.tagName === "IMG" && !isAllowedImageSource(node.getAttribute("src") ?? "", imageOriginsForCurrentCall)) {
    // Keep what the image was meant to say, without fetching anything.
    node.replaceWith(node.ownerDocument.createTextNode(node.getAttribute("alt") ?? ""));
  }
}

// The app's one HTML policy. Its callbacks pass values through because only
// DOMPurify ever holds it: DOMPurify signs the dirty input to parse it in an
// inert document, then signs its own clean output. The policy object never
// leaves this module, so no other code can mint TrustedHTML with it; the
// browser refuses a second policy of the same name.
type Sanitizer = { purifier: Purifier; config: Config };

function htmlPolicyFor(win: WindowLike): TrustedTypePolicy | null {
  const factory = (win as Partial<TrustedTypesWindow>).trustedTypes;
  if (!factory) return null;
  return factory.createPolicy(HTML_POLICY_NAME, {
    createHTML: (html: string) => html,
    createScriptURL: (url: string) => url,
  }) as TrustedTypePolicy;
}

const sanitizers = new WeakMap<WindowLike, Sanitizer>();

function sanitizerFor(win: WindowLike): Sanitizer {
  let sanitizer = sanitizers.get(win);
  if (!sanitizer) {
    const purifier = DOMPurify(win);
    // Without a usable DOM, DOMPurify.sanitize returns its input unchanged.
    if (!purifier.isSupported) throw new Error("sanitizeHtml: this window cannot run DOMPurify");
    purifier.addHook("afterSanitizeAttributes", afterSanitizeAttributes);
    const policy = htmlPolicyFor(win);
    // `null` (not absent) also stops DOMPurify creating its own "dompurify" policy.
    sanitizer = {
      purifier,
      config: { ...SANITIZE_CONFIG, TRUSTED_TYPES_POLICY: policy, RETURN_TRUSTED_TYPE: policy !== null },
    };
    sanitizers.set(win, sanitizer);
  }
  return sanitizer;
}

export interface SanitizeOptions {
  /** Already normalised with `toOriginSet`. */
  imageOrigins: ReadonlySet<string>;
  /** The DOM DOMPurify parses with; defaults to the global `window`. */
  window?: WindowLike | undefined;
}

export function sanitizeHtml(html: string, options: SanitizeOptions): SanitizedHtml {
  const { purifier, config } = sanitizerFor(options.window ?? window);
  imageOriginsForCurrentCall = options.imageOrigins;
  try {
    return purifier.sanitize(html, config) as SanitizedHtml;
  } finally {
    imageOriginsForCurrentCall = new Set();
  }
}
