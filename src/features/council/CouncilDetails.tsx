import { useState } from "react";
import { SafeText } from "@/components/safe-text/SafeText";
import { labelName, memberName, type CouncilRunShown } from "./council-run";

const TABS = [
  { id: "answers", title: "Answers" },
  { id: "critiques", title: "Critiques" },
  { id: "ranking", title: "Ranking" },
] as const;
type TabId = (typeof TABS)[number]["id"];

/** Members' answers, their critiques and the aggregate ranking, one click away from the final answer. */
export function CouncilDetails({ run }: { run: CouncilRunShown }) {
  const [tab, setTab] = useState<TabId>("answers");
  return (
    <details className="council-details" data-testid="council-details">
      <summary>How the council got there</summary>
      <div role="tablist" aria-label="Council details">
        {TABS.map(({ id, title }) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            data-testid={`council-tab-${id}`}
            onClick={() => setTab(id)}
          >
            {title}
          </button>
        ))}
      </div>
      <div role="tabpanel" data-testid={`council-panel-${tab}`}>
        {tab === "ranking" ? <RankingTable run={run} /> : <MemberTexts run={run} kind={tab} />}
      </div>
    </details>
  );
}

function MemberTexts({ run, kind }: { run: CouncilRunShown; kind: "answers" | "critiques" }) {
  return run.members.map((member) => {
    const text = kind === "answers" ? member.answer : member.review;
    const status = kind === "answers" ? member.answerStatus : member.reviewStatus;
    return (
      <section key={member.index} data-testid="council-member-text">
        <h4>{memberName(member)}</h4>
        {status === "failed" ? (
          <p className="council-failed">This member failed and was left out.</p>
        ) : (
          <SafeText markdown={text} />
        )}
        {kind === "critiques" && member.ranking?.status === "unparsed" && (
          <p className="council-note" data-testid="council-unparsed">
            Its ranking could not be read, so it did not count.
          </p>
        )}
      </section>
    );
  });
}

function RankingTable({ run }: { run: CouncilRunShown }) {
  if (!run.aggregate) return <p>No ranking yet.</p>;
  return (
    <ol className="council-ranking" data-testid="council-ranking">
      {run.aggregate.map((entry) => (
        <li key={entry.label} data-testid="council-ranking-entry">
          {labelName(run, entry.label)}:{" "}
          {entry.meanRank === null ? "not ranked" : `mean rank ${entry.meanRank.toFixed(2)} (${entry.votes} reviews)`}
        </li>
      ))}
    </ol>
  );
}
