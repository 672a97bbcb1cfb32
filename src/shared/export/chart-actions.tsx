import { useId, useState } from 'react';
import type { FigureDescription } from '../../domain/figure';
import { optionOf } from '../../lib/option-of';
import { CSV_TYPE, downloadBlob, SVG_TYPE, textBlob } from './download';
import { exportFileName } from './file-names';
import { WIDTH_PRESETS, type WidthPresetId } from './width-presets';
import { printPage } from './print';
import { currentAddress } from '../../lib/address-bar';
import { describeLoadFailure } from '../../lib/chunk-load';

interface ChartActionsProps {
  figure: FigureDescription;
  /** The width the chart is drawn at on screen, for the "As on screen" image width. */
  screenWidth: number;
}

const PRESET_IDS = WIDTH_PRESETS.map((preset) => preset.id);

/** A failure here is not the reader's concern: a download asks again and says what went wrong. */
const preloadExportCode = () => void import('./figure-export').catch(() => undefined);

/** Download the chart as PNG, SVG, CSV, ODS or XLSX, copy a link to this view, or print. */
export function ChartActions({ figure: described, screenWidth }: ChartActionsProps) {
  const { spec } = described;
  const id = useId();
  const [preset, setPreset] = useState<WidthPresetId>('screen');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [manualLink, setManualLink] = useState<string | undefined>();

  // Buttons stay enabled (and focused) while a download is made: a second press is ignored instead.
  const run = async (action: () => Promise<string>) => {
    if (busy) return;
    setBusy(true);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(`Could not export: ${describeLoadFailure(error, 'the export code')}`);
    } finally {
      setBusy(false);
    }
  };
  const figure = async () => {
    const { exportFigure, exportWidth, figurePng } = await import('./figure-export');
    const now = new Date();
    const composed = exportFigure(described, exportWidth(preset, screenWidth), now);
    return { svg: composed.svg, png: () => figurePng(composed, spec, now) };
  };
  const workbook = (format: 'ods' | 'xlsx') =>
    run(async () => {
      const [{ chartWorkbook }, { writeWorkbook, WORKBOOK_MIME_TYPES }] = await Promise.all([
        import('./spreadsheet/chart-workbook'),
        import('./spreadsheet/write-workbook'),
      ]);
      const name = exportFileName(spec.fileNameParts, format);
      const bytes = writeWorkbook(chartWorkbook(spec, new Date()), format);
      downloadBlob(new Blob([bytes.slice().buffer], { type: WORKBOOK_MIME_TYPES[format] }), name);
      return `Downloaded ${name} (cover, notes and a table of ${spec.rows.length} rows)`;
    });
  const png = () =>
    run(async () => {
      const name = exportFileName(spec.fileNameParts, 'png');
      downloadBlob(await (await figure()).png(), name);
      return `Downloaded ${name}`;
    });
  const svg = () =>
    run(async () => {
      const name = exportFileName(spec.fileNameParts, 'svg');
      downloadBlob(textBlob((await figure()).svg, SVG_TYPE), name);
      return `Downloaded ${name}`;
    });
  const csv = () =>
    run(async () => {
      const { chartRowsToCsv } = await import('./csv');
      const name = exportFileName(spec.fileNameParts, 'csv');
      downloadBlob(textBlob(chartRowsToCsv(spec, new Date()), CSV_TYPE), name);
      return `Downloaded ${name} (${spec.rows.length} rows)`;
    });
  const copyLink = () =>
    run(async () => {
      const link = currentAddress();
      try {
        await navigator.clipboard.writeText(link);
        setManualLink(undefined);
        return 'Link copied: it reopens this view.';
      } catch {
        setManualLink(link);
        return 'Your browser did not let us copy. Select the link below and copy it.';
      }
    });

  return (
    // The export code loads as the reader reaches for a download (pointer or keyboard), not while the
    // page starts: a page that is only read never runs it, and the first PNG barely waits for it.
    <div className="chart-actions no-print" onPointerEnter={preloadExportCode} onFocus={preloadExportCode}>
      <div className="field">
        <label htmlFor={`${id}-width`}>Image width</label>
        <select id={`${id}-width`} value={preset} onChange={(event) => setPreset(optionOf(PRESET_IDS, event.target.value) ?? 'screen')}>
          {WIDTH_PRESETS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button-secondary" onClick={() => void png()} aria-disabled={busy}>
        Download PNG
      </button>
      <button type="button" className="button-secondary" onClick={() => void svg()} aria-disabled={busy}>
        Download SVG
      </button>
      <button type="button" className="button-secondary" onClick={() => void csv()} aria-disabled={busy}>
        Download CSV
      </button>
      <button type="button" className="button-secondary" onClick={() => void workbook('ods')} aria-disabled={busy}>
        Download ODS
      </button>
      <button type="button" className="button-secondary" onClick={() => void workbook('xlsx')} aria-disabled={busy}>
        Download XLSX
      </button>
      <button type="button" className="button-secondary" onClick={() => void copyLink()} aria-disabled={busy}>
        Copy link
      </button>
      <button type="button" className="button-secondary" onClick={printPage}>
        Print
      </button>
      <p className="action-status" role="status" aria-live="polite">
        {status}
      </p>
      {manualLink && (
        <p>
          <label htmlFor={`${id}-link`}>Link to this view</label>
          <input id={`${id}-link`} readOnly value={manualLink} onFocus={(event) => event.currentTarget.select()} />
        </p>
      )}
    </div>
  );
}
