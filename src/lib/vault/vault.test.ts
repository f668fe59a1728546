// @vitest-environment node
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it, vi } from "vitest";
import { openKeyStore } from "./key-store.ts";
import { providerKeyId } from "./stored-provider-key.ts";
import { createVault } from "./vault.ts";
import { VaultError } from "./vault-error.ts";
import { loadOrCreateVaultKey, VAULT_KEY_ID } from "./vault-key.ts";

const GROQ_KEY = "gsk_" + "Ab3dEf6hIj9kLm2nOp5q".repeat(3); // 60 chars after the prefix
const OPENROUTER_KEY = "sk-or-v1-" + "0123456789abcdef".repeat(4);
const accept = async () => true;
const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);

function setup() {
  const indexedDB = new IDBFactory();
  return { indexedDB, vault: createVault({ indexedDB, now: () => NOW }) };
}

async function storedEntries(indexedDB: IDBFactory) {
  const store = await openKeyStore(indexedDB);
  try {
    return await store.entries();
  } finally {
    store.close();
  }
}

describe("vault", () => {
  it("saves, loads and lists a key", async () => {
    const { vault } = setup();
    const result = await vault.save("groq", `  ${GROQ_KEY}\n`, accept);
    expect(result).toEqual({ ok: true, saved: { provider: "groq", savedAt: NOW, keyHint: GROQ_KEY.slice(-4) } });
    expect(await vault.load("groq")).toBe(GROQ_KEY);
    expect(await vault.load("openrouter")).toBeUndefined();
    expect(await vault.list()).toEqual([{ provider: "groq", savedAt: NOW, keyHint: GROQ_KEY.slice(-4) }]);
  });

  it("never stores or lists the key value in the clear", async () => {
    const { indexedDB, vault } = setup();
    await vault.save("groq", GROQ_KEY, accept);
    await vault.save("openrouter", OPENROUTER_KEY, accept);
    const listed = JSON.stringify(await vault.list());
    const stored = JSON.stringify((await storedEntries(indexedDB)).map(({ value }) => value));
    for (const secret of [GROQ_KEY, OPENROUTER_KEY]) {
      expect(listed).not.toContain(secret.slice(0, -4));
      expect(stored).not.toContain(secret.slice(0, -4));
    }
    expect((await vault.list()).map((entry) => Object.keys(entry).sort())).toEqual([
      ["keyHint", "provider", "savedAt"],
      ["keyHint", "provider", "savedAt"],
    ]);
  });

  it("refuses a malformed key without calling the live check", async () => {
    const { indexedDB, vault } = setup();
    const liveCheck = vi.fn(accept);
    const result = await vault.save("groq", "gsk_tooShort", liveCheck);
    expect(result).toMatchObject({ ok: false, reason: "invalid_format" });
    expect(liveCheck).not.toHaveBeenCalled();
    expect(await storedEntries(indexedDB)).toEqual([]);
  });

  it("live-checks the trimmed key and stores nothing when the provider rejects it", async () => {
    const { indexedDB, vault } = setup();
    const liveCheck = vi.fn(async () => false);
    const result = await vault.save("groq", ` ${GROQ_KEY} `, liveCheck);
    expect(liveCheck).toHaveBeenCalledWith(GROQ_KEY);
    expect(result).toMatchObject({ ok: false, reason: "rejected_by_provider" });
    expect(await storedEntries(indexedDB)).toEqual([]);
    expect(await vault.list()).toEqual([]);
  });

  it("stores nothing when the live check throws, and doesn't leak its error", async () => {
    const { indexedDB, vault } = setup();
    const result = await vault.save("groq", GROQ_KEY, async (key) => {
      throw new Error(`fetch failed for Authorization: Bearer ${key}`);
    });
    expect(result).toMatchObject({ ok: false, reason: "provider_unreachable" });
    expect(JSON.stringify(result)).not.toContain(GROQ_KEY);
    expect(await storedEntries(indexedDB)).toEqual([]);
  });

  it("removes a key", async () => {
    const { vault } = setup();
    await vault.save("groq", GROQ_KEY, accept);
    await vault.save("openrouter", OPENROUTER_KEY, accept);
    await vault.remove("groq");
    expect(await vault.load("groq")).toBeUndefined();
    expect((await vault.list()).map((entry) => entry.provider)).toEqual(["openrouter"]);
  });

  it("persists the vault key and reuses it across createVault calls", async () => {
    const indexedDB = new IDBFactory();
    await createVault({ indexedDB }).save("groq", GROQ_KEY, accept);
    expect(await createVault({ indexedDB }).load("groq")).toBe(GROQ_KEY);
    expect((await storedEntries(indexedDB)).filter(({ id }) => id === VAULT_KEY_ID)).toHaveLength(1);
  });

  it("cannot decrypt with a different browser profile's vault key", async () => {
    const first = setup();
    await first.vault.save("groq", GROQ_KEY, accept);
    const copied = (await storedEntries(first.indexedDB)).find(({ id }) => id === providerKeyId("groq"));
    const other = setup();
    await other.vault.save("openrouter", OPENROUTER_KEY, accept); // creates the other profile's key
    const store = await openKeyStore(other.indexedDB);
    await store.put(providerKeyId("groq"), copied?.value);
    store.close();
    await expect(other.vault.load("groq")).rejects.toMatchObject({ code: "decrypt_failed" });
  });

  it("binds a ciphertext to its provider slot", async () => {
    const { indexedDB, vault } = setup();
    await vault.save("groq", GROQ_KEY, accept);
    const store = await openKeyStore(indexedDB);
    const groqEntry = (await store.get(providerKeyId("groq"))) as object;
    await store.put(providerKeyId("openrouter"), { ...groqEntry, provider: "openrouter" });
    store.close();
    await expect(vault.load("openrouter")).rejects.toBeInstanceOf(VaultError);
  });

  it("keeps the vault key non-extractable once persisted", async () => {
    const { indexedDB, vault } = setup();
    await vault.save("groq", GROQ_KEY, accept);
    const store = await openKeyStore(indexedDB);
    const key = await loadOrCreateVaultKey(store, crypto);
    store.close();
    expect(key.extractable).toBe(false);
    expect(key.usages.sort()).toEqual(["decrypt", "encrypt"]);
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();
    await expect(crypto.subtle.exportKey("jwk", key)).rejects.toThrow();
  });

  it("reports storage_unavailable when there is no IndexedDB", async () => {
    const vault = createVault({ indexedDB: undefined });
    await expect(vault.list()).rejects.toMatchObject({ code: "storage_unavailable" });
  });
});
