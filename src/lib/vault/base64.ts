// Base64 for small byte arrays (IVs, ciphertexts of API keys). btoa/atob exist
// in browsers and Node >= 16; Uint8Array.toBase64 is not yet in Node 20.

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  // A loop rather than String.fromCharCode(...bytes): spreading large arrays
  // can overflow the call stack.
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Throws (DOMException InvalidCharacterError) on input that is not base64. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
