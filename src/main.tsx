import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { createQueryClient } from './app/query-client';
import { useViewStore } from './features/comparison/view-store';
import './app/styles.css';

async function startMockApiInDevelopment(): Promise<string | undefined> {
  if (!import.meta.env.DEV || import.meta.env.VITE_API_BASE_URL) return undefined;
  const { startMockApi } = await import('../mocks/browser');
  return startMockApi(window.location.search);
}

async function start() {
  const scenario = await startMockApiInDevelopment();
  useViewStore.getState().readFromLocation();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <QueryClientProvider client={createQueryClient()}>
          <App scenario={scenario} />
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

void start();
