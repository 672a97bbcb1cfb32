import { pagePath } from '../lib/page-path';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { chunkLoadMessage, isChunkLoadError } from '../lib/chunk-load';
import { resetFailedLoads } from '../lib/lazy-load';

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
    if (this.state.error && isChunkLoadError(this.state.error)) {
      // Code that did not arrive (offline, or replaced by a new version) is a connection problem: offer a retry.
      return (
        <main className="container" id="main">
          <div className="error-summary" role="alert">
            <p>{chunkLoadMessage('this part of the page')}</p>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                resetFailedLoads();
                this.setState({ error: null });
              }}
            >
              Try again
            </button>
          </div>
        </main>
      );
    }
    if (this.state.error) {
      return (
        <main className="container" id="main">
          <div className="error-summary" role="alert">
            <h1>Something went wrong</h1>
            <p>MAPPA Compare hit a problem it could not recover from: {this.state.error.message}</p>
            <p>
              <a href={pagePath()}>Start again with the default view</a>
            </p>
          </div>
        </main>
      );
    }
    return this.props.children;
  }
}
