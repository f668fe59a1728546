// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import type { Message } from "../message";
import { ReplyStatus } from "./ReplyStatus";

// The queue position is a live Convex query; here it is whatever the test says.
const queue = vi.hoisted(() => ({ position: null as number | null, args: [] as unknown[] }));
vi.mock("convex/react", () => ({
  useQuery: (_query: unknown, args: unknown) => {
    queue.args.push(args);
    return args === "skip" ? undefined : queue.position;
  },
}));

afterEach(() => {
  cleanup();
  queue.position = null;
  queue.args = [];
});

const reply = (status: Message["status"]) =>
  ({ _id: "m1", _creationTime: 0, role: "assistant", content: "", status }) as unknown as Message;

it("says the reply is queued, and where, while it waits for a provider", () => {
  queue.position = 3;
  render(<ReplyStatus message={reply("pending")} />);
  expect(screen.getByTestId("message-status").textContent).toBe("Queued — position 3");
});

it("says it is thinking while pending and not queued", () => {
  render(<ReplyStatus message={reply("pending")} />);
  expect(screen.getByTestId("message-status").textContent).toBe("Thinking…");
});

it("says it is writing while streaming, without asking for a queue position", () => {
  queue.position = 1;
  render(<ReplyStatus message={reply("streaming")} />);
  expect(screen.getByTestId("message-status").textContent).toBe("Writing…");
  expect(queue.args).toEqual(["skip"]);
});
