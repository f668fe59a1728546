// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Tier } from "@rules/entitlements";

let tier: Tier | undefined = "free";
vi.mock("@/lib/current-user/use-current-user", () => ({ useCurrentUser: () => tier && { tier } }));
// The server's side: conversations.get per conversation id, and the choose mutation.
const server = new Map<string, { model: { provider: string; model: string } | null }>();
const choose = vi.fn(async () => undefined);
vi.mock("convex/react", () => ({
  useQuery: (_query: unknown, args: { conversationId: string } | "skip") =>
    args === "skip" ? undefined : server.get(args.conversationId),
  useMutation: () => ({ withOptimisticUpdate: () => choose }),
}));
const { ModelPicker } = await import("./ModelPicker");
const { modelChoiceFor, setModelChoice } = await import("./model-choice");

afterEach(() => {
  cleanup();
  localStorage.clear();
  server.clear();
  choose.mockClear();
});

const options = () => screen.getAllByTestId("model-option").map((o) => (o as HTMLOptionElement).value);

describe("ModelPicker", () => {
  it("lists only the models the user's tier may pick, each with its price and speed", () => {
    tier = "free";
    render(<ModelPicker draftKey="new" />);
    expect(options()).toEqual(["groq|openai/gpt-oss-20b", "openrouter|qwen/qwen3-coder:free"]);
    expect(screen.getAllByTestId("model-option")[0]!.textContent).toBe(
      "GPT-OSS 20B · Groq · $0.075 / $0.30 per M tokens · fast",
    );
    cleanup();
    tier = "pro";
    render(<ModelPicker draftKey="new" />);
    expect(options()).toContain("groq|llama-3.3-70b-versatile");
  });

  it("keeps a new chat's pick in this browser, and Default clears it", () => {
    tier = "pro";
    render(<ModelPicker draftKey="new" />);
    const select = screen.getByTestId("model-picker") as HTMLSelectElement;
    expect(select.value).toBe("");
    fireEvent.change(select, { target: { value: "groq|llama-3.3-70b-versatile" } });
    expect(modelChoiceFor("new")).toEqual({ provider: "groq", model: "llama-3.3-70b-versatile" });
    expect(select.value).toBe("groq|llama-3.3-70b-versatile");
    expect(choose).not.toHaveBeenCalled();
    fireEvent.change(select, { target: { value: "" } });
    expect(modelChoiceFor("new")).toBeNull();
  });

  it("shows an existing conversation's choice from the server, whatever this browser kept, and changes it there", () => {
    tier = "pro";
    // Another device picked Llama; this browser has an old local pick for the same conversation.
    server.set("c1", { model: { provider: "groq", model: "llama-3.3-70b-versatile" } });
    setModelChoice("c1", { provider: "openrouter", model: "qwen/qwen3-coder:free" });
    render(<ModelPicker draftKey="c1" />);
    const select = screen.getByTestId("model-picker") as HTMLSelectElement;
    expect(select.value).toBe("groq|llama-3.3-70b-versatile");
    fireEvent.change(select, { target: { value: "" } });
    expect(choose).toHaveBeenLastCalledWith({ conversationId: "c1", model: null });
    fireEvent.change(select, { target: { value: "openrouter|qwen/qwen3-coder:free" } });
    expect(choose).toHaveBeenLastCalledWith({
      conversationId: "c1",
      model: { provider: "openrouter", model: "qwen/qwen3-coder:free" },
    });
    expect(modelChoiceFor("new")).toBeNull();
  });

  it("shows Default for a stored choice the tier no longer has (the server ignores it too), and while loading", () => {
    tier = "free";
    server.set("c3", { model: { provider: "groq", model: "openai/gpt-oss-120b" } });
    render(<ModelPicker draftKey="c3" />);
    expect((screen.getByTestId("model-picker") as HTMLSelectElement).value).toBe("");
    cleanup();
    render(<ModelPicker draftKey="c-loading" />);
    expect((screen.getByTestId("model-picker") as HTMLSelectElement).value).toBe("");
  });

  it("renders nothing until the user is known", () => {
    tier = undefined;
    const { container } = render(<ModelPicker draftKey="new" />);
    expect(container.innerHTML).toBe("");
  });
});
