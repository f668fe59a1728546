// The shapes the admin API returns, named once for the dashboard's components.
import type { FunctionReturnType } from "convex/server";
import type { api } from "../../../convex/_generated/api";

export type Overview = FunctionReturnType<typeof api.admin.overview.get>;
export type WindowSummary = Overview["lastHour"];
export type ProviderRow = Overview["providers"][number];
export type AlertRow = Overview["recentAlerts"][number];
export type ModelDayRow = Overview["perModelPerDay"][number];
export type TopSpender = Overview["topSpendersToday"][number];
export type AdminUser = FunctionReturnType<typeof api.admin.users.list>["page"][number];
