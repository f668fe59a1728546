// @vitest-environment node
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { decrypt, encrypt } from "./crypto.ts";
import { openKeyStore } from "./key-store.ts";
import { loadOrCreateVaultKey, VAULT_KEY_ID } from "./vault-key.ts";

describe("loadOrCreateVaultKey", () => {
  it("creates a non-extractable AES-256-GCM key", async () => {
    const store = await openKeyStore(new IDBFactory());
    const key = await loadOrCreateVaultKey(store, crypto);
    store.close();
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toEqual({ name: "AES-GCM", length: 256 });
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();
  });

  it("converges on one key when two tabs create it at once", async () => {
    const indexedDB = new IDBFactory();
    const [tabA, tabB] = await Promise.all([openKeyStore(indexedDB), openKeyStore(indexedDB)]);
    const [keyA, keyB] = await Promise.all([loadOrCreateVaultKey(tabA, crypto), loadOrCreateVaultKey(tabB, crypto)]);
    expect(await decrypt(keyB, await encrypt(keyA, "shared"))).toBe("shared");
    expect((await tabA.entries()).filter(({ id }) => id === VAULT_KEY_ID)).toHaveLength(1);
    tabA.close();
    tabB.close();
  });

  it("refuses a stored value that isn't an AES-GCM key", async () => {
    const store = await openKeyStore(new IDBFactory());
    await store.put(VAULT_KEY_ID, { type: "secret", algorithm: { name: "AES-CBC", length: 256 } });
    await expect(loadOrCreateVaultKey(store, crypto)).rejects.toMatchObject({ code: "key_unavailable" });
    store.close();
  });
});
