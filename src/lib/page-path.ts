/**
 * The path of the page itself, for links back to it. At build time, when the page frame is
 * rendered to HTML without a browser (src/app/page-shell.tsx), it is the path the app is served under.
 */
export function pagePath(): string {
  return typeof window === 'undefined' ? import.meta.env.BASE_URL : window.location.pathname;
}
