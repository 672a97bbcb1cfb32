import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../../src/app/app';
import { createQueryClient } from '../../src/app/query-client';
import { useViewStore } from '../../src/shared/view/view-store';

/** The whole app at a link, as a reader opens it, with a fresh query cache (the MSW test server answers). */
export function renderAppAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  useViewStore.getState().readFromLocation();
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>,
  );
}
