/** What kind of file the user gave us, judged by its name, type and first bytes. */
export type ImportFileKind = 'pdf' | 'csv' | 'text';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type FileCheck = { ok: true; kind: ImportFileKind } | { ok: false; message: string };

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reject what we cannot read, with a specific reason, before reading it all. */
export function checkImportFile(name: string, type: string, size: number, head: Uint8Array): FileCheck {
  if (size === 0) return { ok: false, message: `“${name}” is empty (0 bytes).` };
  if (size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `“${name}” is ${megabytes(size)}; the largest file we read is ${megabytes(MAX_IMPORT_BYTES)}. A MAPPA report PDF is usually well under 5 MB.`,
    };
  }
  const isPdfSignature = head.length >= 5 && String.fromCharCode(...head.slice(0, 5)) === '%PDF-';
  const lower = name.toLowerCase();
  if (isPdfSignature) return { ok: true, kind: 'pdf' };
  if (lower.endsWith('.pdf') || type === 'application/pdf') {
    return { ok: false, message: `“${name}” is named as a PDF but is not one (it does not start with %PDF-). It may be damaged.` };
  }
  if (looksBinary(head)) {
    return {
      ok: false,
      message: `“${name}” is not text: it looks like a binary file (an image, a Word document or a spreadsheet). Choose the report PDF, paste the report’s text, or use a CSV.`,
    };
  }
  return { ok: true, kind: lower.endsWith('.csv') || type === 'text/csv' ? 'csv' : 'text' };
}

/** NUL bytes, or many control characters, mean this is not a text file. */
export function looksBinary(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control += 1;
  }
  return control / head.length > 0.05;
}

/** An ODS or XLSX workbook, by its name: read as a spreadsheet, whichever file box it was given to. */
export function isWorkbookFileName(name: string): boolean {
  return /\.(ods|xlsx|xlsm)$/i.test(name.trim());
}

/** A spreadsheet's size, before it is read; what it holds is the spreadsheet reader's to judge. */
export function checkSpreadsheetFile(name: string, size: number): { ok: true } | { ok: false; message: string } {
  if (size === 0) return { ok: false, message: `“${name}” is empty (0 bytes).` };
  if (size > MAX_IMPORT_BYTES) {
    return { ok: false, message: `“${name}” is ${megabytes(size)}; the largest file we read is ${megabytes(MAX_IMPORT_BYTES)}.` };
  }
  return { ok: true };
}
