/**
 * Who a reader of an exported file can contact about the figures, set when the app is built:
 * `VITE_EXPORT_CONTACT="MAPPA Compare team, mappa@example.gov.uk" npm run build`. Unset (or only
 * spaces), exports name no contact rather than a placeholder.
 */
export function exportContact(env: { VITE_EXPORT_CONTACT?: string | undefined; [key: string]: unknown } = import.meta.env): string | undefined {
  const contact = env.VITE_EXPORT_CONTACT?.replace(/\s+/g, ' ').trim();
  return contact ? contact : undefined;
}
