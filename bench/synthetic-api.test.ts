import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areasResponseSchema } from '../src/domain/area';
import { findInconsistentTotals } from '../src/domain/consistency';
import { reportSchema } from '../src/domain/report-schema';
import { cloneFactor, syntheticApiFiles } from './synthetic-api';

const files = syntheticApiFiles(join(import.meta.dirname, '..', 'mocks', 'fixtures'), 10);
const reportsOf = (path: string) => (JSON.parse(files[path] ?? '{"reports":[]}') as { reports: unknown[] }).reports;

describe('syntheticApiFiles', () => {
  it('clones each of the 42 areas ten times, with unique ids and names, and keeps one England and Wales', () => {
    const areas = areasResponseSchema.parse(JSON.parse(files['areas.json'] ?? '')).areas;
    expect(areas.filter((area) => area.kind === 'area')).toHaveLength(420);
    expect(areas.filter((area) => area.kind === 'national')).toHaveLength(1);
    expect(new Set(areas.map((area) => area.id)).size).toBe(areas.length);
    expect(areas.find((area) => area.id === 'kent-3')).toMatchObject({ name: 'Kent 3', region: 'South East' });
  });

  it('writes reports the app accepts, their stated totals as consistent as the originals', () => {
    const all = reportsOf('reports/2021-22.json').map((report) => reportSchema.parse(report));
    const real = all.filter((report) => !/-\d+$/.test(report.areaId));
    // Every local area ten times, England and Wales once.
    expect(all).toHaveLength(real.length * 10 - 9);
    const findings = (reports: typeof all) => reports.reduce((sum, report) => sum + findInconsistentTotals(report).length, 0);
    expect(findings(all)).toBe(findings(real) * 10);
    expect(files['areas/kent-3/reports.json']).toContain('"areaId":"kent-3"');
  });

  it('scales each clone by its own fixed factor between 0.8 and 1.2', () => {
    const factors = Array.from({ length: 9 }, (_, i) => cloneFactor('kent', i + 2));
    expect(new Set(factors).size).toBeGreaterThan(5);
    for (const factor of factors) expect(factor).toBeGreaterThanOrEqual(0.8);
    for (const factor of factors) expect(factor).toBeLessThanOrEqual(1.2);
    expect(cloneFactor('kent', 3)).toBe(cloneFactor('kent', 3));
  });
});
