import { describe, expect, it } from "vitest";
import { fakeCheckContext } from "../fake-check-context";
import { viteSecretValuesCheck } from "./vite-secret-values-check";

const RANDOM_TOKEN = "q8ZrT2vLx9WmNc4KbYp7HsJd3FgAe6Ut";

describe("viteSecretValuesCheck", () => {
  it("fails on a known secret shape in any VITE_ variable, whatever its name", async () => {
    const results = await viteSecretValuesCheck(
      fakeCheckContext({ env: { VITE_GREETING: "sk-or-v1-abcdefghijklmnopqrstuvwxyz0123" } }),
    );
    expect(results).toEqual([expect.objectContaining({ status: "fail", name: "secrets VITE_GREETING" })]);
    expect(results[0]?.detail).toContain("OpenRouter");
  });

  it("fails on a long random value in a credential-named VITE_ variable", async () => {
    const results = await viteSecretValuesCheck(fakeCheckContext({ env: { VITE_ANALYTICS_TOKEN: RANDOM_TOKEN } }));
    expect(results[0]).toMatchObject({ status: "fail", name: "secrets VITE_ANALYTICS_TOKEN" });
    expect(results[0]?.detail).not.toContain(RANDOM_TOKEN);
  });

  it("ignores public keys, non-VITE variables and plain words", async () => {
    const env = {
      VITE_PUBLIC_POSTHOG_KEY: `phc_${RANDOM_TOKEN}`,
      SERVER_TOKEN: RANDOM_TOKEN,
      VITE_FEATURE_KEY: "enable-new-composer-flow",
    };
    expect(await viteSecretValuesCheck(fakeCheckContext({ env }))).toEqual([
      expect.objectContaining({ status: "pass" }),
    ]);
  });
});
