import { cellProvenance } from './cell';
import { listFigures } from './figure-catalogue';
import type { Provenance, ProvenanceKind } from './provenance';
import type { AreaYearReport } from './report-schema';

export interface ProvenanceSummary {
  kinds: ProvenanceKind[];
  /** Figures that carry their own published source (press or board pages). */
  citedFigures: { label: string; source: Provenance }[];
}

/** Which kinds of source the figures of a set of records come from. */
export function summariseProvenance(reports: readonly AreaYearReport[]): ProvenanceSummary {
  const kinds = new Set<ProvenanceKind>();
  const citedFigures: ProvenanceSummary['citedFigures'] = [];
  for (const report of reports) {
    for (const figure of listFigures(report)) {
      for (const source of cellProvenance(figure.cell, report.provenance)) {
        kinds.add(source.kind);
        if (source !== report.provenance && source.kind === 'published-press') {
          citedFigures.push({ label: figure.label, source });
        }
      }
    }
  }
  return { kinds: [...kinds], citedFigures };
}
