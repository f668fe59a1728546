// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Tier } from "../../../../rules/entitlements";

let tier: Tier | undefined = "free";
vi.mock("../../../lib/current-user/use-current-user", () => ({ useCurrentUser: () => tier && { tier } }));
const { ModelPicker } = await import("./ModelPicker");
const { modelChoiceFor, moveModelChoice, setModelChoice } = await import("./model-choice");

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const options = () => screen.getAllByTestId("model-option").map((o) => (o as HTMLOptionElement).value);

describe("ModelPicker", () => {
  it("lists only the models the user's tier may pick, each with its price and speed", () => {
    tier = "free";
    render(<ModelPicker draftKey="new" />);
    expect(options()).toEqual(["groq|openai/gpt-oss-20b", "openrouter|qwen/qwen3-coder:free"]);
    expect(screen.getAllByTestId("model-option")[0]!.textContent).toBe("GPT-OSS 20B · Groq · $0.075 / $0.30 per M tokens · fast");
    cleanup();
    tier = "pro";
    render(<ModelPicker draftKey="new" />);
    expect(options()).toContain("groq|llama-3.3-70b-versatile");
  });

  it("keeps the choice per conversation, and Default clears it", () => {
    tier = "pro";
    render(<ModelPicker draftKey="c1" />);
    const select = screen.getByTestId("model-picker") as HTMLSelectElement;
    expect(select.value).toBe("");
    fireEvent.change(select, { target: { value: "groq|llama-3.3-70b-versatile" } });
    expect(modelChoiceFor("c1")).toEqual({ provider: "groq", model: "llama-3.3-70b-versatile" });
    expect(select.value).toBe("groq|llama-3.3-70b-versatile");
    expect(modelChoiceFor("c2")).toBeNull();
    fireEvent.change(select, { target: { value: "" } });
    expect(modelChoiceFor("c1")).toBeNull();
  });

  it("shows Default for a stored choice the tier no longer has (the server ignores it too)", () => {
    setModelChoice("c3", { provider: "groq", model: "openai/gpt-oss-120b" });
    tier = "free";
    render(<ModelPicker draftKey="c3" />);
    expect((screen.getByTestId("model-picker") as HTMLSelectElement).value).toBe("");
  });

  it("hands a new chat's choice to the conversation its first message creates", () => {
    setModelChoice("new", { provider: "openrouter", model: "qwen/qwen3-coder:free" });
    moveModelChoice("new", "c4");
    expect(modelChoiceFor("c4")).toEqual({ provider: "openrouter", model: "qwen/qwen3-coder:free" });
    expect(modelChoiceFor("new")).toBeNull();
  });

  it("renders nothing until the user is known", () => {
    tier = undefined;
    const { container } = render(<ModelPicker draftKey="new" />);
    expect(container.innerHTML).toBe("");
  });
});
