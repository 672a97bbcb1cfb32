export const CSV_TYPE = 'text/csv;charset=utf-8';
export const SVG_TYPE = 'image/svg+xml;charset=utf-8';
export const JSON_TYPE = 'application/json;charset=utf-8';

/** Safari may still be reading the file when the click returns, so the URL lives a little longer. */
const REVOKE_AFTER_MS = 40_000;

/** Saves a blob through the browser's normal download, under the given file name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

export function textBlob(text: string, type: string): Blob {
  return new Blob([text], { type });
}
