import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** The last line of defence: a plain message instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('MAPPA Compare stopped', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <main className="container" id="main">
          <div className="error-summary" role="alert">
            <h1>Something went wrong</h1>
            <p>MAPPA Compare hit a problem it could not recover from: {this.state.error.message}</p>
            <p>
              <a href={window.location.pathname}>Start again with the default view</a>
            </p>
          </div>
        </main>
      );
    }
    return this.props.children;
  }
}
