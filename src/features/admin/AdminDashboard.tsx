import { useQuery } from "convex/react";
import { api } from "../../../convex/_generated/api";
import { LoadingPanel } from "@/components/LoadingPanel";
import { AuditLog } from "./audit/AuditLog";
import { CacheTiers } from "./pool/CacheTiers";
import { PromptPool } from "./pool/PromptPool";
import { formatClock } from "./format";
import { lastBreakerOpenings, spendToday } from "./overview-derive";
import { AlertsFeed } from "./sections/AlertsFeed";
import { DocsSpend } from "./sections/DocsSpend";
import { ErrorPatterns } from "./sections/ErrorPatterns";
import { KpiTiles } from "./sections/KpiTiles";
import { ModelUsage } from "./sections/ModelUsage";
import { ProviderPanel } from "./sections/ProviderPanel";
import { RecentFailovers } from "./sections/RecentFailovers";
import { ReplyFeedback } from "./sections/ReplyFeedback";
import { TimelineCharts } from "./sections/TimelineCharts";
import { TopSpenders } from "./sections/TopSpenders";
import { UsersTable } from "./users/UsersTable";

/** Everything on one page. Convex queries are live: every panel updates on its own as replies finish. */
export function AdminDashboard() {
  const overview = useQuery(api.admin.overview.get);
  if (overview === undefined) return <LoadingPanel label="Loading the dashboard…" />;
  return (
    <div className="admin-grid" data-testid="admin-dashboard">
      <p className="admin-updated muted">
        Live; figures as of {formatClock(overview.generatedAt, { seconds: true })}. Rates and latency are for the last
        hour, with the last 24 hours beneath.
      </p>
      <KpiTiles
        lastHour={overview.lastHour}
        lastDay={overview.lastDay}
        spendTodayMicros={spendToday(overview.perModelPerDay, overview.generatedAt)}
      />
      <ProviderPanel
        providers={overview.providers}
        queueLength={overview.queueLength}
        openedAt={lastBreakerOpenings(overview.recentAlerts)}
      />
      <AlertsFeed alerts={overview.recentAlerts} />
      <CacheTiers lastHour={overview.lastHour} lastDay={overview.lastDay} poolSize={overview.poolSize} />
      <TimelineCharts />
      <RecentFailovers />
      <ErrorPatterns patterns={overview.errorPatterns} />
      <ModelUsage rows={overview.perModelPerDay} now={overview.generatedAt} />
      <DocsSpend />
      <TopSpenders spenders={overview.topSpendersToday} />
      <ReplyFeedback />
      <UsersTable />
      <PromptPool />
      <AuditLog />
    </div>
  );
}
