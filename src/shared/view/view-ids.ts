/**
 * Every view the URL can name, in navigation order. The registry (src/app/view-registry.ts) lists
 * one definition for each, in this order: TypeScript checks it, so a view is added in both or
 * neither. Kept apart from the definitions so the URL parser and the browser tests can read it.
 */
export const VIEW_IDS = ['summary', 'compare', 'map', 'levels', 'recalls', 'rates', 'trends', 'funnel', 'tables', 'glossary', 'import'] as const;
export type ViewId = (typeof VIEW_IDS)[number];
