import { describe, expect, it } from "vitest";
import { CAPTCHA_ORIGIN, installScriptUrlPolicy, isAllowedScriptUrl, scriptOriginsFor } from "./script-url-policy";

const PAGE = "https://chat.example.com";
// base64("clerk.example.com$")
const KEY = "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k";
const ORIGINS = scriptOriginsFor(KEY);

describe("scriptOriginsFor", () => {
  it("is Clerk's Frontend API and its CAPTCHA, or nothing without a key", () => {
    expect(ORIGINS).toEqual(["https://clerk.example.com", CAPTCHA_ORIGIN]);
    expect(scriptOriginsFor(undefined)).toEqual([]);
    expect(scriptOriginsFor("pk_live_notbase64!")).toEqual([]);
  });
});

describe("isAllowedScriptUrl", () => {
  it.each([
    ["https://clerk.example.com/npm/@clerk/clerk-js@5/dist/clerk.browser.js", true],
    ["https://clerk.example.com/npm/@clerk/clerk-js@5.128.0/dist/signin_clerk.browser_70f75e_5.128.0.js", true],
    ["https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit", true],
    [`blob:${PAGE}/4f1c2a9e-0000-4000-8000-000000000000`, true],
    ["blob:https://evil.example/4f1c2a9e", false],
    ["http://clerk.example.com/npm/@clerk/clerk-js@5/dist/clerk.browser.js", false],
    ["https://clerk.example.com.evil.example/x.js", false],
    ["https://evil.example/x.js", false],
    ["data:text/javascript,alert(1)", false],
    ["javascript:alert(1)", false],
    ["/assets/index.js", false],
  ])("%s → %s", (url, allowed) => {
    expect(isAllowedScriptUrl(url, ORIGINS, PAGE)).toBe(allowed);
  });
});

describe("installScriptUrlPolicy", () => {
  it("creates the default policy with createScriptURL only (HTML and script strings stay blocked)", () => {
    const created: { name: string; options: Record<string, (value: string) => unknown> }[] = [];
    const win = {
      location: { origin: PAGE },
      trustedTypes: {
        createPolicy: (name: string, options: Record<string, (value: string) => unknown>) =>
          created.push({ name, options }),
      },
    } as unknown as Window;
    installScriptUrlPolicy(ORIGINS, win);
    expect(created.map((policy) => policy.name)).toEqual(["default"]);
    const options = created[0]!.options;
    expect(Object.keys(options)).toEqual(["createScriptURL"]);
    expect(options.createScriptURL!("https://evil.example/x.js")).toBeNull();
    expect(options.createScriptURL!(`${CAPTCHA_ORIGIN}/turnstile/v0/api.js`)).toBe(
      `${CAPTCHA_ORIGIN}/turnstile/v0/api.js`,
    );
  });

  it("does nothing where the browser has no Trusted Types", () => {
    expect(() => installScriptUrlPolicy(ORIGINS, { location: { origin: PAGE } } as unknown as Window)).not.toThrow();
  });
});
