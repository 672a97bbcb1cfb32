import { describe, expect, it } from 'vitest';
import { nameAtAxis, nameLines, namesWidth, usualNamesWidth } from './category-axis';

const AREAS = ['Avon and Somerset', 'Devon and Cornwall', nameAtAxis({ isFocus: true, areaName: 'West Midlands' })];
const REGIONS = ['Kent, Surrey and Sussex region', nameAtAxis({ isFocus: true, areaName: 'Yorkshire and the Humber region' }), 'Wales region'];

describe('names beside a bar chart', () => {
  it('keeps the usual width where every area name fits it', () => {
    expect(namesWidth(AREAS, 13, 1100, false)).toBe(usualNamesWidth(false));
    expect(namesWidth(AREAS, 10.5, 330, true)).toBe(usualNamesWidth(true));
  });

  it("widens to the longest probation region's name on a wide screen, so no name is cut off", () => {
    const width = namesWidth(REGIONS, 13, 1100, false);
    expect(width).toBeGreaterThan(usualNamesWidth(false));
    for (const name of REGIONS) expect(nameLines(name, 13, width)).toEqual([name]);
  });

  it('never takes more than its share of a phone-width chart, and wraps the longer names onto two lines there', () => {
    const width = namesWidth(REGIONS, 10.5, 330, true);
    expect(width).toBeLessThanOrEqual(Math.floor(330 * 0.45));
    const lines = nameLines(REGIONS[1] ?? '', 10.5, width);
    expect(lines).toEqual(['► Yorkshire and the', 'Humber region']);
    expect(nameLines('Wales region', 10.5, width)).toEqual(['Wales region']);
  });

  it('marks the focus area by a marker as well as by weight', () => {
    expect(nameAtAxis({ isFocus: true, areaName: 'Durham' })).toBe('► Durham');
    expect(nameAtAxis({ isFocus: false, areaName: 'Durham' })).toBe('Durham');
  });
});
