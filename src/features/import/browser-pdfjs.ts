import type { PdfJs } from '../../ingest/report-text/pdf-text';

/**
 * pdf.js for the browser, loaded only when a PDF is read, with its worker from our own bundle
 * (no CDN): the Content-Security-Policy allows workers from this origin only (docs/security.md).
 */
export async function browserPdfJs(): Promise<PdfJs> {
  const pdfjs = await import('pdfjs-dist');
  const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}
