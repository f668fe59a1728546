// AES-256-GCM encryption of short strings (API keys) with WebCrypto.
// GCM authenticates as well as encrypts, so a wrong key, a flipped ciphertext
// bit or a changed IV all fail decryption instead of yielding garbage.

import { base64ToBytes, bytesToBase64 } from "./base64.ts";
import { VaultError } from "./vault-error.ts";

/** The stored shape. `v` lets a future format coexist with this one. */
export interface EncryptedRecord {
  v: 1;
  /** 12-byte IV, base64. */
  iv: string;
  /** Ciphertext with the 16-byte GCM tag appended (WebCrypto's layout), base64. */
  ct: string;
}

export interface CryptoOptions {
  /** Authenticated but not encrypted context; decrypt must pass the same value. */
  additionalData?: string;
  crypto?: Crypto;
}

// 96 bits is GCM's native IV size. IVs are random per message: reusing an IV
// under one key breaks GCM's confidentiality and integrity, and with random
// IVs the collision risk stays negligible far beyond the few keys stored here.
const IV_BYTES = 12;

export async function encrypt(
  key: CryptoKey,
  plaintext: string,
  options: CryptoOptions = {},
): Promise<EncryptedRecord> {
  const webCrypto = options.crypto ?? globalThis.crypto;
  const iv = webCrypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await webCrypto.subtle.encrypt(
    gcmParams(iv, options.additionalData),
    key,
    new TextEncoder().encode(plaintext),
  );
  return { v: 1, iv: bytesToBase64(iv), ct: bytesToBase64(new Uint8Array(ciphertext)) };
}

/** Throws `VaultError("decrypt_failed")` for any failure; the cause is not attached. */
export async function decrypt(key: CryptoKey, record: unknown, options: CryptoOptions = {}): Promise<string> {
  const webCrypto = options.crypto ?? globalThis.crypto;
  if (!isEncryptedRecord(record)) throw new VaultError("decrypt_failed");
  try {
    const iv = base64ToBytes(record.iv);
    if (iv.length !== IV_BYTES) throw new VaultError("decrypt_failed");
    const plaintext = await webCrypto.subtle.decrypt(
      gcmParams(iv, options.additionalData),
      key,
      base64ToBytes(record.ct),
    );
    return new TextDecoder("utf-8", { fatal: true }).decode(plaintext);
  } catch {
    throw new VaultError("decrypt_failed");
  }
}

export function isEncryptedRecord(value: unknown): value is EncryptedRecord {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return record.v === 1 && typeof record.iv === "string" && typeof record.ct === "string";
}

function gcmParams(iv: Uint8Array<ArrayBuffer>, additionalData: string | undefined): AesGcmParams {
  const params: AesGcmParams = { name: "AES-GCM", iv, tagLength: 128 };
  if (additionalData !== undefined) params.additionalData = new TextEncoder().encode(additionalData);
  return params;
}
