// The shapes the admin API returns, named once for the dashboard's components.
import type { FunctionReturnType } from "convex/server";
import type { api } from "../../../convex/_generated/api";

export type Overview = FunctionReturnType<typeof api.admin.overview.get>;
export type WindowSummary = Overview["lastHour"];
export type ProviderRow = Overview["providers"][number];
export type AlertRow = Overview["recentAlerts"][number];
export type ModelDayRow = Overview["perModelPerDay"][number];
export type TopSpender = Overview["topSpendersToday"][number];
export type Timeline = FunctionReturnType<typeof api.admin.timeline.get>;
export type TimelinePoint = Timeline["points"][number];
export type FailoverRow = FunctionReturnType<typeof api.admin.failovers.recent>[number];
export type AdminUser = FunctionReturnType<typeof api.admin.users.list>["page"][number];
export type AuditRow = FunctionReturnType<typeof api.admin.audit.list>["page"][number];
