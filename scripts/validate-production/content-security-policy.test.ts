import { expect, it } from "vitest";
import { parseCsp } from "./content-security-policy";

it("reads directives case-insensitively, keeps the first of a repeated one, skips empty parts", () => {
  const csp = parseCsp(
    "Default-Src 'self';; script-src 'self' https://a.example ; script-src *; trusted-types safe-text default",
  );
  expect([...csp.keys()]).toEqual(["default-src", "script-src", "trusted-types"]);
  expect(csp.get("script-src")).toEqual(["'self'", "https://a.example"]);
  expect(csp.get("trusted-types")).toEqual(["safe-text", "default"]);
});
