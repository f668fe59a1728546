import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from "dompurify";
import { isAllowedImageSource } from "./image-origins";

/** HTML that has been through `sanitizeHtml`; the only HTML SafeText will set. */
export type SanitizedHtml = string & { readonly __brand: "SanitizedHtml" };

// Exactly what marked emits for GFM, minus anything interactive. No style,
// forms, frames, svg or math; `class` is left out so model output cannot
// borrow the app's own styling to impersonate UI.
const ALLOWED_TAGS = [
  "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del",
  "code", "pre", "blockquote", "ul", "ol", "li", "a", "img",
  "table", "thead", "tbody", "tr", "th", "td",
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

const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  ADD_URI_SAFE_ATTR: NON_URI_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

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

const purifiers = new WeakMap<WindowLike, Purifier>();

function purifierFor(win: WindowLike): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win);
    // Without a usable DOM, DOMPurify.sanitize returns its input unchanged.
    if (!purifier.isSupported) throw new Error("sanitizeHtml: this window cannot run DOMPurify");
    purifier.addHook("afterSanitizeAttributes", afterSanitizeAttributes);
    purifiers.set(win, purifier);
  }
  return purifier;
}

export interface SanitizeOptions {
  /** Already normalised with `toOriginSet`. */
  imageOrigins: ReadonlySet<string>;
  /** The DOM DOMPurify parses with; defaults to the global `window`. */
  window?: WindowLike | undefined;
}

export function sanitizeHtml(html: string, options: SanitizeOptions): SanitizedHtml {
  const purifier = purifierFor(options.window ?? window);
  imageOriginsForCurrentCall = options.imageOrigins;
  try {
    return purifier.sanitize(html, SANITIZE_CONFIG) as SanitizedHtml;
  } finally {
    imageOriginsForCurrentCall = new Set();
  }
}
