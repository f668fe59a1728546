import { describe, expect, it } from "vitest";
import { planCompletion } from "./completion.ts";
import { codeReplyFor } from "./code-reply.ts";

const user = (content: string) => [{ role: "user" as const, content }];

describe("codeReplyFor", () => {
  it("answers 'python code to run' with a Python block, and a loop when asked for one that runs forever", () => {
    expect(codeReplyFor(user("Give me Python code to run"))).toContain('```python\nprint("hello from the sandbox")');
    expect(codeReplyFor(user("python code to run forever"))).toContain("while True:\n    pass");
    expect(codeReplyFor(user("hello"))).toBeNull();
  });

  it("is what the completion streams, newlines intact", () => {
    const plan = planCompletion("groq", { model: "m", messages: user("python code to run") } as never, "id");
    expect(plan.tokens.join("")).toBe(codeReplyFor(user("python code to run")));
  });
});
