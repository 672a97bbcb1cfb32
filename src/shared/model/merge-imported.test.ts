import { describe, expect, it } from 'vitest';
import { seedReport } from '../../../tests/helpers/seed-report';
import { fixtureYearData } from '../../../tests/helpers/fixture-data';
import { mergeImported } from './merge-imported';

describe('mergeImported', () => {
  it('replaces the served report of the same area and year and says so', () => {
    const imported = { ...seedReport(), areaId: 'kent', provenance: { kind: 'imported' as const, fileName: 'kent.pdf', importedAt: '2026-11-25T10:00:00Z' } };
    const merged = mergeImported(fixtureYearData('2021-22'), [imported]);
    expect(merged.overridden).toEqual(['kent']);
    expect(merged.reports.filter((r) => r.areaId === 'kent')).toEqual([imported]);
    expect(merged.reports).toHaveLength(43);
  });

  it('ignores imports of other years', () => {
    const imported = { ...seedReport(), year: '2019-20' as const };
    const merged = mergeImported(fixtureYearData('2021-22'), [imported]);
    expect(merged.overridden).toEqual([]);
  });
});
