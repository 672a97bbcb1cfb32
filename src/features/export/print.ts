/** The one place the UI asks the browser to print; the print style sheet does the layout. */
export function printPage(): void {
  window.print();
}
