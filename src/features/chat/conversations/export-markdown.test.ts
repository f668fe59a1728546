import { describe, expect, it } from "vitest";
import { conversationMarkdown } from "./export-markdown";

describe("conversationMarkdown", () => {
  it("has the title, then every turn in order with who said it; a failed reply says so", () => {
    const markdown = conversationMarkdown(
      {
        title: "Trip plan",
        createdAt: 0,
        messages: [
          { role: "user", content: "Where to go?", status: "done", createdAt: 1, model: null },
          { role: "assistant", content: "**Lisbon.**\n", status: "done", createdAt: 2, model: "openai/gpt-oss-20b" },
          { role: "assistant", content: "", status: "failed", createdAt: 3, model: null },
        ],
      },
      Date.UTC(2026, 10, 30, 7),
    );
    expect(markdown).toBe(
      "# Trip plan\n\n_Exported 2026-11-30T07:00:00.000Z_\n\n## You\n\nWhere to go?\n\n## Assistant (openai/gpt-oss-20b)\n\n**Lisbon.**\n\n## Assistant\n\n_No reply: this message failed._\n",
    );
  });
});
