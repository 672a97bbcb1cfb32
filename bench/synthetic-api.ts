/**
 * A bigger country for the switch benchmark: every real area cloned to `copies` areas ("Kent",
 * "Kent 2" … "Kent 10"), each clone's figures scaled by its own deterministic factor. The answers
 * follow docs/api.md's static flavour and stay valid against the app's zod schemas: counts stay
 * whole and non-negative, stated totals move by exactly the change of their parts (so consistent
 * tables stay consistent and the fixtures' deliberate misprints stay misprints).
 */
import type { Route } from 'playwright-core';
import { fixtureDataSet } from '../scripts/vite-plugins.ts';
import { apiAnswers, type ApiDataSet } from '../src/shared/data/api-contract.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** FNV-1a: a stable small hash, so every run makes the same data. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** A factor between 0.8 and 1.2 for one clone. */
export function cloneFactor(areaId: string, copy: number): number {
  return 0.8 + (hash(`${areaId}#${copy}`) % 401) / 1000;
}

export const cloneId = (areaId: string, copy: number) => (copy === 1 ? areaId : `${areaId}-${copy}`);
export const cloneName = (name: string, copy: number) => (copy === 1 ? name : `${name} ${copy}`);

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Scale a wire cell (a number, or a number with its own source, or disputed claims); returns the change of its value. */
function scaleCell(holder: JsonObject, key: string, factor: number, decimals = 0): number {
  const cell = holder[key];
  const scale = (value: number) => Math.min(decimals === 0 ? 10_000_000 : 100_000, Math.max(0, Math.round(value * factor * 10 ** decimals) / 10 ** decimals));
  if (typeof cell === 'number') {
    holder[key] = scale(cell);
    return holder[key] - cell;
  }
  if (isObject(cell) && typeof cell.value === 'number') {
    const before = cell.value;
    cell.value = scale(before);
    return cell.value - before;
  }
  if (isObject(cell) && Array.isArray(cell.disputed)) {
    for (const claim of cell.disputed) if (isObject(claim) && typeof claim.value === 'number') claim.value = scale(claim.value);
  }
  return 0;
}

/** Move a stated total by the change of its parts, never below zero. */
function shiftTotal(holder: JsonObject, key: string, change: number) {
  const cell = holder[key];
  if (change === 0) return;
  if (typeof cell === 'number') holder[key] = Math.max(0, cell + change);
  else if (isObject(cell) && typeof cell.value === 'number') cell.value = Math.max(0, cell.value + change);
}

function scaleGridTable(table: Json | undefined, factor: number) {
  if (!isObject(table) || !isObject(table.cells) || !isObject(table.rowTotals) || !isObject(table.columnTotals)) return;
  const rowTotals = table.rowTotals;
  const columnTotals = table.columnTotals;
  let grandChange = 0;
  for (const [level, row] of Object.entries(table.cells)) {
    if (!isObject(row)) continue;
    let rowChange = 0;
    for (const category of Object.keys(row)) {
      const change = scaleCell(row, category, factor);
      rowChange += change;
      shiftTotal(columnTotals, category, change);
    }
    shiftTotal(rowTotals, level, rowChange);
    grandChange += rowChange;
  }
  shiftTotal(table, 'grandTotal', grandChange);
}

/** One area's report for one year, as clone `copy` of it. */
export function cloneReport(report: JsonObject, copy: number, names: ReadonlyMap<string, string>): JsonObject {
  const areaId = String(report.areaId);
  if (copy === 1) return report;
  const clone = structuredClone(report);
  const factor = cloneFactor(areaId, copy);
  clone.areaId = cloneId(areaId, copy);
  const name = names.get(areaId);
  const provenance = clone.provenance;
  if (name && isObject(provenance) && typeof provenance.title === 'string') provenance.title = provenance.title.replace(name, cloneName(name, copy));
  scaleGridTable(clone.snapshot, factor);
  scaleGridTable(clone.level23Yearly, factor);
  if (isObject(clone.returnedToCustody)) {
    scaleGridTable(clone.returnedToCustody.breachOfLicence, factor);
    scaleGridTable(clone.returnedToCustody.breachOfOrder, factor);
  }
  scaleCell(clone, 'revocations', factor);
  scaleCell(clone, 'sroBreachNotifications', factor);
  if (isObject(clone.orders)) for (const key of Object.keys(clone.orders)) scaleCell(clone.orders, key, factor);
  if (isObject(clone.rsoPer100k)) scaleCell(clone.rsoPer100k, 'rate', factor, 1);
  return clone;
}

/**
 * The static API files (path under /api/ → JSON text) with every local area cloned `copies`
 * times; England and Wales stays one national area. Made by the app's one API contract.
 */
export function syntheticApiFiles(fixturesDir: string, copies = 10): Record<string, string> {
  const real = fixtureDataSet(fixturesDir);
  const areas = real.areas;
  const names = new Map(areas.map((area) => [area.id, area.name]));
  const isLocal = (areaId: string) => areas.find((area) => area.id === areaId)?.kind === 'area';
  const copiesOf = (areaId: string) => (isLocal(areaId) ? Array.from({ length: copies }, (_, i) => i + 1) : [1]);
  const data: ApiDataSet = {
    areas: areas.flatMap((area) => copiesOf(area.id).map((copy) => ({ ...area, id: cloneId(area.id, copy), name: cloneName(area.name, copy) }))),
    years: real.years,
    coverage: {
      publishedYears: Object.fromEntries(
        Object.entries(real.coverage.publishedYears).flatMap(([areaId, years]) => copiesOf(areaId).map((copy) => [cloneId(areaId, copy), years])),
      ),
    },
    reportsByYear: Object.fromEntries(
      Object.entries(real.reportsByYear).map(([year, records]) => [
        year,
        (records as JsonObject[]).flatMap((report) => copiesOf(String(report.areaId)).map((copy) => cloneReport(report, copy, names))),
      ]),
    ),
  };
  return Object.fromEntries([...apiAnswers(data)].map(([path, body]) => [path, JSON.stringify(body)]));
}

/** A handler for `page.route('**\/api/**', …)` answering from the given files, 404 as docs/api.md says otherwise. */
export function apiRouteHandler(files: Record<string, string>) {
  return async (route: Route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*?\/api\//, '');
    const body = files[decodeURIComponent(path)];
    if (body === undefined) {
      await route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ error: { code: 'not-found', message: `No ${path}` } }) });
      return;
    }
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  };
}
