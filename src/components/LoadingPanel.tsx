import { StatusPanel } from "./StatusPanel";

/** A labelled spinner: screen readers hear the label, everyone else sees motion (unless they asked for less). */
export function LoadingPanel({ label, fullPage = false }: { label: string; fullPage?: boolean }) {
  return (
    <StatusPanel title={label} fullPage={fullPage} testId="loading">
      <span className="spinner" aria-hidden="true" />
    </StatusPanel>
  );
}
