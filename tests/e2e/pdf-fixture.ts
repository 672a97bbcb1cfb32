import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A PDF of report text made at test time: each tab-separated cell drawn in its own column. */
export async function pdfFromText(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = text.split(/\r?\n/);
  const size = 9;
  let page = pdf.addPage([842, 595]);
  let y = 560;
  for (const line of lines) {
    if (y < 30) {
      page = pdf.addPage([842, 595]);
      y = 560;
    }
    const cells = line.split('\t');
    // A heading wider than its column pushes the next one right, as a real table's column widens:
    // overlapping cells would run two headings into one word ("offendersViolent"), which no PDF of a real table does.
    let nextFree = 0;
    cells.forEach((cell, index) => {
      // WinAnsi (the standard fonts' encoding) has no characters outside Latin-1 and a few extras.
      const safe = cell.replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d]/g, '?').slice(0, 160);
      const x = Math.max(30 + (index === 0 ? 0 : 260 + (index - 1) * 110), nextFree);
      if (safe) page.drawText(safe, { x, y, size, font });
      nextFree = x + font.widthOfTextAtSize(safe, size) + 20;
    });
    y -= size * 1.6;
  }
  return Buffer.from(await pdf.save());
}

/** A PDF whose page is only a drawing: what a scan without a text layer looks like to us. */
export async function pdfWithoutText(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 400, height: 600, borderWidth: 2 });
  return Buffer.from(await pdf.save());
}
