// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { SafeText } from "@/components/safe-text/SafeText";
import { RunnableReply } from "./RunnableReply";

// Convex seen from the component: whether code execution is on, the runs, and the start mutation.
const state = vi.hoisted(() => ({
  enabled: true,
  start: vi.fn(async () => "run1"),
  queried: [] as unknown[],
  // As the server numbers this reply's blocks: three, of which 0 and 2 run.
  blocks: {
    blockCount: 3,
    runnable: [
      { index: 0, language: "python" },
      { index: 2, language: "javascript" },
    ],
    runs: [] as unknown[],
  },
}));
vi.mock("convex/react", () => ({
  useQuery: (_ref: unknown, args: unknown) => {
    state.queried.push(args);
    if (args === "skip") return undefined;
    if (args && typeof args === "object" && "messageId" in args) return state.blocks;
    return { enabled: state.enabled, timeoutMs: 30_000 };
  },
  useMutation: () => state.start,
}));

beforeEach(() => {
  state.enabled = true;
  state.start.mockClear();
  state.queried = [];
});
afterEach(cleanup);

const REPLY = "Python:\n\n```python\nprint(1)\n```\n\nShell:\n\n```bash\nls\n```\n\nJS:\n\n```js\nconsole.log(2)\n```";

function renderReply(status = "done", content = REPLY) {
  render(
    <RunnableReply message={{ _id: "m1", role: "assistant", status, content }}>
      <SafeText markdown={content} />
    </RunnableReply>,
  );
}

it("puts a Run button after each Python / JavaScript block only, numbered as the server numbers blocks", async () => {
  renderReply();
  const runs = await screen.findAllByTestId("code-run");
  expect(runs.map((run) => run.getAttribute("data-block"))).toEqual(["0", "2"]);
  expect(runs[0]!.parentElement!.previousElementSibling?.textContent).toBe("print(1)\n");
  await act(async () => fireEvent.click(screen.getAllByTestId("run-code")[1]!));
  expect(state.start).toHaveBeenCalledWith({ messageId: "m1", blockIndex: 2 });
});

it("shows none when the page's blocks don't match the server's numbering (never a button on the wrong block)", async () => {
  state.blocks = { ...state.blocks, blockCount: 4 };
  renderReply();
  await act(async () => {});
  expect(screen.queryByTestId("run-code")).toBeNull();
  state.blocks = { ...state.blocks, blockCount: 3 };
});

it("shows no Run button when the deployment has no E2B_API_KEY", async () => {
  state.enabled = false;
  renderReply();
  await act(async () => {});
  expect(screen.getAllByTestId("safe-text")).toHaveLength(1);
  expect(screen.queryByTestId("run-code")).toBeNull();
});

it("shows none, and asks nothing, while the reply is still streaming", async () => {
  renderReply("streaming");
  await act(async () => {});
  expect(screen.queryByTestId("run-code")).toBeNull();
  expect(state.queried.every((args) => args === "skip")).toBe(true);
});

it("asks the server nothing for a reply without a fenced block", async () => {
  renderReply("done", "Just words, and an indented block:\n\n    print(1)");
  await act(async () => {});
  expect(screen.queryByTestId("run-code")).toBeNull();
  expect(state.queried.every((args) => args === "skip")).toBe(true);
});
