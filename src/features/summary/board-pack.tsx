import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Area } from '../../domain/area';
import { useDataQueries } from '../../shared/data/use-data';
import { downloadBlob } from '../../shared/export/download';
import { usePackFigures } from '../../shared/export/board-pack-context';
import { useImportedReportsStore } from '../../shared/user-data/imported-reports-store';
import { loadViewData } from '../../shared/data/use-view-data';
import { buildAreaSummary } from './model/area-summary';
import { previousYearIn } from '../../shared/view/resolve-common';
import { describeLoadFailure } from '../../lib/chunk-load';
import { comparatorGroup } from '../../domain/comparator-groups';
import { useViewStore } from '../../shared/view/view-store';

interface Progress {
  done: number;
  total: number;
  step: string;
}

/** "Download all charts for West Midlands": one zip for board papers, with progress and cancel. */
export function BoardPack({ areas, years, year, focus }: { areas: readonly Area[]; years: readonly string[]; year: string; focus: Area }) {
  const client = useQueryClient();
  const queries = useDataQueries();
  const packFigures = usePackFigures();
  const imported = useImportedReportsStore((store) => store.imported);
  // The pack's charts compare with the group chosen in the views (the URL keeps it): the README says which.
  const groupId = useViewStore((store) => store.view.group);
  const custom = useViewStore((store) => store.view.custom);
  const comparison = comparatorGroup(areas, groupId, focus, custom).label;
  const [progress, setProgress] = useState<Progress | undefined>();
  const [message, setMessage] = useState('');
  const controller = useRef<AbortController | undefined>(undefined);

  const start = async () => {
    controller.current = new AbortController();
    setMessage('');
    setProgress({ done: 0, total: 1, step: 'Starting' });
    const signal = controller.current.signal;
    try {
      if (!packFigures) throw new Error('This page cannot build the pack.');
      const figures = await packFigures(signal, (step) => setProgress({ done: 0, total: 1, step }));
      const before = previousYearIn(years, year);
      const needs = { years: before ? [year, before] : [year], laterYears: [], areaSeries: [], seriesYears: [] };
      const data = await loadViewData(client, queries, needs, imported);
      const current = data.byYear.get(year);
      const keyFigures = current ? buildAreaSummary(areas, focus, current, before ? data.byYear.get(before) : undefined).items.map((item) => item.row) : [];
      const { buildBoardPack } = await import('../../shared/export/board-pack');
      const { blob, fileName } = await buildBoardPack({
        focusName: focus.name,
        comparison,
        year,
        figures,
        keyFigures,
        signal,
        onProgress: (done, total, step) => setProgress({ done, total, step }),
      });
      downloadBlob(blob, fileName);
      setMessage(`Downloaded ${fileName}.`);
    } catch (error) {
      setMessage(
        error instanceof DOMException && error.name === 'AbortError'
          ? 'Cancelled: no file was made.'
          : `Could not make the pack: ${describeLoadFailure(error, 'the code that makes the pack')}`,
      );
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <section className="board-pack no-print" aria-labelledby="board-pack-heading">
      <h2 id="board-pack-heading">Board-paper pack</h2>
      <p>
        Every chart for {focus.name} in {year}, compared with {comparison}, as pictures for a slide and an A4 page and as SVG, the data behind each as CSV, the
        key figures, and a README of sources and data-quality notes, in one zip file.
      </p>
      {progress ? (
        <div>
          <label htmlFor="pack-progress">{progress.step}</label>
          <progress id="pack-progress" className="progress" max={progress.total} value={progress.done}>
            {Math.round((progress.done / progress.total) * 100)}%
          </progress>
          <button type="button" className="button-secondary" onClick={() => controller.current?.abort()}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => void start()}>
          Download all charts for {focus.name}
        </button>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
