import type { ScanFinding } from "./harness-api";

// Elements SafeText must never emit. `img` is here because the harness uses the
// default image policy (no origins), under which any image is a model-chosen
// request; `button` except SafeText's own Copy button.
const FORBIDDEN_ELEMENTS = [
  "script",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "portal",
  "form",
  "input",
  "textarea",
  "select",
  "button:not([data-testid=copy-code])",
  "style",
  "link",
  "svg",
  "math",
  "base",
  "meta",
  "img",
  "video",
  "audio",
  "source",
  "template",
].join(", ");

const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "srcset",
  "poster",
  "background",
  "data",
  "ping",
  "cite",
]);
const SCRIPTABLE_SCHEME = /^(?:javascript|data|vbscript):/;

// Browsers ignore ASCII whitespace and control characters inside schemes,
// so "\tjava\nscript:" must count as javascript: too.
function normaliseUrl(value: string): string {
  let kept = "";
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    const ignored = code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0x2028 || code === 0x2029;
    if (!ignored) kept += char;
  }
  return kept.toLowerCase();
}

function attributeProblem(attribute: Attr): string | null {
  const name = attribute.name.toLowerCase();
  if (name.startsWith("on")) return `event handler attribute ${name}`;
  if (name === "style" || name === "srcdoc") return `${name} attribute`;
  if (URL_ATTRIBUTES.has(name) && SCRIPTABLE_SCHEME.test(normaliseUrl(attribute.value))) {
    return `${name}="${attribute.value.slice(0, 80)}"`;
  }
  return null;
}

function vectorOf(element: Element): number {
  return Number(element.closest("[data-vector]")?.getAttribute("data-vector") ?? -1);
}

/** Everything executable or forbidden under `root`, each tied to its vector. */
export function scanOutput(root: Element): ScanFinding[] {
  const findings: ScanFinding[] = [];
  for (const element of root.querySelectorAll(FORBIDDEN_ELEMENTS)) {
    findings.push({ vector: vectorOf(element), problem: `<${element.localName}> element` });
  }
  for (const element of root.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      const problem = attributeProblem(attribute);
      if (problem) findings.push({ vector: vectorOf(element), problem: `<${element.localName}> ${problem}` });
    }
  }
  return findings;
}
