// The three council stages as plain async code with injected dependencies
// (like providers/failover-call.ts): the action builds `callModel` from the
// resilience pipeline and `onEvent` from batched writes; tests use fakes.
import { anonymise, chairmanPrompt, rankingPrompt } from "../../rules/council-prompts";
import { aggregateRankings, parseRanking, type AggregateEntry, type RankingParse } from "../../rules/council-ranking";
import type { CouncilModel, CouncilStage } from "../../rules/council";
import type { ChatTurn } from "../providers/seam";

export type CallUsage = { promptTokens: number; completionTokens: number; estimated: boolean };
/** One provider call of the council; `member` is -1 for the chairman. */
export type CouncilCall = { stage: CouncilStage; member: number; target: CouncilModel };
export type CallOutcome =
  | { kind: "done"; text: string; usage: CallUsage; target: CouncilModel }
  | { kind: "failed"; reason: string; usage?: CallUsage }
  | { kind: "stopped"; usage?: CallUsage };

export type CouncilEvent =
  | { type: "stage"; stage: CouncilStage }
  | { type: "text"; call: CouncilCall; text: string }
  | { type: "call_done"; call: CouncilCall; text: string; target: CouncilModel }
  | { type: "call_failed"; call: CouncilCall; reason: string }
  /** What one call used, so it settles its own part of the hold (also for failed and stopped calls). */
  | { type: "usage"; call: CouncilCall; usage: CallUsage; target: CouncilModel }
  /** Which member wrote which label: for the server's record, never for a model. */
  | { type: "labels"; labels: { label: string; member: number }[] }
  | { type: "ranking"; member: number; parse: RankingParse }
  | { type: "aggregate"; aggregate: AggregateEntry[] };

export type CouncilDeps = {
  members: readonly CouncilModel[];
  /** The chairman, then who takes over if it fails (rules/council.ts chairmanFallbackOrder). */
  chairmen: readonly CouncilModel[];
  /** The conversation's history, ending with the user's question. */
  turns: readonly ChatTurn[];
  callModel: (
    call: CouncilCall,
    turns: ChatTurn[],
    onText: (text: string) => Promise<void>,
    signal: AbortSignal,
  ) => Promise<CallOutcome>;
  onEvent: (event: CouncilEvent) => Promise<void>;
  signal: AbortSignal;
  random: () => number;
  /** Whether this call may start (the action: only while what is left of the hold covers it); absent = always. */
  mayCall?: (call: CouncilCall, turns: ChatTurn[]) => boolean;
};

export type CouncilResult =
  | {
      kind: "done";
      text: string;
      chairman: CouncilModel;
      aggregate: AggregateEntry[];
      labelToMember: Record<string, number>;
    }
  /** Fewer than two answers (or no chairman at all): a normal reply, and `note` says why. */
  | { kind: "degraded"; text: string; by: CouncilModel; note: string }
  | { kind: "stopped"; stage: CouncilStage }
  | { kind: "failed"; reason: string };

type Answer = { member: number; text: string };

export async function runCouncil(deps: CouncilDeps): Promise<CouncilResult> {
  const question = deps.turns.at(-1)?.content ?? "";
  const history = deps.turns.slice(0, -1);
  const withPrompt = (content: string): ChatTurn[] => [...history, { role: "user", content }];

  await deps.onEvent({ type: "stage", stage: "answer" });
  const stage1 = await Promise.all(
    deps.members.map((target, member) => call(deps, { stage: "answer", member, target }, [...deps.turns])),
  );
  if (deps.signal.aborted) return { kind: "stopped", stage: "answer" };
  const answers: Answer[] = stage1.flatMap((text, member) => (text === null ? [] : [{ member, text }]));
  if (answers.length < 2) return degrade(deps, answers);

  await deps.onEvent({ type: "stage", stage: "review" });
  const { labelled, labelToMember: byPosition } = anonymise(
    answers.map((a) => a.text),
    deps.random,
  );
  const labelToMember = Object.fromEntries(Object.entries(byPosition).map(([label, i]) => [label, answers[i]!.member]));
  await deps.onEvent({
    type: "labels",
    labels: Object.entries(labelToMember).map(([label, member]) => ({ label, member })),
  });
  const labels = labelled.map((a) => a.label);
  const reviewTurns = withPrompt(rankingPrompt(question, labelled));
  const orders = await Promise.all(
    answers.map(async ({ member }) => {
      const text = await call(deps, { stage: "review", member, target: deps.members[member]! }, reviewTurns);
      if (text === null) return null;
      const parse = parseRanking(text, labels);
      await deps.onEvent({ type: "ranking", member, parse });
      return parse.order;
    }),
  );
  if (deps.signal.aborted) return { kind: "stopped", stage: "review" };
  const aggregate = aggregateRankings(
    labels,
    orders.filter((order) => order !== null),
  );
  await deps.onEvent({ type: "aggregate", aggregate });

  await deps.onEvent({ type: "stage", stage: "chair" });
  const chairTurns = withPrompt(chairmanPrompt(question, labelled, aggregate));
  for (const target of deps.chairmen) {
    const text = await call(deps, { stage: "chair", member: -1, target }, chairTurns);
    if (deps.signal.aborted) return { kind: "stopped", stage: "chair" };
    if (text !== null) return { kind: "done", text, chairman: target, aggregate, labelToMember };
  }
  // No chairman could write: the council's own best answer, said plainly.
  const best = labelToMember[aggregate[0]!.label]!;
  const note = "No chairman model was available, so this is the answer the council ranked best.";
  return { kind: "degraded", text: answers.find((a) => a.member === best)!.text, by: deps.members[best]!, note };
}

/** With one answer, that answer; with none, a normal reply from the chairman's chain. */
async function degrade(deps: CouncilDeps, answers: Answer[]): Promise<CouncilResult> {
  const only = answers[0];
  if (only) {
    const note = "Only one council member answered, so this is a normal reply without review.";
    return { kind: "degraded", text: only.text, by: deps.members[only.member]!, note };
  }
  await deps.onEvent({ type: "stage", stage: "chair" });
  for (const target of deps.chairmen) {
    const text = await call(deps, { stage: "chair", member: -1, target }, [...deps.turns]);
    if (deps.signal.aborted) return { kind: "stopped", stage: "chair" };
    if (text !== null)
      return { kind: "degraded", text, by: target, note: "No council member answered, so this is a normal reply." };
  }
  return {
    kind: "failed",
    reason: "No council member or chairman could answer. Your message is saved — retry in a moment.",
  };
}

/** One call with its events; the answer's text, or null when it failed, was empty or was stopped. */
async function call(deps: CouncilDeps, councilCall: CouncilCall, turns: ChatTurn[]): Promise<string | null> {
  if (deps.signal.aborted) return null;
  if (deps.mayCall && !deps.mayCall(councilCall, turns)) {
    await deps.onEvent({
      type: "call_failed",
      call: councilCall,
      reason: "not started: what is left of the council's hold would not cover it",
    });
    return null;
  }
  let outcome: CallOutcome;
  try {
    outcome = await deps.callModel(
      councilCall,
      turns,
      (text) => deps.onEvent({ type: "text", call: councilCall, text }),
      deps.signal,
    );
  } catch (error) {
    outcome = { kind: "failed", reason: `crashed: ${String(error).slice(0, 120)}` };
  }
  if (outcome.usage) {
    const target = outcome.kind === "done" ? outcome.target : councilCall.target;
    await deps.onEvent({ type: "usage", call: councilCall, usage: outcome.usage, target });
  }
  if (outcome.kind === "stopped") return null;
  if (outcome.kind === "done" && outcome.text.trim() !== "") {
    await deps.onEvent({ type: "call_done", call: councilCall, text: outcome.text, target: outcome.target });
    return outcome.text;
  }
  const reason = outcome.kind === "failed" ? outcome.reason : "the model returned an empty answer";
  await deps.onEvent({ type: "call_failed", call: councilCall, reason });
  return null;
}
