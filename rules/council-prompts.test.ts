import { describe, expect, it } from "vitest";
import {
  anonymise,
  chairmanPrompt,
  CHAIRMAN_PROMPT_MARKER,
  promptOverheadChars,
  rankingPrompt,
  RANKING_PROMPT_MARKER,
} from "./council-prompts";
import { parseRanking } from "./council-ranking";

const answers = ["answer from member zero", "answer from member one", "answer from member two"];

describe("anonymise", () => {
  it("keeps the member order when random always picks the last slot", () => {
    const { labelled, labelToMember } = anonymise(answers, () => 0.999);
    expect(labelled.map((a) => a.label)).toEqual(["Response A", "Response B", "Response C"]);
    expect(labelToMember).toEqual({ "Response A": 0, "Response B": 1, "Response C": 2 });
  });

  it("shuffles, and the map still points each label at the member who wrote its text", () => {
    const { labelled, labelToMember } = anonymise(answers, () => 0);
    expect(labelled.map((a) => a.text)).not.toEqual(answers);
    for (const { label, text } of labelled) expect(answers[labelToMember[label]!]).toBe(text);
  });
});

describe("stage prompts", () => {
  const { labelled } = anonymise(answers, () => 0.999);

  it("the ranking prompt shows labels and answers, never a model name, and its example parses", () => {
    const prompt = rankingPrompt("What is 2+2?", labelled);
    expect(prompt.startsWith(RANKING_PROMPT_MARKER)).toBe(true);
    expect(prompt).toContain("Response B:\nanswer from member one");
    expect(prompt).not.toMatch(/groq|openrouter|gpt|qwen|llama/i);
    expect(parseRanking(prompt, ["Response A", "Response B", "Response C"])).toEqual({
      status: "parsed",
      order: ["Response A", "Response B", "Response C"],
    });
  });

  it("the chairman prompt carries the answers and the aggregate ranking", () => {
    const prompt = chairmanPrompt("What is 2+2?", labelled, [
      { label: "Response C", meanRank: 1, votes: 3 },
      { label: "Response A", meanRank: null, votes: 0 },
    ]);
    expect(prompt.startsWith(CHAIRMAN_PROMPT_MARKER)).toBe(true);
    expect(prompt).toContain("1. Response C (mean rank 1.00 from 3 reviews)");
    expect(prompt).toContain("2. Response A (not ranked)");
    expect(prompt).toContain("answer from member two");
  });

  it("the template overhead bounds both prompts' extra characters", () => {
    const overhead = promptOverheadChars(3);
    const aggregate = labelled.map(({ label }) => ({ label, meanRank: 2, votes: 3 }));
    const textChars = "q".length + answers.join("").length;
    expect(rankingPrompt("q", labelled).length).toBeLessThanOrEqual(overhead + textChars);
    expect(chairmanPrompt("q", labelled, aggregate).length).toBeLessThanOrEqual(overhead + textChars);
  });
});
