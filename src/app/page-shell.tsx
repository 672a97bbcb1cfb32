import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { App } from './app';
import { InPageShell } from './in-page-shell';

/**
 * The page frame as HTML, built into index.html (scripts/page-shell-plugin.ts): the app as it first
 * paints before any data arrives (header, navigation, the loading skeleton, footer). The reader sees it
 * as soon as the HTML arrives, with no JavaScript; main.tsx then renders the same tree in its place.
 */
export function renderPageShell(): string {
  // A client that never fetches: at build time there is no data service, and the frame shows none.
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  const html = renderToString(
    <QueryClientProvider client={client}>
      <InPageShell.Provider value={true}>
        <App />
      </InPageShell.Provider>
    </QueryClientProvider>,
  );
  // One frame serves every address, so no link in it may claim to be the page the reader asked for.
  return html.replaceAll(' aria-current="page"', '');
}
