// Convex's wire format sends 64-bit timestamps as base64 of 8 little-endian
// bytes (see `longToU64` in convex/browser/sync/protocol).
export function encodeTs(ts: bigint): string {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(ts);
  return bytes.toString("base64");
}
