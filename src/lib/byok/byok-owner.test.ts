import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryStorage } from "../vault/memory-storage";
import { FAKE_SECRETS } from "../monitoring/secret-fixtures";

// Node has no localStorage; the preference, the owner and the spend tracker all read this one.
const storage = createMemoryStorage();
vi.stubGlobal("localStorage", storage);
const { byokPreference, setByokPreference } = await import("./byok-preference");
const { byokSpendTracker, byokVault } = await import("./byok-runtime");
const { claimByokStateFor, forgetByokOnSignOut } = await import("./byok-owner");

const NOW = Date.UTC(2026, 10, 30, 12);

/** User A has a saved key, uses it, has spent some and set a limit. */
async function aliceSetsUpHerKey() {
  await claimByokStateFor("alice");
  expect((await byokVault().save("groq", FAKE_SECRETS.groq, async () => true)).ok).toBe(true);
  setByokPreference("groq");
  byokSpendTracker().setLimit(250_000);
  byokSpendTracker().recordSpend(1_234, NOW);
}

async function whatTheBrowserHolds() {
  return {
    savedKeys: (await byokVault().list()).map((k) => k.provider),
    groqKey: await byokVault().load("groq"),
    preference: byokPreference(),
    spent: byokSpendTracker().spentToday(NOW),
    limit: byokSpendTracker().limit(),
  };
}

const EMPTY = { savedKeys: [], groqKey: undefined, preference: null, spent: 0, limit: 1_000_000 };

beforeEach(async () => {
  await forgetByokOnSignOut();
  storage.items.clear();
});

describe("own-key state belongs to one signed-in user", () => {
  it("the same user signing in again keeps their key, choice, limit and spend", async () => {
    await aliceSetsUpHerKey();
    await claimByokStateFor("alice");
    expect(await whatTheBrowserHolds()).toEqual({
      savedKeys: ["groq"],
      groqKey: FAKE_SECRETS.groq,
      preference: "groq",
      spent: 1_234,
      limit: 250_000,
    });
  });

  it("another user signing in (no sign-out: an expired session, a shared computer) finds none of it", async () => {
    await aliceSetsUpHerKey();
    await claimByokStateFor("bob");
    expect(await whatTheBrowserHolds()).toEqual(EMPTY);
  });

  it("sign-out forgets all of it, the vault key included, and leaves no owner behind", async () => {
    await aliceSetsUpHerKey();
    await forgetByokOnSignOut();
    expect(await whatTheBrowserHolds()).toEqual(EMPTY);
    expect([...storage.items.keys()].filter((key) => key.startsWith("guarded-chat:byok"))).toEqual([]);
    const { openKeyStore } = await import("../vault/key-store");
    const store = await openKeyStore(indexedDB);
    expect(await store.entries()).toEqual([]);
    store.close();
  });

  it("after a clear the vault works again with a fresh key", async () => {
    await aliceSetsUpHerKey();
    await forgetByokOnSignOut();
    await claimByokStateFor("bob");
    expect((await byokVault().save("openrouter", FAKE_SECRETS.openrouter, async () => true)).ok).toBe(true);
    expect(await byokVault().load("openrouter")).toBe(FAKE_SECRETS.openrouter);
  });
});
