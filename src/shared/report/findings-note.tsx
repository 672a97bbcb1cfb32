import { describeFinding, describeFindingLine, type ConsistencyFinding } from '../../domain/consistency';

/** Published totals that disagree with their parts, shown beside the table they concern. */
export function FindingsNote({ findings, id }: { findings: readonly ConsistencyFinding[]; id?: string }) {
  if (findings.length === 0) return null;
  return (
    <div className="warning" role="note" id={id}>
      <p className="warning-title">
        <span aria-hidden="true">⚠ </span>
        {findings.length === 1 ? 'A published total does not match its figures' : `${findings.length} published totals do not match their figures`}
      </p>
      <ul>
        {findings.map((finding) => (
          <li key={`${finding.table}-${JSON.stringify(finding.line)}`}>
            <strong>{describeFindingLine(finding)}.</strong> {describeFinding(finding)}
          </li>
        ))}
      </ul>
      <p className="warning-hint">We show the report’s figures as published, without correcting them.</p>
    </div>
  );
}
