// @vitest-environment node
import { describe, expect, it } from "vitest";
import { base64ToBytes, bytesToBase64 } from "./base64.ts";
import { decrypt, encrypt, type EncryptedRecord } from "./crypto.ts";
import { VaultError } from "./vault-error.ts";

const PLAINTEXT = "gsk_" + "a1B2".repeat(13);

function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

function flipFirstBit(base64: string): string {
  const bytes = base64ToBytes(base64);
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return bytesToBase64(bytes);
}

async function expectDecryptFailed(promise: Promise<string>): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VaultError);
  expect((error as VaultError).code).toBe("decrypt_failed");
  expect((error as VaultError).message).not.toContain(PLAINTEXT);
  expect((error as VaultError).cause).toBeUndefined();
}

describe("encrypt/decrypt", () => {
  it("round-trips, with a v1 record of a 12-byte IV and ciphertext+tag", async () => {
    const key = await newKey();
    const record = await encrypt(key, PLAINTEXT);
    expect(record.v).toBe(1);
    expect(base64ToBytes(record.iv)).toHaveLength(12);
    expect(base64ToBytes(record.ct)).toHaveLength(new TextEncoder().encode(PLAINTEXT).length + 16);
    expect(record.ct).not.toContain(PLAINTEXT.slice(4, 12));
    expect(await decrypt(key, record)).toBe(PLAINTEXT);
  });

  it("round-trips non-ASCII text", async () => {
    const key = await newKey();
    expect(await decrypt(key, await encrypt(key, "clé 🔑"))).toBe("clé 🔑");
  });

  it("fails with the wrong key", async () => {
    const record = await encrypt(await newKey(), PLAINTEXT);
    await expectDecryptFailed(decrypt(await newKey(), record));
  });

  it("fails on tampered ciphertext", async () => {
    const key = await newKey();
    const record = await encrypt(key, PLAINTEXT);
    await expectDecryptFailed(decrypt(key, { ...record, ct: flipFirstBit(record.ct) }));
  });

  it("fails on a tampered IV", async () => {
    const key = await newKey();
    const record = await encrypt(key, PLAINTEXT);
    await expectDecryptFailed(decrypt(key, { ...record, iv: flipFirstBit(record.iv) }));
  });

  it("fails when the additional data differs", async () => {
    const key = await newKey();
    const record = await encrypt(key, PLAINTEXT, { additionalData: "slot-a" });
    expect(await decrypt(key, record, { additionalData: "slot-a" })).toBe(PLAINTEXT);
    await expectDecryptFailed(decrypt(key, record, { additionalData: "slot-b" }));
    await expectDecryptFailed(decrypt(key, record));
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["unknown version", { v: 2, iv: "AAAAAAAAAAAAAAAA", ct: "AAAA" }],
    ["IV that is not base64", { v: 1, iv: "not base64!", ct: "AAAA" }],
    ["IV of the wrong length", { v: 1, iv: bytesToBase64(new Uint8Array(16)), ct: "AAAA" }],
    ["missing ct", { v: 1, iv: bytesToBase64(new Uint8Array(12)) }],
  ])("fails on a malformed record: %s", async (_name, record) => {
    await expectDecryptFailed(decrypt(await newKey(), record));
  });

  it("uses a fresh IV for each of 10,000 encryptions", async () => {
    const key = await newKey();
    const ivs = new Set<string>();
    const records: EncryptedRecord[] = [];
    for (let batch = 0; batch < 10; batch++) {
      records.push(...(await Promise.all(Array.from({ length: 1000 }, () => encrypt(key, "same plaintext")))));
    }
    for (const record of records) ivs.add(record.iv);
    expect(records).toHaveLength(10_000);
    expect(ivs.size).toBe(10_000);
  });
});
