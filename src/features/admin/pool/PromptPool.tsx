import { useMutation, useQuery } from "convex/react";
import { useState, type FormEvent } from "react";
import { api } from "../../../../convex/_generated/api";
import type { Id } from "../../../../convex/_generated/dataModel";
import { LoadingPanel } from "@/components/LoadingPanel";
import { AdminTable } from "../AdminTable";
import { formatDateTime } from "../format";
import { Section } from "../Section";
import { poolProblemText } from "./pool-problem";

const COLUMNS = [{ label: "Prompt" }, { label: "Answered" }, { label: "" }];
const hour = (h: number) => `${String(h).padStart(2, "0")}:00`;

/**
 * The prepared-answer pool: popular prompts answered ahead of time (off-hours,
 * within a daily call quota) and served, labelled "prepared earlier", only when
 * every provider is down. Add, remove, and add from the cache's suggestions.
 */
export function PromptPool() {
  const pool = useQuery(api.cache.pool.list);
  const add = useMutation(api.cache.pool.add);
  const remove = useMutation(api.cache.pool.remove);
  const fillNow = useMutation(api.cache.pool.fillNow);
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  async function attempt(work: () => Promise<unknown>) {
    setProblem(null);
    try {
      await work();
      return true;
    } catch (error) {
      setProblem(poolProblemText(error));
      return false;
    }
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await attempt(() => add({ prompt: draft }))) setDraft("");
  }
  const removeOne = (poolId: Id<"cachePool">) => void attempt(() => remove({ poolId }));

  return (
    <Section title="Prepared answers" testId="admin-prompt-pool" wide>
      {pool === undefined ? (
        <LoadingPanel label="Loading the pool…" />
      ) : (
        <>
          <p data-testid="pool-size" className={pool.size < pool.minSize ? "form-error" : "muted"}>
            {pool.size} of {pool.prompts.length} prompts answered (minimum {pool.minSize}); filled{" "}
            {hour(pool.window.startHour)}–{hour(pool.window.endHour)} UTC, at most {pool.dailyCalls} provider calls a
            day.
          </p>
          <form onSubmit={(e) => void submit(e)} className="admin-pool-form">
            <label>
              Prompt to prepare{" "}
              <input
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                data-testid="pool-prompt-input"
                maxLength={2000}
                required
              />
            </label>{" "}
            <button type="submit" className="button button--small" data-testid="pool-add">
              Add
            </button>{" "}
            <button
              type="button"
              className="button button--small"
              data-testid="pool-fill-now"
              onClick={() => void attempt(() => fillNow({}))}
              title="Answer waiting prompts now, within today's call quota"
            >
              Fill now
            </button>
          </form>
          {problem && (
            <p className="form-error" role="alert" data-testid="pool-error">
              {problem}
            </p>
          )}
          {pool.suggestions.length > 0 && (
            <ul aria-label="Suggested from frequent questions" data-testid="pool-suggestions">
              {pool.suggestions.map((s) => (
                <li key={s.prompt}>
                  {s.prompt} <span className="muted">({s.askers} people asked)</span>{" "}
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void attempt(() => add({ prompt: s.prompt }))}
                  >
                    Add
                  </button>
                </li>
              ))}
            </ul>
          )}
          <AdminTable label="Prepared prompts" columns={COLUMNS}>
            {pool.prompts.map((p) => (
              <tr key={p._id} data-testid="pool-row" data-ready={p.ready}>
                <th scope="row">{p.prompt}</th>
                <td>{p.ready && p.answeredAt ? formatDateTime(p.answeredAt) : "not yet"}</td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => removeOne(p._id)}
                    aria-label={`Remove “${p.prompt}”`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </AdminTable>
        </>
      )}
    </Section>
  );
}
