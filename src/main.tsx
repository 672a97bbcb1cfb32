import { PersistQueryClientProvider, persistQueryClientSave } from '@tanstack/react-query-persist-client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { createQueryClient } from './app/query-client';
import { startLoading } from './app/start-loading';
import { startServiceWorker } from './app/offline/start-service-worker';
import { useViewStore } from './shared/view/view-store';
import { createIndexedDbPersister, SAVED_DATA_MAX_AGE_MS, SAVED_DATA_VERSION, savedDataDehydrateOptions } from './shared/data/persistence';
import './app/styles.css';

async function startMockApiInDevelopment(): Promise<string | undefined> {
  if (!import.meta.env.DEV || import.meta.env.VITE_API_BASE_URL) return undefined;
  const { startMockApi } = await import('../mocks/browser');
  return startMockApi(window.location.search);
}

async function start() {
  startServiceWorker();
  const scenario = await startMockApiInDevelopment();
  useViewStore.getState().readFromLocation();
  const client = createQueryClient();
  // The first view's code and data are asked for at once, while the saved copy is still being read.
  startLoading(client, useViewStore.getState().view);
  const persistOptions = {
    persister: createIndexedDbPersister(),
    maxAge: SAVED_DATA_MAX_AGE_MS,
    buster: SAVED_DATA_VERSION,
    dehydrateOptions: savedDataDehydrateOptions,
  };
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <PersistQueryClientProvider
          client={client}
          persistOptions={persistOptions}
          // Answers that arrived while the saved copy was being read are saved now, not at the next change.
          onSuccess={() => persistQueryClientSave({ queryClient: client, ...persistOptions })}
        >
          <App scenario={scenario} />
        </PersistQueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

void start();
