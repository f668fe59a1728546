import { ClientEnvError } from "../config/env";
import { StatusPanel } from "../components/StatusPanel";

/** Last resort: the app could not start, or crashed outside any closer boundary. */
export function StartupError({ error }: { error: unknown }) {
  if (error instanceof ClientEnvError) {
    // Variable names and how to fix them; never values (env.ts keeps them out).
    return (
      <StatusPanel title="This deployment is misconfigured" role="alert" testId="config-error" fullPage>
        <ul className="problem-list">
          {error.problems.map((problem) => (
            <li key={problem.variable}>
              <code>{problem.variable}</code>: {problem.reason}
            </li>
          ))}
        </ul>
      </StatusPanel>
    );
  }
  return (
    <StatusPanel title="Something went wrong" role="alert" testId="app-error" fullPage>
      <p>The page hit an unexpected error. Reloading usually fixes it; nothing you sent has been lost.</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </StatusPanel>
  );
}
