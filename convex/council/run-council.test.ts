import { describe, expect, it } from "vitest";
import { CHAIRMAN_PROMPT_MARKER, RANKING_PROMPT_MARKER } from "../../rules/council-prompts";
import type { CouncilModel } from "../../rules/council";
import type { ChatTurn } from "../providers/seam";
import { runCouncil, type CallOutcome, type CouncilCall, type CouncilEvent } from "./run-council";

const model = (name: string): CouncilModel => ({ provider: "groq", model: name });
const members = [model("m0"), model("m1"), model("m2")];
const chairmen = [model("chair"), model("backup")];
const usage = { promptTokens: 10, completionTokens: 5, estimated: false };
const turns: ChatTurn[] = [
  { role: "user", content: "earlier" },
  { role: "assistant", content: "reply" },
  { role: "user", content: "What is best?" },
];

type Script = (call: CouncilCall, turns: ChatTurn[]) => CallOutcome | "hang" | "throw";

/** A fake model: answers per model name, ranks "Response A" first, and can be told to fail per call. */
const answerAll: Script = (call, callTurns) => {
  const prompt = callTurns.at(-1)!.content;
  if (prompt.startsWith(RANKING_PROMPT_MARKER))
    return {
      kind: "done",
      text: `Critique.\nFINAL RANKING:\n1. Response C\n2. Response A\n3. Response B`,
      usage,
      target: call.target,
    };
  if (prompt.startsWith(CHAIRMAN_PROMPT_MARKER))
    return { kind: "done", text: `final by ${call.target.model}`, usage, target: call.target };
  return { kind: "done", text: `answer by ${call.target.model}`, usage, target: call.target };
};

function council(
  script: Script,
  options: {
    stopWhen?: (call: CouncilCall) => boolean;
    members?: CouncilModel[];
    mayCall?: (call: CouncilCall) => boolean;
  } = {},
) {
  const events: CouncilEvent[] = [];
  const calls: { call: CouncilCall; turns: ChatTurn[] }[] = [];
  const stopper = new AbortController();
  const run = runCouncil({
    members: options.members ?? members,
    chairmen,
    turns,
    signal: stopper.signal,
    random: () => 0.999, // labels in member order
    mayCall: options.mayCall,
    onEvent: async (event) => void events.push(event),
    callModel: async (call, callTurns, onText, signal) => {
      calls.push({ call, turns: callTurns });
      if (options.stopWhen?.(call)) stopper.abort();
      const outcome = script(call, callTurns);
      if (outcome === "throw") throw new Error("boom");
      if (outcome === "hang" || signal.aborted) {
        if (!signal.aborted) await new Promise((resolve) => signal.addEventListener("abort", resolve));
        return { kind: "stopped", usage: { promptTokens: 3, completionTokens: 1, estimated: true } };
      }
      if (outcome.kind === "done") await onText(outcome.text.slice(0, 3));
      return outcome;
    },
  });
  return { run, events, calls, stopper };
}

const ofType = <T extends CouncilEvent["type"]>(events: CouncilEvent[], type: T) =>
  events.filter((e): e is Extract<CouncilEvent, { type: T }> => e.type === type);
const failing =
  (names: string[], stage?: string): Script =>
  (call, t) =>
    names.includes(call.target.model) && (stage === undefined || call.stage === stage)
      ? { kind: "failed", reason: `${call.target.model} down` }
      : answerAll(call, t);

describe("runCouncil", () => {
  it("full flow: N answers in parallel, N anonymous reviews, aggregate, chairman; every call reports its usage", async () => {
    const { run, events, calls } = council(answerAll);
    const result = await run;
    expect(result).toMatchObject({
      kind: "done",
      text: "final by chair",
      chairman: chairmen[0],
      labelToMember: { "Response A": 0, "Response B": 1, "Response C": 2 },
    });
    expect(result.kind === "done" && result.aggregate.map((e) => e.label)).toEqual([
      "Response C",
      "Response A",
      "Response B",
    ]);
    expect(ofType(events, "stage").map((e) => e.stage)).toEqual(["answer", "review", "chair"]);
    expect(calls.map((c) => c.call.stage)).toEqual([
      "answer",
      "answer",
      "answer",
      "review",
      "review",
      "review",
      "chair",
    ]);
    expect(ofType(events, "usage")).toHaveLength(7);
    expect(ofType(events, "ranking").map((e) => e.parse.status)).toEqual(["parsed", "parsed", "parsed"]);
    // Stage 1 sees the history; later stages keep the history and never a model name.
    expect(calls[0]!.turns).toEqual(turns);
    const review = calls[3]!.turns;
    expect(review.slice(0, 2)).toEqual(turns.slice(0, 2));
    expect(review.at(-1)!.content).toContain("Response B:\nanswer by m1");
    expect(review.at(-1)!.content).not.toContain("groq"); // the provider appears nowhere, only the answers themselves
    expect(calls[6]!.turns.at(-1)!.content).toContain("What is best?");
  });

  it("one member down: it is dropped and the other two review each other", async () => {
    const { run, events, calls } = council(failing(["m1"]));
    const result = await run;
    expect(result).toMatchObject({ kind: "done", labelToMember: { "Response A": 0, "Response B": 2 } });
    expect(ofType(events, "call_failed")).toEqual([
      expect.objectContaining({ reason: "m1 down", call: expect.objectContaining({ stage: "answer", member: 1 }) }),
    ]);
    expect(calls.filter((c) => c.call.stage === "review").map((c) => c.call.member)).toEqual([0, 2]);
  });

  it("all but one down: degrades to that member's answer and says so; no review or chairman call", async () => {
    const { run, calls } = council(failing(["m0", "m2"]));
    expect(await run).toMatchObject({
      kind: "degraded",
      text: "answer by m1",
      by: members[1],
      note: expect.stringContaining("Only one council member answered"),
    });
    expect(calls.map((c) => c.call.stage)).toEqual(["answer", "answer", "answer"]);
  });

  it("all down: a normal reply from the chairman's chain, with the plain history", async () => {
    const { run, calls } = council(failing(["m0", "m1", "m2"]));
    expect(await run).toMatchObject({ kind: "degraded", text: "answer by chair", by: chairmen[0] });
    expect(calls.at(-1)!.turns).toEqual(turns);
  });

  it("everyone down, chairmen too: failed with a reason", async () => {
    const { run } = council(failing(["m0", "m1", "m2", "chair", "backup"]));
    expect(await run).toMatchObject({ kind: "failed", reason: expect.stringContaining("saved") });
  });

  it("unparseable ranking: recorded as unparsed and left out of the aggregate", async () => {
    const script: Script = (call, t) =>
      call.stage === "review" && call.member === 0
        ? { kind: "done", text: "I liked them all.", usage, target: call.target }
        : answerAll(call, t);
    const { run, events } = council(script);
    const result = await run;
    expect(ofType(events, "ranking").find((e) => e.member === 0)!.parse).toMatchObject({
      status: "unparsed",
      reason: expect.any(String),
    });
    expect(result.kind === "done" && result.aggregate[0]).toEqual({ label: "Response C", meanRank: 1, votes: 2 });
  });

  it("a failed review is dropped; the council still finishes", async () => {
    const { run, events } = council(failing(["m2"], "review"));
    expect(await run).toMatchObject({ kind: "done" });
    expect(ofType(events, "call_failed").map((e) => e.call.stage)).toEqual(["review"]);
  });

  it("chairman down: the next model in the catalogue order takes over", async () => {
    const { run, events } = council(failing(["chair"]));
    expect(await run).toMatchObject({ kind: "done", text: "final by backup", chairman: chairmen[1] });
    expect(ofType(events, "call_failed").map((e) => e.call.target.model)).toEqual(["chair"]);
  });

  it("a fallback chairman the hold can no longer cover is never called: the best-ranked answer instead", async () => {
    // The first chairman streams, then breaks: what it used leaves no room for another chairman's worst case.
    const script: Script = (call, t) =>
      call.target.model === "chair" ? { kind: "failed", reason: "stream broke", usage } : answerAll(call, t);
    const { run, events, calls } = council(script, { mayCall: (call) => call.target.model !== "backup" });
    expect(await run).toMatchObject({
      kind: "degraded",
      text: "answer by m2",
      note: expect.stringContaining("ranked best"),
    });
    expect(calls.filter((c) => c.call.stage === "chair").map((c) => c.call.target.model)).toEqual(["chair"]);
    expect(ofType(events, "call_failed").at(-1)).toMatchObject({
      call: { target: chairmen[1] },
      reason: expect.stringContaining("hold"),
    });
  });

  it("every chairman down: the best-ranked answer, said plainly", async () => {
    const { run } = council(failing(["chair", "backup"]));
    expect(await run).toMatchObject({
      kind: "degraded",
      text: "answer by m2",
      by: members[2],
      note: expect.stringContaining("ranked best"),
    });
  });

  it.each([
    ["an empty answer", { kind: "done", text: "  ", usage, target: members[0]! }],
    ["a thrown error", "throw"],
  ] as const)("%s counts as a failed member, never a crash", async (_case, outcome) => {
    const { run, events } = council((call, t) =>
      call.member === 0 && call.stage === "answer" ? (outcome as CallOutcome | "throw") : answerAll(call, t),
    );
    expect(await run).toMatchObject({ kind: "done", labelToMember: { "Response A": 1, "Response B": 2 } });
    expect(ofType(events, "call_failed")[0]!.call.member).toBe(0);
  });

  it.each([
    ["answer", 3, 0],
    ["review", 6, 3],
    ["chair", 7, 6],
  ] as const)(
    "stop during %s: every open call is cancelled, nothing later starts, stopped calls report usage",
    async (stage, callsMade, usageBefore) => {
      const script: Script = (call, t) => (call.stage === stage ? "hang" : answerAll(call, t));
      const { run, events, calls, stopper } = council(script);
      setTimeout(() => stopper.abort(), 20);
      expect(await run).toEqual({ kind: "stopped", stage });
      expect(calls).toHaveLength(callsMade);
      const stoppedUsage = ofType(events, "usage").slice(usageBefore);
      expect(stoppedUsage.map((e) => e.usage.estimated)).toEqual(Array(callsMade - usageBefore).fill(true));
    },
  );

  it("a stop while the first chairman is starting tries no fallback chairman", async () => {
    const { run, calls } = council(answerAll, { stopWhen: (call) => call.stage === "chair" });
    expect(await run).toEqual({ kind: "stopped", stage: "chair" });
    expect(calls.filter((c) => c.call.stage === "chair")).toHaveLength(1);
  });

  it("30 members get labels past Z and the council still completes", async () => {
    const many = Array.from({ length: 30 }, (_, i) => model(`x${i}`));
    const { run } = council(answerAll, { members: many });
    const result = await run;
    expect(result.kind === "done" && Object.keys(result.labelToMember)).toContain("Response AD");
  });

  it("streams partial text as events for the caller to batch", async () => {
    const { run, events } = council(answerAll);
    await run;
    expect(ofType(events, "text").filter((e) => e.call.stage === "answer")).toHaveLength(3);
  });
});
