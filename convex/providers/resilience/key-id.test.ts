import { describe, expect, it } from "vitest";
import { keyIdFor } from "./key-id";

describe("keyIdFor", () => {
  const key = "gsk_live_abcdefghijklmnopqrstuvwxyz0123456789";

  it("is stable and prefixed with the provider", () => {
    expect(keyIdFor("groq", key)).toBe(keyIdFor("groq", key));
    expect(keyIdFor("groq", key)).toMatch(/^groq-[0-9a-f]{8}$/);
    expect(keyIdFor("openrouter", key)).toMatch(/^openrouter-[0-9a-f]{8}$/);
  });

  it("matches the published FNV-1a 32-bit test vectors", () => {
    expect(keyIdFor("groq", "")).toBe("groq-811c9dc5");
    expect(keyIdFor("groq", "a")).toBe("groq-e40c292c");
    expect(keyIdFor("groq", "foobar")).toBe("groq-bf9cf968");
  });

  it("differs between keys and never contains the key", () => {
    const ids = new Set(Array.from({ length: 200 }, (_, i) => keyIdFor("groq", `${key}${i}`)));
    expect(ids.size).toBe(200);
    expect(keyIdFor("groq", key)).not.toContain(key.slice(4, 12));
  });
});
