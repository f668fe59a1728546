import { formatUsd } from "@rules/money";
import type { AdminUser } from "../admin-types";
import { CapOverride } from "./CapOverride";
import { TierSelect } from "./TierSelect";
import type { ConfirmedChange } from "./use-confirmed-change";

export function UserRow({ user, change }: { user: AdminUser; change: ConfirmedChange }) {
  return (
    <tr data-testid="user-row" data-user-name={user.name}>
      <th scope="row">
        {user.name}
        {user.email && <span className="muted cell-note">{user.email}</span>}
      </th>
      <td>{user.role}</td>
      <td>
        <TierSelect user={user} change={change} />
      </td>
      <td className="num" data-testid="user-spend">
        {formatUsd(user.today.spentMicros)} of {formatUsd(user.today.capMicros)}
      </td>
      <td>
        <CapOverride user={user} change={change} />
      </td>
    </tr>
  );
}
