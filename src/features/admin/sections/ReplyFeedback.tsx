import { useQuery } from "convex/react";
import { api } from "../../../../convex/_generated/api";
import { AdminTable } from "../AdminTable";
import { formatDateTime } from "../format";
import { Section } from "../Section";

const MODEL_COLUMNS = [{ label: "Model" }, { label: "👍 Good", numeric: true }, { label: "👎 Bad", numeric: true }];
const REASON_COLUMNS = [{ label: "When" }, { label: "Rating" }, { label: "Model" }, { label: "Reason" }];

/** Users' thumbs on replies over the last 7 days, per model, and the newest reasons they gave (their words: admins only). */
export function ReplyFeedback() {
  const summary = useQuery(api.chat["feedback-summary"].summary, {});
  return (
    <Section title="Reply feedback, last 7 days" testId="admin-reply-feedback" wide>
      {summary === undefined ? (
        <p className="muted">Loading…</p>
      ) : summary.counted === 0 ? (
        <p className="muted">No reply has been rated in the last 7 days.</p>
      ) : (
        <>
          <AdminTable label="Ratings per model" columns={MODEL_COLUMNS}>
            {summary.byModel.map((row) => (
              <tr key={row.model} data-testid="feedback-model-row">
                <th scope="row">{row.model}</th>
                <td className="num">{row.up}</td>
                <td className="num">{row.down}</td>
              </tr>
            ))}
          </AdminTable>
          {summary.truncated && <p className="muted">Only the newest {summary.counted} ratings are counted.</p>}
          {summary.reasons.length > 0 && (
            <AdminTable label="Newest reasons" columns={REASON_COLUMNS}>
              {summary.reasons.map((row) => (
                <tr key={row.id} data-testid="feedback-reason-row">
                  <td>{formatDateTime(row.updatedAt)}</td>
                  <td>{row.rating === "up" ? "👍" : "👎"}</td>
                  <td>{row.model}</td>
                  <td>{row.reason}</td>
                </tr>
              ))}
            </AdminTable>
          )}
        </>
      )}
    </Section>
  );
}
