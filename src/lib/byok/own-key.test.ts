import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";
import { FAKE_SECRETS } from "../monitoring/secret-fixtures";
import { byokSpendTracker, byokVault } from "./byok-runtime";
import { ownKeyFor, recordOwnKeySpend } from "./own-key";
import { SendRefusal } from "./send-refusal";

// Node has no localStorage: the tracker falls back to memory, shared by this file's tests.
afterEach(async () => {
  byokSpendTracker().setLimit(1_000_000);
  await byokVault().remove("groq");
});

const request = { provider: "groq" as const, promptChars: 100, maxTokens: 1024 };

describe("ownKeyFor", () => {
  it("returns the saved key when the limit allows the send", async () => {
    const saved = await byokVault().save("groq", FAKE_SECRETS.groq, async () => true);
    expect(saved.ok).toBe(true);
    await expect(ownKeyFor(request)).resolves.toBe(FAKE_SECRETS.groq);
  });

  it("refuses without a saved key, in words the composer shows as they are", async () => {
    const refusal = await ownKeyFor(request).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SendRefusal);
    expect(userMessageFor(appErrorOf(refusal), 0)).toBe(
      "Add your Groq key in Settings, or turn off \u201cUse my own key\u201d.",
    );
  });

  it("refuses over the own-key limit before touching the vault, and never puts the key in the message", async () => {
    await byokVault().save("groq", FAKE_SECRETS.groq, async () => true);
    byokSpendTracker().setLimit(10);
    const refusal = await ownKeyFor(request).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SendRefusal);
    expect((refusal as Error).message).toMatch(/over your own daily limit/);
    expect((refusal as Error).message).not.toContain(FAKE_SECRETS.groq.slice(-8));
  });

  it("counts finished replies' cost towards today's own spend", () => {
    const before = byokSpendTracker().spentToday(Date.now());
    recordOwnKeySpend(1_234);
    recordOwnKeySpend(-5); // nonsense from a bad message is ignored, not thrown
    expect(byokSpendTracker().spentToday(Date.now()) - before).toBe(1_234);
  });
});
