import { PersistQueryClientProvider, persistQueryClientSave } from '@tanstack/react-query-persist-client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { createQueryClient } from './app/query-client';
import { startLoading } from './app/start-loading';
import { listenToServiceWorker, registerServiceWorkerWhenIdle } from './app/offline/start-service-worker';
import { useViewStore } from './shared/view/view-store';
import { createIndexedDbPersister, SAVED_DATA_MAX_AGE_MS, SAVED_DATA_VERSION, savedDataDehydrateOptions } from './shared/data/persistence';
import './app/styles.css';

const FIRST_DRAW_WAIT_MS = 1000;

async function startMockApiInDevelopment(): Promise<string | undefined> {
  if (!import.meta.env.DEV || import.meta.env.VITE_API_BASE_URL) return undefined;
  const { startMockApi } = await import('../mocks/browser');
  return startMockApi(window.location.search);
}

async function start() {
  listenToServiceWorker();
  const scenario = await startMockApiInDevelopment();
  useViewStore.getState().readFromLocation();
  const client = createQueryClient();
  // The first view's code and data are asked for at once, while the saved copy is still being read.
  const firstViewLoaded = startLoading(client, useViewStore.getState().view);
  const persistOptions = {
    persister: createIndexedDbPersister(),
    maxAge: SAVED_DATA_MAX_AGE_MS,
    buster: SAVED_DATA_VERSION,
    dehydrateOptions: savedDataDehydrateOptions,
  };
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // The built page already shows its frame (page-shell.tsx). React takes it over once the first
  // view's code and data are in, so it draws the page once, with its figures, instead of the frame,
  // then the frame with the lists, then the view (each a long task on a slow phone). Never longer
  // than FIRST_DRAW_WAIT_MS: on a slow network the frame comes alive and shows what is loading.
  if (root.hasChildNodes()) await Promise.race([firstViewLoaded, new Promise((resolve) => setTimeout(resolve, FIRST_DRAW_WAIT_MS))]);
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
  registerServiceWorkerWhenIdle();
}

void start();
