// @vitest-environment jsdom
import { expect, it } from "vitest";
import type { WindowLike } from "dompurify";
import { HTML_POLICY_NAME } from "@/lib/trusted-types/policy-names";
import { sanitizeHtml } from "./sanitize-html";

// jsdom has no Trusted Types: a stand-in factory records the policies made and
// wraps what they sign, as the browser's TrustedHTML does. (Enforcement itself
// is proven in Chromium: e2e/production-headers.spec.ts and the XSS suite.)
class FakeTrustedHtml {
  constructor(readonly html: string) {}
  toString() {
    return this.html;
  }
}

function windowWithTrustedTypes() {
  const policies: string[] = [];
  const trustedTypes = {
    createPolicy(name: string, options: { createHTML: (html: string) => string }) {
      if (policies.includes(name)) throw new TypeError(`policy ${name} exists`);
      policies.push(name);
      return {
        name,
        createHTML: (html: string) => new FakeTrustedHtml(options.createHTML(html)),
        createScriptURL: (url: string) => url,
      };
    },
  };
  const win = new Proxy(window, {
    get: (target, key) => (key === "trustedTypes" ? trustedTypes : Reflect.get(target, key, target)),
  });
  return { win: win as unknown as WindowLike, policies };
}

it("returns TrustedHTML from the one safe-text policy, and DOMPurify makes no policy of its own", () => {
  const { win, policies } = windowWithTrustedTypes();
  const first = sanitizeHtml('<p onclick="x()">a</p><script>alert(1)</script>', {
    imageOrigins: new Set(),
    window: win,
  });
  const second = sanitizeHtml("<b>b</b>", { imageOrigins: new Set(), window: win });
  expect(first).toBeInstanceOf(FakeTrustedHtml);
  expect(String(first)).toBe("<p>a</p>");
  expect(String(second)).toBe("b"); // <b> is not on the allowlist: its text stays
  expect(policies).toEqual([HTML_POLICY_NAME]);
});

it("returns a plain string where the browser has no Trusted Types", () => {
  expect(sanitizeHtml("<em>x</em>", { imageOrigins: new Set(), window })).toBe("<em>x</em>");
});
