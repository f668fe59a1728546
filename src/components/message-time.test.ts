import { describe, expect, it } from "vitest";
import { messageTime } from "./message-time";

const UTC = { locale: "en-GB", timeZone: "UTC" };
const NOW = Date.UTC(2026, 10, 30, 15, 0);

describe("messageTime", () => {
  it("a message from today shows the clock time only", () => {
    expect(messageTime(Date.UTC(2026, 10, 30, 14, 5), NOW, UTC).short).toBe("14:05");
  });

  it("an older message shows its date too", () => {
    expect(messageTime(Date.UTC(2026, 10, 29, 23, 59), NOW, UTC).short).toBe("29 Nov 2026, 23:59");
  });

  it("'today' is the reader's day, not UTC's", () => {
    const lateEvening = Date.UTC(2026, 10, 30, 23, 30); // 30 Nov in UTC, 1 Dec in Tokyo
    const tokyo = { locale: "en-GB", timeZone: "Asia/Tokyo" };
    expect(messageTime(lateEvening, Date.UTC(2026, 11, 1, 0, 30), tokyo).short).toBe("08:30");
    expect(messageTime(lateEvening, Date.UTC(2026, 10, 30, 12, 0), tokyo).short).toBe("1 Dec 2026, 08:30");
  });

  it("the tooltip has the full date and the attribute an exact instant", () => {
    const time = messageTime(Date.UTC(2026, 10, 30, 14, 5), NOW, UTC);
    expect(time.full).toBe("Monday, 30 November 2026 at 14:05");
    expect(time.iso).toBe("2026-11-30T14:05:00.000Z");
  });
});
