import { describe, expect, it } from "vitest";
import { readFraction, readInteger, readRaw, ResilienceConfigError } from "./env-value";

describe("readRaw", () => {
  it("treats unset and blank alike and trims", () => {
    expect(readRaw({}, "X")).toBeUndefined();
    expect(readRaw({ X: "   " }, "X")).toBeUndefined();
    expect(readRaw({ X: " 7 " }, "X")).toBe("7");
  });
});

describe("readInteger", () => {
  const bounds = { min: 1, max: 50 };

  it("returns the fallback when unset", () => {
    expect(readInteger({}, "N", 17, bounds)).toBe(17);
  });

  it("parses whole numbers inside the bounds", () => {
    expect(readInteger({ N: "1" }, "N", 17, bounds)).toBe(1);
    expect(readInteger({ N: "50" }, "N", 17, bounds)).toBe(50);
  });

  it.each(["0", "51", "-1", "1.5", "1e1", "0x10", "ten", "5ms"])("rejects %j naming the variable", (raw) => {
    expect(() => readInteger({ N: raw }, "N", 17, bounds)).toThrowError(/^N must be a whole number between 1 and 50/);
  });

  it("throws a ResilienceConfigError carrying the variable name", () => {
    try {
      readInteger({ LLM_QUEUE_MAX: "lots" }, "LLM_QUEUE_MAX", 1, { min: 0 });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ResilienceConfigError);
      expect((err as ResilienceConfigError).variable).toBe("LLM_QUEUE_MAX");
      expect((err as Error).message).toContain('"lots"');
    }
  });
});

describe("readFraction", () => {
  it("accepts (0, 1]", () => {
    expect(readFraction({ F: "0.75" }, "F", 0.9)).toBe(0.75);
    expect(readFraction({ F: "1" }, "F", 0.9)).toBe(1);
    expect(readFraction({ F: ".5" }, "F", 0.9)).toBe(0.5);
    expect(readFraction({}, "F", 0.9)).toBe(0.9);
  });

  it.each(["0", "1.01", "-0.5", "90%", "abc"])("rejects %j", (raw) => {
    expect(() => readFraction({ F: raw }, "F", 0.9)).toThrowError(/^F must be a number greater than 0/);
  });
});
