import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Area } from '../areas/area-schema';
import { useDataQueries } from '../data/use-data';
import { downloadBlob } from '../export/download';
import { useImportedReportsStore } from '../import/imported-reports-store';
import { useViewStore } from './view-store';
import { describeLoadFailure } from '../../lib/chunk-load';

interface Progress {
  done: number;
  total: number;
  step: string;
}

/** "Download all charts for West Midlands": one zip for board papers, with progress and cancel. */
export function BoardPack({ areas, years, year, focus }: { areas: Area[]; years: string[]; year: string; focus: Area }) {
  const client = useQueryClient();
  const queries = useDataQueries();
  const view = useViewStore((store) => store.view);
  const imported = useImportedReportsStore((store) => store.imported);
  const [progress, setProgress] = useState<Progress | undefined>();
  const [message, setMessage] = useState('');
  const controller = useRef<AbortController | undefined>(undefined);

  const start = async () => {
    controller.current = new AbortController();
    setMessage('');
    setProgress({ done: 0, total: 1, step: 'Starting' });
    try {
      const { buildBoardPack } = await import('./board-pack-builder');
      const { blob, fileName } = await buildBoardPack({
        client,
        queries,
        areas,
        years,
        year,
        focus,
        groupId: view.group,
        customIds: view.custom,
        imported,
        signal: controller.current.signal,
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
        Every chart for {focus.name} in {year} as PNG and SVG, the data behind each as CSV, the key figures, and a README of sources and data-quality notes, in
        one zip file.
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
