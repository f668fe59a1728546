import { beforeEach, describe, expect, it } from "vitest";
import { runCouncil, type CallOutcome } from "../../../convex/council/run-council.ts";
import { anonymise, chairmanPrompt, RANKING_PROMPT_MARKER, rankingPrompt } from "../../../rules/council-prompts.ts";
import { parseRanking } from "../../../rules/council-ranking.ts";
import { clearFaults, setFault } from "./control.ts";
import { cannotRankPhrase } from "./council-reply.ts";
import { failureOf, groqClient, llmServerForSuite, userMessage } from "./test-support.ts";

const server = llmServerForSuite();
beforeEach(async () => {
  await clearFaults(server.url);
});

async function ask(model: string, content: string): Promise<string> {
  const reply = await groqClient(server.url).chat.completions.create({ model, messages: [userMessage(content)] });
  return reply.choices[0]?.message.content ?? "";
}

const { labelled } = anonymise(["first answer", "second answer", "third answer"], () => 0.999);
const labels = labelled.map((a) => a.label);

describe("council replies from the offline LLM server", () => {
  it("answers the same question differently per model, and the same way every time", async () => {
    const [a, b, again] = [await ask("model-a", "why?"), await ask("model-b", "why?"), await ask("model-a", "why?")];
    expect(a).not.toBe(b);
    expect(again).toBe(a);
  });

  it("answers a stage-2 prompt with a critique ending in a ranking our parser reads in full, ordered per model", async () => {
    const prompt = rankingPrompt("why?", labelled);
    const parses = await Promise.all(
      ["model-a", "model-b", "model-c", "model-d"].map(async (m) => parseRanking(await ask(m, prompt), labels)),
    );
    for (const parse of parses) expect(parse.status).toBe("parsed");
    expect(new Set(parses.map((p) => p.order.join())).size).toBeGreaterThan(1);
  });

  it("reviews without a ranking when the question says that model cannot rank (and only that model)", async () => {
    const prompt = rankingPrompt(`why? (${cannotRankPhrase("model-b")})`, labelled);
    expect(parseRanking(await ask("model-b", prompt), labels)).toMatchObject({ status: "unparsed" });
    expect(parseRanking(await ask("model-a", prompt), labels).status).toBe("parsed");
  });

  it("answers a stage-3 prompt as the chairman, naming the top-ranked response", async () => {
    const reply = await ask(
      "chair",
      chairmanPrompt("why?", labelled, [{ label: "Response B", meanRank: 1, votes: 3 }]),
    );
    expect(reply).toContain("as chairman: building on Response B");
  });
});

describe("faults aimed at one council member or one stage", () => {
  it("a rule with `model` fails only that model", async () => {
    await setFault(server.url, { model: "model-b", fault: { status: 503 } });
    await expect(ask("model-a", "hi")).resolves.toContain("model-a");
    expect(await failureOf(ask("model-b", "hi"))).toHaveProperty("status", 503);
  });

  it("a rule with `promptIncludes` fails only matching prompts (here: the ranking stage)", async () => {
    await setFault(server.url, { model: "model-a", promptIncludes: RANKING_PROMPT_MARKER, fault: { status: 500 } });
    await expect(ask("model-a", "hi")).resolves.toContain("model-a");
    expect(await failureOf(ask("model-a", rankingPrompt("hi", labelled)))).toHaveProperty("status", 500);
  });

  it("the control API refuses an empty promptIncludes", async () => {
    await expect(setFault(server.url, { promptIncludes: "", fault: { status: 500 } })).rejects.toThrow(/HTTP 400/);
  });

  it("a whole council over the real SDK: one member down, the rest rank each other and the chairman answers", async () => {
    await setFault(server.url, { model: "member-2", fault: { status: 500 } });
    const client = groqClient(server.url);
    const result = await runCouncil({
      members: ["member-1", "member-2", "member-3"].map((model) => ({ provider: "groq", model })),
      chairmen: [{ provider: "groq", model: "chair" }],
      turns: [userMessage("Which sorting algorithm?")],
      signal: new AbortController().signal,
      random: Math.random,
      onEvent: async () => {},
      callModel: async (call, turns): Promise<CallOutcome> => {
        try {
          const reply = await client.chat.completions.create({ model: call.target.model, messages: turns });
          const usage = {
            promptTokens: reply.usage!.prompt_tokens,
            completionTokens: reply.usage!.completion_tokens,
            estimated: false,
          };
          return { kind: "done", text: reply.choices[0]?.message.content ?? "", usage, target: call.target };
        } catch (error) {
          return { kind: "failed", reason: String(error) };
        }
      },
    });
    expect(result).toMatchObject({ kind: "done", chairman: { model: "chair" } });
    expect(result.kind === "done" && Object.values(result.labelToMember).sort()).toEqual([0, 2]);
    expect(result.kind === "done" && result.aggregate.every((e) => e.votes === 2)).toBe(true);
  });
});
