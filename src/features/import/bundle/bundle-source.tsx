import { useId, type ChangeEvent } from 'react';

interface BundleSourceProps {
  busy: boolean;
  onBundleFile: (file: File) => void;
}

/** Where a data bundle comes in: the imports someone saved in their browser and downloaded with "Download my imports". */
export function BundleSource({ busy, onBundleFile }: BundleSourceProps) {
  const id = useId();
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onBundleFile(file);
    event.target.value = '';
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Open a data bundle</h2>
      <p>
        A data bundle is every import someone saved in their browser, downloaded with “Download my imports”: their figures, sources and files. You check what it
        brings before anything is saved. Whoever hosts MAPPA Compare can add the same file for every reader with <code>npm run data -- add</code>.
      </p>
      <div className="drop-zone">
        <label htmlFor={`${id}-file`} className="drop-label">
          Choose a data bundle (JSON)
        </label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={chosen} disabled={busy} aria-describedby={`${id}-hint`} />
        <p className="hint" id={`${id}-hint`}>
          Up to 20 MB. A bundle that cannot be read is refused whole: nothing you saved before changes.
        </p>
      </div>
    </section>
  );
}
