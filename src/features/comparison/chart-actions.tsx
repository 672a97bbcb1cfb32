import { useId, useState, type RefObject } from 'react';
import type { ChartSpec } from '../charts/chart-data';
import { chartRowsToCsv } from '../export/csv';
import { CSV_TYPE, downloadBlob, SVG_TYPE, textBlob } from '../export/download';
import { exportFigure, figurePng, WIDTH_PRESETS, type WidthPresetId } from '../export/figure-export';
import { exportFileName } from '../export/file-names';
import { printPage } from '../export/print';

interface ChartActionsProps {
  spec: ChartSpec;
  chartArea: RefObject<HTMLDivElement | null>;
}

/** Download the chart as PNG, SVG or CSV, copy a link to this view, or print. */
export function ChartActions({ spec, chartArea }: ChartActionsProps) {
  const id = useId();
  const [preset, setPreset] = useState<WidthPresetId>('screen');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [manualLink, setManualLink] = useState<string | undefined>();

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(`Could not export: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const figure = () => {
    if (!chartArea.current) throw new Error('The chart is not on the page.');
    return exportFigure(spec, chartArea.current, preset, new Date());
  };
  const png = () =>
    run(async () => {
      const name = exportFileName(spec.fileNameParts, 'png');
      downloadBlob(await figurePng(figure()), name);
      return `Downloaded ${name}`;
    });
  const svg = () =>
    run(async () => {
      const name = exportFileName(spec.fileNameParts, 'svg');
      downloadBlob(textBlob(figure().svg, SVG_TYPE), name);
      return `Downloaded ${name}`;
    });
  const csv = () =>
    run(async () => {
      const name = exportFileName(spec.fileNameParts, 'csv');
      downloadBlob(textBlob(chartRowsToCsv(spec, new Date()), CSV_TYPE), name);
      return `Downloaded ${name} (${spec.rows.length} rows)`;
    });
  const copyLink = () =>
    run(async () => {
      const link = window.location.href;
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
    <div className="chart-actions no-print">
      <div className="field">
        <label htmlFor={`${id}-width`}>Image width</label>
        <select id={`${id}-width`} value={preset} onChange={(event) => setPreset(event.target.value as WidthPresetId)}>
          {WIDTH_PRESETS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button-secondary" onClick={() => void png()} disabled={busy}>
        Download PNG
      </button>
      <button type="button" className="button-secondary" onClick={() => void svg()} disabled={busy}>
        Download SVG
      </button>
      <button type="button" className="button-secondary" onClick={() => void csv()} disabled={busy}>
        Download CSV
      </button>
      <button type="button" className="button-secondary" onClick={() => void copyLink()} disabled={busy}>
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
