/** The one place the UI asks the browser to print; the print style sheet does the layout. */
export function printPage(): void {
  window.print();
}

/**
 * Printed pages (A4 board papers) need each chart's table as well as the chart: open the
 * closed table disclosures for printing and close them again afterwards.
 */
export function installPrintSupport(): () => void {
  let opened: HTMLDetailsElement[] = [];
  const before = () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('details.chart-table-disclosure:not([open])')];
    for (const details of opened) details.open = true;
  };
  const after = () => {
    for (const details of opened) details.open = false;
    opened = [];
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
