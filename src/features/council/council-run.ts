import type { FunctionReturnType } from "convex/server";
import type { api } from "../../../convex/_generated/api";

/** A council run as its owner's query returns it (models null until the run has ended). */
export type CouncilRun = FunctionReturnType<typeof api.council.runs.forMessage>;
export type CouncilRunShown = NonNullable<CouncilRun>;
export type CouncilMemberShown = CouncilRunShown["members"][number];

export const STAGES = [
  { stage: "answer", title: "Members answer" },
  { stage: "review", title: "Anonymous review" },
  { stage: "chair", title: "Chairman's answer" },
] as const;

/** "openai/gpt-oss-20b (groq)" once revealed, else "Member 2". */
export function memberName(member: CouncilMemberShown): string {
  return member.model ? `${member.model.model} (${member.model.provider})` : `Member ${member.index + 1}`;
}

/** The model behind a label once revealed, else the label alone. */
export function labelName(run: CouncilRunShown, label: string): string {
  const entry = run.labels?.find((l) => l.label === label);
  return entry?.model ? `${label} — ${entry.model.model} (${entry.model.provider})` : label;
}
