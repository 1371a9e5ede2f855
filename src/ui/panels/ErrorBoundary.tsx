/**
 * Around each plot and panel (DESIGN §2): a failure while drawing shows a short
 * message naming what could not be drawn and a way back, never a blank page.
 * It tries again by itself when `resetKey` changes (another problem or view).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What is inside, for the message: "the contour map", "the math panel". */
  what: string;
  /** A change of this value clears the failure and draws the children again. */
  resetKey?: unknown;
  /** The way back offered beside the message (e.g. "Show the curve"), if any. */
  recover?: { label: string; run: () => void };
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  key: unknown;
}

/** Catches errors thrown while rendering its children. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    // Another problem or view: try drawing again.
    return Object.is(props.resetKey, state.key) ? null : { error: null, key: props.resetKey };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report; the page itself shows the short message.
    console.error(`Error Bowl: ${this.props.what} failed`, error, info.componentStack);
  }

  private retry = () => this.setState({ error: null });

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { what, recover } = this.props;
    return (
      <div className="boundary" role="alert" data-testid="error-boundary">
        <p>
          <strong>{`Sorry — ${what} could not be drawn.`}</strong> <span className="boundary-reason">(The error: {error.message.slice(0, 200)})</span>
        </p>
        <p className="boundary-actions">
          {recover && (
            <button
              type="button"
              onClick={() => {
                recover.run();
                this.retry();
              }}
            >
              {recover.label}
            </button>
          )}
          <button type="button" onClick={this.retry}>
            Try again
          </button>
        </p>
      </div>
    );
  }
}
