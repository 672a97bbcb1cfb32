import { describe, expect, it } from 'vitest';
import { seedReport, seedReportWire } from '../../tests/helpers/seed-report';
import {
  describeFinding,
  describeFindingLine,
  describeTotalWarning,
  describeUncheckedTotals,
  findingsOnTotal,
  findInconsistentTotals,
  uncheckedTotals,
} from './consistency';
import { reportSchema } from './report-schema';

describe('findInconsistentTotals', () => {
  it('finds exactly the two published inconsistencies of West Midlands 2021-22', () => {
    const findings = findInconsistentTotals(seedReport());
    expect(findings).toEqual([
      { table: 'snapshot', line: { kind: 'row', level: 'level1' }, stated: 5432, computed: 5433, difference: -1 },
      { table: 'snapshot', line: { kind: 'column', category: 'category3' }, stated: 7, computed: 8, difference: -1 },
    ]);
    expect(describeFinding(findings[0]!)).toBe('Published total 5,432; the figures add up to 5,433.');
  });

  it('counts "-" as nothing, so the breach of SOPO table adds up', () => {
    const findings = findInconsistentTotals(seedReport());
    expect(findings.filter((f) => f.table === 'breachOfOrder')).toEqual([]);
  });

  it('does not judge a total when one of its parts is missing', () => {
    const wire = seedReportWire();
    (wire.snapshot.cells.level1 as Record<string, unknown>).category3 = null;
    const findings = findInconsistentTotals(reportSchema.parse(wire));
    // Level 1 row and category 3 column now have an unknown part: no verdict on either.
    expect(findings).toEqual([]);
  });

  it('flags a grand total that disagrees with the level totals', () => {
    const wire = seedReportWire();
    wire.level23Yearly.grandTotal = 180;
    const findings = findInconsistentTotals(reportSchema.parse(wire));
    expect(findings).toContainEqual({ table: 'level23Yearly', line: { kind: 'grand-total-vs-rows' }, stated: 180, computed: 175, difference: 5 });
  });
});

describe('findingsOnTotal', () => {
  it('finds the warning of one stated total, and none for a total that adds up', () => {
    const report = seedReport();
    const category3 = findingsOnTotal(report, 'snapshot', { kind: 'column', category: 'category3' });
    expect(category3).toEqual([{ table: 'snapshot', line: { kind: 'column', category: 'category3' }, stated: 7, computed: 8, difference: -1 }]);
    expect(describeTotalWarning(category3[0]!)).toBe('the Category 3 total is published as 7, but its figures add up to 8');
    const level1 = findingsOnTotal(report, 'snapshot', { kind: 'row', level: 'level1' });
    expect(describeTotalWarning(level1[0]!)).toBe('the Level 1 total is published as 5,432, but its figures add up to 5,433');
    expect(findingsOnTotal(report, 'snapshot', { kind: 'column', category: 'category1' })).toEqual([]);
    expect(findingsOnTotal(report, 'snapshot', { kind: 'overall' })).toEqual([]);
    // The same line in another table is another total.
    expect(findingsOnTotal(report, 'level23Yearly', { kind: 'row', level: 'level1' })).toEqual([]);
  });

  it('finds an overall total that disagrees with its parts', () => {
    const wire = seedReportWire();
    wire.level23Yearly.grandTotal = 180;
    const [finding] = findingsOnTotal(reportSchema.parse(wire), 'level23Yearly', { kind: 'overall' });
    expect(finding && describeTotalWarning(finding)).toBe('the overall total (against the level totals) is published as 180, but its figures add up to 175');
  });
});

describe('uncheckedTotals', () => {
  it('says which stated totals cannot be checked because a part is missing, instead of going quiet', () => {
    expect(uncheckedTotals(seedReport())).toEqual([]);
    const wire = seedReportWire();
    wire.snapshot.cells.level1.category3 = null;
    const unchecked = uncheckedTotals(reportSchema.parse(wire)).map(describeFindingLine);
    expect(unchecked).toEqual(['MAPPA-eligible offenders on 31 March: Level 1 total', 'MAPPA-eligible offenders on 31 March: Category 3 total']);
  });

  it('says so in words, naming the first six', () => {
    expect(describeUncheckedTotals([])).toBeUndefined();
    expect(describeUncheckedTotals([{ table: 'snapshot', line: { kind: 'row', level: 'level1' } }])).toEqual({
      title: 'A published total cannot be checked',
      detail: 'A figure it adds up is empty here: MAPPA-eligible offenders on 31 March: Level 1 total. Type the missing figures if the report gives them.',
    });
    const eight = (['level1', 'level2', 'level3'] as const).flatMap((level) => [
      { table: 'snapshot' as const, line: { kind: 'row' as const, level } },
      { table: 'level23Yearly' as const, line: { kind: 'row' as const, level } },
    ]);
    const note = describeUncheckedTotals([...eight, ...eight.slice(0, 2)]);
    expect(note?.title).toBe('8 published totals cannot be checked');
    expect(note?.detail).toMatch(/^A figure they add up is empty here: (?:[^;]+; ){6}and 2 more\. Type the missing figures/);
  });
});
