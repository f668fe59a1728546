// One error type for every vault failure, so callers can branch on `code`
// instead of parsing messages. Messages are fixed strings per code: they
// never interpolate the API key, the plaintext or the CryptoKey, because
// error messages end up in consoles and error reports.

export type VaultErrorCode =
  /** Wrong key, tampered ciphertext/IV, or a malformed stored record. */
  | "decrypt_failed"
  /** IndexedDB is missing, blocked (private mode) or a request failed. */
  | "storage_unavailable"
  /** The persisted vault key is missing its expected shape (corrupt store). */
  | "key_unavailable"
  /** No WebCrypto: `crypto.subtle` only exists in secure (HTTPS) contexts. */
  | "crypto_unavailable";

const MESSAGES: Record<VaultErrorCode, string> = {
  decrypt_failed:
    "A saved API key could not be decrypted. It may be corrupted or was saved by another browser profile; please add it again.",
  storage_unavailable:
    "This browser's storage is unavailable (private mode or storage blocked), so API keys cannot be saved here.",
  key_unavailable: "The vault's encryption key is unreadable; remove the saved keys and add them again.",
  crypto_unavailable: "This browser can't encrypt API keys here (the page must be served over HTTPS).",
};

export class VaultError extends Error {
  override readonly name = "VaultError";
  readonly code: VaultErrorCode;

  // `cause` is only ever a storage DOMException (QuotaExceededError and the
  // like); crypto failures get no cause so nothing key-derived is attached.
  constructor(code: VaultErrorCode, options?: { cause?: unknown }) {
    super(MESSAGES[code], options);
    this.code = code;
  }
}
