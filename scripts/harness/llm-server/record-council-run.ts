// Prints a council run recorded from this server's own replies (no HTTP: planCompletion directly),
// as the owner's query shows it during review and after the end. It made
// src/features/council/recorded-council-run.test-data.ts:  npx tsx scripts/harness/llm-server/record-council-run.ts
import { runCouncil } from "../../../convex/council/run-council";
import { applyCouncilEvents, type CouncilRunState } from "../../../convex/council/apply-events";
import { councilRunView } from "../../../convex/council/view";
import { planCompletion } from "./completion.ts";
import { DEFAULT_COUNCIL, chairmanFallbackOrder } from "../../../rules/council";

const members = [...DEFAULT_COUNCIL.members];
let state: CouncilRunState = {
  stage: "answer",
  members: members.map((m) => ({ ...m, answerStatus: "waiting", answer: "", reviewStatus: "waiting", review: "" })),
  chairmanFailures: [],
  finalText: "",
  calls: [],
} as never;
let snapshotDuring: unknown;
const doc = (status: string, extra = {}) =>
  councilRunView({
    _id: "run1",
    _creationTime: 0,
    messageId: "msg1",
    ownerId: "user1",
    status,
    startedAt: 0,
    ...state,
    ...extra,
  } as never);
const result = await runCouncil({
  members,
  chairmen: chairmanFallbackOrder(DEFAULT_COUNCIL.chairman),
  turns: [{ role: "user", content: "Which database should a small team start with?" }],
  signal: new AbortController().signal,
  random: () => 0.4,
  onEvent: async (e) => {
    state = applyCouncilEvents(state, [e as never]);
    if (e.type === "aggregate") snapshotDuring = doc("running");
  },
  callModel: async (call, turns) => {
    if (call.target.model === "llama-3.3-70b-versatile" && call.stage === "review")
      return {
        kind: "done",
        text: "All three are fine answers, honestly.",
        usage: { promptTokens: 300, completionTokens: 8, estimated: false },
        target: call.target,
      };
    const plan = planCompletion(call.target.provider, { model: call.target.model, messages: turns } as never, "x");
    return {
      kind: "done",
      text: plan.tokens.join(""),
      usage: {
        promptTokens: plan.usage.prompt_tokens,
        completionTokens: plan.usage.completion_tokens,
        estimated: false,
      },
      target: call.target,
    };
  },
});
const finished = doc("done", { chairman: result.kind === "done" ? result.chairman : undefined });
console.log(JSON.stringify({ during: snapshotDuring, finished }, null, 2));
