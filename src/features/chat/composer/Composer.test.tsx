// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FAKE_SECRETS } from "@/lib/monitoring/secret-fixtures";
import { SendLimitProvider } from "@/lib/send-limit/SendLimitProvider";
import { councilOfferFor, type CouncilModel, type CouncilOffer } from "@rules/council";
import { Composer } from "./Composer";

// The model picker reads the signed-in user from Convex; these tests have no Convex: it stays hidden.
vi.mock("@/lib/current-user/use-current-user", () => ({ useCurrentUser: () => undefined }));

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  vi.useRealTimers();
});

/** What a Convex mutation rejects with: a ConvexError carrying AppErrorData. */
const convexError = (data: object) => Object.assign(new Error("ConvexError"), { data });

function renderComposer(
  onSend: (
    text: string,
    options?: { council?: { members: CouncilModel[] }; docs?: { corpus: "personal" | "workspace" } },
  ) => Promise<void>,
  props: { waitingForReply?: boolean; councilAvailable?: CouncilOffer | null } = {},
) {
  render(
    <SendLimitProvider>
      <Composer draftKey="test" onSend={onSend} {...props} />
    </SendLimitProvider>,
  );
  const input = screen.getByTestId("composer-input") as HTMLTextAreaElement;
  const type = (text: string) => fireEvent.change(input, { target: { value: text } });
  return { input, type, sendButton: screen.getByTestId("send-button") as HTMLButtonElement };
}

describe("Council toggle", () => {
  const pro = councilOfferFor("pro")!;
  const member = (m: CouncilModel) => screen.getByTestId(`council-member-${m.provider}:${m.model}`) as HTMLInputElement;

  it("is shown only when the tier may convene a council, and sends the default members when ticked", async () => {
    const onSend = vi.fn(async (_text: string, _options?: { council?: { members: CouncilModel[] } }) => {});
    renderComposer(onSend);
    expect(screen.queryByTestId("council-toggle")).toBeNull();
    cleanup();

    const { input, type } = renderComposer(onSend, { councilAvailable: pro });
    type("Plain");
    await act(async () => void fireEvent.keyDown(input, { key: "Enter" }));
    expect(onSend).toHaveBeenLastCalledWith("Plain");
    fireEvent.click(screen.getByTestId("council-toggle"));
    type("Convene");
    await act(async () => void fireEvent.keyDown(input, { key: "Enter" }));
    expect(onSend).toHaveBeenLastCalledWith("Convene", { council: { members: pro.defaults } });
  });

  it("lets the user choose members within two and the tier's maximum, and sends that choice", async () => {
    const onSend = vi.fn(async (_text: string, _options?: { council?: { members: CouncilModel[] } }) => {});
    const { input, type } = renderComposer(onSend, { councilAvailable: pro });
    fireEvent.click(screen.getByTestId("council-toggle"));
    const [first, second, third] = pro.defaults as [CouncilModel, CouncilModel, CouncilModel];
    const spare = pro.models.find((m) => !pro.defaults.includes(m))!;
    expect(member(spare).disabled).toBe(true); // three seated: the tier's maximum
    fireEvent.click(member(third));
    expect(member(first).disabled).toBe(true); // two left: the minimum
    expect(member(spare).disabled).toBe(false);
    fireEvent.click(member(spare));
    fireEvent.click(member(second));
    type("Chosen");
    await act(async () => void fireEvent.keyDown(input, { key: "Enter" }));
    expect(onSend).toHaveBeenLastCalledWith("Chosen", { council: { members: [first, spare] } });
  });
});

describe("Composer docs mode", () => {
  it("sends with the chosen corpus while Docs is on, and plainly once it is off", async () => {
    const onSend = vi.fn(async () => {});
    const { input, type } = renderComposer(onSend);
    fireEvent.click(screen.getByTestId("composer-docs-toggle"));
    fireEvent.change(screen.getByTestId("composer-docs-corpus"), { target: { value: "personal" } });
    type("What does the guide say?");
    await act(async () => void fireEvent.keyDown(input, { key: "Enter" }));
    expect(onSend).toHaveBeenLastCalledWith("What does the guide say?", { docs: { corpus: "personal" } });
    fireEvent.click(screen.getByTestId("composer-docs-toggle"));
    expect(screen.queryByTestId("composer-docs-corpus")).toBeNull();
    type("Plain question");
    await act(async () => void fireEvent.keyDown(input, { key: "Enter" }));
    expect(onSend).toHaveBeenLastCalledWith("Plain question");
  });
});

describe("Composer keys", () => {
  it("sends on Enter and clears the draft once sent", async () => {
    const onSend = vi.fn(async () => {});
    const { input, type } = renderComposer(onSend);
    type("Hello");
    await act(async () => {
      fireEvent.keyDown(input, { key: "Enter" });
    });
    expect(onSend).toHaveBeenCalledWith("Hello");
    expect(input.value).toBe("");
  });

  it("does not send on Shift+Enter (the textarea adds the line)", () => {
    const onSend = vi.fn(async () => {});
    const { input, type } = renderComposer(onSend);
    type("Hello");
    const notPrevented = fireEvent.keyDown(input, { key: "Enter", shiftKey: true });
    expect(notPrevented).toBe(true);
    expect(onSend).not.toHaveBeenCalled();
  });

  it("does not send while an IME is composing", () => {
    const onSend = vi.fn(async () => {});
    const { input, type } = renderComposer(onSend);
    type("にほん");
    fireEvent.keyDown(input, { key: "Enter", isComposing: true });
    fireEvent.keyDown(input, { key: "Enter", keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();
  });

  it("never inserts a newline on Enter, even when it cannot send", () => {
    const onSend = vi.fn(async () => {});
    const { input, type } = renderComposer(onSend, { waitingForReply: true });
    type("Hello");
    const notPrevented = fireEvent.keyDown(input, { key: "Enter" });
    expect(notPrevented).toBe(false);
    expect(onSend).not.toHaveBeenCalled();
  });

  it("does not send blank text", () => {
    const onSend = vi.fn(async () => {});
    const { input, type, sendButton } = renderComposer(onSend);
    type("   \n ");
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onSend).not.toHaveBeenCalled();
    expect(sendButton.disabled).toBe(true);
  });
});

describe("Composer errors keep the draft", () => {
  it("refuses what the input rules reject, before calling the server", () => {
    const onSend = vi.fn(async () => {});
    const { input, type } = renderComposer(onSend);
    type("hidden \u202E trick");
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByTestId("composer-problem").textContent).toMatch(/text-direction control/);
    expect(input.value).toBe("hidden \u202E trick");
  });

  it("shows the server's refusal in the one map's words", async () => {
    const onSend = vi.fn(async () => {
      throw convexError({ code: "invalid_input", message: "Your message is empty." });
    });
    const { input, type } = renderComposer(onSend);
    type("Hello");
    await act(async () => {
      fireEvent.keyDown(input, { key: "Enter" });
    });
    expect(screen.getByTestId("composer-problem").textContent).toBe("Your message is empty.");
    expect(input.value).toBe("Hello");
  });

  it("hides internals of unexpected errors", async () => {
    const { input, type } = renderComposer(async () => {
      throw new Error("TypeError: secret stack trace");
    });
    type("Hello");
    await act(async () => {
      fireEvent.keyDown(input, { key: "Enter" });
    });
    expect(screen.getByTestId("composer-problem").textContent).toBe(
      "Something went wrong on our side. Please try again.",
    );
    expect(input.value).toBe("Hello");
  });

  it("holds the send button for a rate limit's wait, then releases it", async () => {
    vi.useFakeTimers();
    const onSend = vi.fn(async () => {
      throw convexError({ code: "rate_limited", retryAfterMs: 3_000, limit: 5 });
    });
    const { input, type, sendButton } = renderComposer(onSend);
    type("Sixth message");
    await act(async () => {
      fireEvent.click(sendButton);
    });
    expect(sendButton.disabled).toBe(true);
    expect(input.value).toBe("Sixth message");
    expect(screen.queryByTestId("composer-problem")).toBeNull(); // the limit notice explains it, not the composer

    fireEvent.keyDown(input, { key: "Enter" });
    expect(onSend).toHaveBeenCalledTimes(1);

    await act(async () => vi.advanceTimersByTime(3_250));
    expect(sendButton.disabled).toBe(false);
    expect(input.value).toBe("Sixth message");
  });
});

describe("Composer length mirror", () => {
  it("counts characters live", () => {
    const { type } = renderComposer(vi.fn(async () => {}));
    type("12345");
    expect(screen.getByTestId("char-count").textContent).toContain("5 / 50,000");
  });

  it("refuses an over-limit paste and keeps the text", () => {
    const { input, type } = renderComposer(vi.fn(async () => {}));
    type("Keep me");
    input.setSelectionRange(7, 7);
    const notPrevented = fireEvent.paste(input, { clipboardData: { getData: () => "x".repeat(50_000) } });
    expect(notPrevented).toBe(false);
    expect(screen.getByTestId("composer-problem").textContent).toMatch(/^Nothing was pasted\./);
    expect(input.value).toBe("Keep me");
  });

  it("lets a paste within the limit through", () => {
    const { input, type } = renderComposer(vi.fn(async () => {}));
    type("Keep me");
    const notPrevented = fireEvent.paste(input, { clipboardData: { getData: () => "short" } });
    expect(notPrevented).toBe(true);
    expect(screen.queryByTestId("composer-problem")).toBeNull();
  });
});

describe("Composer secret guard", () => {
  it("refuses a pasted API key, says what it looked like, and keeps the key out of the draft", () => {
    const onSend = vi.fn(async () => {});
    const { input, type } = renderComposer(onSend);
    type("Here is my key: ");
    const notPrevented = fireEvent.paste(input, { clipboardData: { getData: () => FAKE_SECRETS.groq } });
    expect(notPrevented).toBe(false);
    expect(screen.getByTestId("composer-problem").textContent).toMatch(
      /^Nothing was pasted: it contains what looks like a Groq API key\./,
    );
    expect(screen.getByTestId("composer-problem").textContent).not.toContain("gsk_");
    expect(input.value).toBe("Here is my key: ");
    expect(sessionStorage.getItem("guarded-chat:draft:test")).not.toContain("gsk_");
  });

  it("warns about a typed key and will not send it", async () => {
    const onSend = vi.fn(async () => {});
    const { input, type, sendButton } = renderComposer(onSend);
    type(`use ${FAKE_SECRETS.openrouter} please`);
    expect(screen.getByTestId("exposed-key-warning").textContent).toContain("an OpenRouter API key");
    expect(sendButton.disabled).toBe(true);
    await act(async () => {
      fireEvent.keyDown(input, { key: "Enter" });
    });
    expect(onSend).not.toHaveBeenCalled();
    type("use my key please");
    expect(screen.queryByTestId("exposed-key-warning")).toBeNull();
    expect(sendButton.disabled).toBe(false);
  });
});
