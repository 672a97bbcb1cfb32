import { useState, type ReactNode } from 'react';
import { usePrinting } from './print-width';

/**
 * A disclosure whose content is only rendered once it has been opened (and then kept): a closed
 * table of 42 rows, notes or a glossary cost nothing on every view change.
 */
export function LazyDetails({ className, summary, children }: { className: string; summary: ReactNode; children: () => ReactNode }) {
  const [opened, setOpened] = useState(false);
  // Printed pages carry every table: while printing, the content is there even if never opened.
  const printing = usePrinting();
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {(opened || printing) && children()}
    </details>
  );
}
