import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}

/** A lazy chunk that could not be fetched (Chromium, Firefox and Safari word it differently). */
function isChunkLoadError(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
    error.message,
  );
}

interface State {
  error: Error | null;
}

/**
 * Catches programmer errors while rendering results (bad input never throws: it becomes findings).
 * Shows the message instead of a blank page, and keeps the rest of the page alive.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unexpected error while rendering the plan', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error && isChunkLoadError(this.state.error)) {
      return (
        <div className="panel panel-error" role="alert">
          <p>
            This part of the planner could not be loaded (the connection may be down, or a new version was
            deployed). Your plan and its results are kept: reload the page to get it.
          </p>
        </div>
      );
    }
    if (this.state.error) {
      return (
        <div className="panel panel-error" role="alert">
          <h2>Something went wrong</h2>
          <p>
            The planner hit an unexpected error: <code>{this.state.error.message}</code>. This is a bug;
            please reload the page.
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}
