import { setupWorker } from 'msw/browser';
import { handlers, scenarioFromSearch, scenarioHandlers } from './handlers';

/** Development only: serve the API from the fixtures inside the browser. */
export async function startMockApi(search: string): Promise<string | undefined> {
  const scenario = scenarioFromSearch(search);
  const worker = setupWorker(...(scenario ? scenarioHandlers(scenario) : []), ...handlers);
  await worker.start({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error();
    },
    quiet: true,
  });
  return scenario;
}
