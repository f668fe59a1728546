import { usePaginatedQuery } from "convex/react";
import { api } from "../../../../convex/_generated/api";
import { ConfirmDialog } from "@/components/ConfirmDialog";
import { LoadingPanel } from "@/components/LoadingPanel";
import { AdminTable } from "../AdminTable";
import { LoadMoreButton } from "../LoadMoreButton";
import { Section } from "../Section";
import { ChangeResultMessage } from "./ChangeResultMessage";
import { useConfirmedChange } from "./use-confirmed-change";
import { UserRow } from "./UserRow";

const PAGE_SIZE = 10;
const COLUMNS = [
  { label: "User" },
  { label: "Role" },
  { label: "Plan" },
  { label: "Spent today", numeric: true },
  { label: "Daily cap" },
];

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
        <AdminTable label="Users table" columns={COLUMNS}>
          {results.map((user) => (
            <UserRow key={user._id} user={user} change={change} />
          ))}
        </AdminTable>
      )}
      <LoadMoreButton
        status={status}
        onLoadMore={() => loadMore(PAGE_SIZE)}
        label="Load more users"
        testId="users-load-more"
      />
      {change.pending && (
        <ConfirmDialog
          title={change.pending.title}
          confirmLabel={change.pending.confirmLabel}
          onConfirm={change.confirm}
          onCancel={change.cancel}
          busy={change.busy}
        >
          <p>{change.pending.body}</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}
