import { Component, type ErrorInfo, type ReactNode } from "react";
import { reportError } from "../lib/monitoring/report-error";

type ErrorBoundaryProps = {
  /** What to show instead of the children; `reset` re-renders them (e.g. after a transient failure). */
  fallback: (error: unknown, reset: () => void) => ReactNode;
  /** Changing this value clears a caught error, e.g. the route param the subtree shows. */
  resetKey?: unknown;
  children: ReactNode;
};

type ErrorBoundaryState = { error: unknown; caught: boolean; resetKey: unknown };

/**
 * Catches render errors below it. Convex's useQuery throws a failed query's
 * error during render, so this is also how query errors reach the UI.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, caught: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error, caught: true };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    // A new resetKey means new content: forget the old content's error.
    if (props.resetKey !== state.resetKey) return { error: null, caught: false, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept in the console for developers; users see the fallback.
    console.error("Render error caught by ErrorBoundary", error, info.componentStack);
    // Queued until Sentry has loaded (after first paint); dropped when Sentry is off.
    reportError(error, { componentStack: info.componentStack ?? undefined });
  }

  private readonly reset = () => this.setState({ error: null, caught: false });

  override render() {
    return this.state.caught ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
