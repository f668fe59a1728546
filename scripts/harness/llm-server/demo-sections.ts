/**
 * What the offline demo model adds after its introduction, picked by words in
 * the prompt, so `npm run dev` shows every kind of block the renderer handles
 * (and the e2e tests can ask for one). Deterministic: same prompt, same reply.
 */
const FENCE = "```";

const SECTIONS = {
  list: [
    "Here is a list:",
    "",
    "- **Guardrails** keep limits and costs in check",
    "- *Streaming* shows the reply as it is written",
    "- `Retries` and failover hide a flaky provider",
    "",
    "1. First step",
    "2. Second step",
    "3. Third step",
  ].join("\n"),
  table: [
    "Here is a table:",
    "",
    "| Tier | Requests a minute | Daily cap |",
    "| --- | ---: | ---: |",
    "| free | 5 | $1.00 |",
    "| pro | 30 | $1.00 |",
    "| enterprise | 100 | $1.00 |",
  ].join("\n"),
  python: [
    "Here is some Python:",
    "",
    `${FENCE}python`,
    "def greet(name: str) -> str:",
    '    return f"Hello, {name}!"',
    "",
    'print(greet("world"))',
    FENCE,
  ].join("\n"),
  javascript: [
    "Here is some JavaScript:",
    "",
    `${FENCE}javascript`,
    "const greet = (name) => `Hello, ${name}!`;",
    "",
    'console.log(greet("world"));',
    FENCE,
  ].join("\n"),
  link: "Here is a link: [the Markdown guide](https://www.markdownguide.org/basic-syntax/).",
} as const;

type SectionName = keyof typeof SECTIONS;

const TRIGGERS: Record<SectionName, RegExp> = {
  list: /\blists?\b|\bbullets?\b|\bsteps\b/i,
  table: /\btables?\b/i,
  python: /\bpython\b|\bpy\b/i,
  javascript: /\bjavascript\b|\bjs\b|\btypescript\b/i,
  link: /\blinks?\b|\burls?\b/i,
};

const EVERYTHING = /\b(demo|everything|showcase|markdown)\b/i;
const LONG = /\b(long|essay|detailed|in detail)\b/i;
const LONG_PARAGRAPHS = 12;

const HINT =
  "Ask for a *list*, a *table*, *Python* or *JavaScript* code, a *link*, a *long* answer, or *everything* to see how replies are rendered.";

function longAnswer(excerpt: string): string {
  const paragraphs = Array.from(
    { length: LONG_PARAGRAPHS },
    (_, index) =>
      `Paragraph ${index + 1} of ${LONG_PARAGRAPHS} about “${excerpt}”. A long answer lets you watch the view follow the stream, scroll back while it is still writing, and stop it half-way with Escape or the Stop button. Nothing here comes from a real model.`,
  );
  return ["## A long answer", ...paragraphs].join("\n\n");
}

/** The blocks to add for this prompt: those it asks for, everything, or a hint listing what can be asked. */
export function demoSections(prompt: string, excerpt: string): string[] {
  const wanted = (Object.keys(SECTIONS) as SectionName[]).filter(
    (name) => EVERYTHING.test(prompt) || TRIGGERS[name].test(prompt),
  );
  const blocks = wanted.map((name) => SECTIONS[name]);
  if (LONG.test(prompt)) blocks.push(longAnswer(excerpt));
  return blocks.length > 0 ? blocks : [HINT];
}
