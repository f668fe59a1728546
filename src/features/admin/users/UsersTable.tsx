import { usePaginatedQuery } from "convex/react";
import { api } from "../../../../convex/_generated/api";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { LoadingPanel } from "../../../components/LoadingPanel";
import { Section } from "../Section";
import { ChangeResultMessage } from "./ChangeResultMessage";
import { useConfirmedChange } from "./use-confirmed-change";
import { UserRow } from "./UserRow";
import { TableScroll } from "../TableScroll";

const PAGE_SIZE = 10;

/** Every user, newest first, a page at a time; plan and cap changes go through a confirmation. */
export function UsersTable() {
  const { results, status, loadMore } = usePaginatedQuery(api.admin.users.list, {}, { initialNumItems: PAGE_SIZE });
  const change = useConfirmedChange();
  return (
    <Section title="Users" testId="admin-users" wide>
      <ChangeResultMessage result={change.result} />
      {status === "LoadingFirstPage" ? (
        <LoadingPanel label="Loading users…" />
      ) : (
        <TableScroll label="Users table">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Role</th>
                <th scope="col">Plan</th>
                <th scope="col" className="num">
                  Spent today
                </th>
                <th scope="col">Daily cap</th>
              </tr>
            </thead>
            <tbody>
              {results.map((user) => (
                <UserRow key={user._id} user={user} change={change} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {(status === "CanLoadMore" || status === "LoadingMore") && (
        <button type="button" className="button load-more" onClick={() => loadMore(PAGE_SIZE)} disabled={status === "LoadingMore"} data-testid="users-load-more">
          {status === "LoadingMore" ? "Loading…" : "Load more users"}
        </button>
      )}
      {change.pending && (
        <ConfirmDialog title={change.pending.title} confirmLabel={change.pending.confirmLabel} onConfirm={change.confirm} onCancel={change.cancel} busy={change.busy}>
          <p>{change.pending.body}</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}
