import type { Area } from '../../src/domain/area';
import type { Cell } from '../../src/domain/cell';
import { describeProvenance, type Provenance } from '../../src/domain/provenance';
import { cellsById } from '../../src/domain/report-cells';
import { reportSchema, type AreaYearReport, type ReportWire } from '../../src/domain/report-schema';
import { isMappaYear } from '../../src/domain/years';
import { areaYearKey } from '../../src/ingest/common/area-year-key';
import { buildReportWire } from '../../src/ingest/common/build-report-wire';
import { templateFigureIds } from '../../src/ingest/common/given-figures';
import { placeWords, settledAnswer, type IngestAnswers, type IngestQuestion } from '../../src/ingest/common/question';
import { differingFigureCell, differingFigureQuestion, heldClaims, type FigureClaim } from '../../src/ingest/review/differing-figures';
import type { ApiDataSet } from '../../src/shared/data/api-contract';
import type { InputReading, ReadRecord } from './read-input';
import { setWireFigure, wireCell, type WireCell } from './wire-figures';

/** Where one published (or held back) figure came from, for the build's manifest. */
export interface FigureSource {
  areaId: string;
  year: string;
  figureId: string;
  /** What is served: the wire cell, or null. */
  served: WireCell;
  /** Every place that gives it: "seed.pdf, page 3, line 40", "held: West Midlands MAPPA Annual Report 2021-22". */
  from: string[];
  /** The question that decides it (open or answered). */
  question?: string;
  /** True while an open question holds it back: nothing is published for it. */
  heldBack: boolean;
}

export interface Overlay {
  data: ApiDataSet;
  /** The questions sources raise between them (a figure given differently). */
  questions: IngestQuestion[];
  figures: FigureSource[];
}

function heldLabel(source: Provenance): string {
  return `held: ${describeProvenance(source)}`;
}

/**
 * A source that names the place it was read from. Where sources disagree, two files of one
 * report carry the same title: each value published (chosen, or one side of a dispute) must say
 * which file gave it, never cite the report whose figure it contradicts.
 */
function citingPlace(source: Provenance, place: string): Provenance {
  return source.kind === 'published-report' ? { ...source, title: `${source.title} (${place})` } : source;
}

function parsedRecord(record: unknown): AreaYearReport {
  const parsed = reportSchema.safeParse(record);
  if (!parsed.success) throw new Error(`The embedded data has a record that fails the report schema: ${JSON.stringify(record).slice(0, 80)}`);
  return parsed.data;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Whole reports first (a published report before any other whole source), each group in input order. */
function framePriority(records: readonly ReadRecord[]): ReadRecord | undefined {
  return records.find((record) => record.whole);
}

/**
 * The served data: the embedded default with every real figure the inputs give laid over it.
 * A real figure takes a stand-in's place; a whole report takes an illustrative record's place
 * (what it leaves blank is then not published); where sources (or the figure held already)
 * give one figure different values, a question asks which to publish and nothing is published
 * for it until it is answered. So is any figure an open question about its own file holds back.
 */
export function overlayInputs(base: ApiDataSet, readings: readonly InputReading[], answers: IngestAnswers): Overlay {
  const areas = base.areas as readonly Area[];
  const nameOf = (areaId: string) => areas.find((area) => area.id === areaId)?.name ?? areaId;
  const byKey = new Map<string, ReadRecord[]>();
  for (const reading of readings) {
    for (const record of reading.records) {
      const key = areaYearKey(record.areaId, record.year);
      byKey.set(key, [...(byKey.get(key) ?? []), record]);
    }
  }
  const reportsByYear: Record<string, unknown[]> = Object.fromEntries(Object.entries(base.reportsByYear).map(([year, records]) => [year, [...records]]));
  const questions: IngestQuestion[] = [];
  const figures: FigureSource[] = [];

  for (const key of [...byKey.keys()].sort()) {
    const records = byKey.get(key) ?? [];
    const [first] = records;
    if (!first) continue;
    const { areaId, year } = first;
    const yearRecords = (reportsByYear[year] ??= []);
    const index = yearRecords.findIndex((record) => (record as { areaId?: unknown }).areaId === areaId);
    const baseWire = index >= 0 ? (yearRecords[index] as ReportWire) : undefined;
    const baseReport = baseWire ? parsedRecord(baseWire) : undefined;
    const baseCells = baseReport ? cellsById(baseReport) : new Map<string, Cell>();
    const frame = !baseReport || baseReport.provenance.kind === 'illustrative' ? framePriority(records) : undefined;

    let wire: ReportWire;
    if (frame) wire = clone(frame.wire);
    else if (baseWire) wire = clone(baseWire);
    else wire = buildReportWire({ figures: [], orderWording: 'SOPO/SHPO', rateBasis: 'unknown' }, areaId, year, first.provenance);
    const recordProvenance = wire.provenance as Provenance;

    for (const figureId of templateFigureIds(year)) {
      const baseCell = baseCells.get(figureId);
      const held = baseCell && baseReport ? heldClaims(baseCell, baseReport.provenance, heldLabel) : [];
      const given = records.flatMap((record) => {
        const figure = record.figures.get(figureId);
        return figure ? [{ record, ...figure }] : [];
      });
      const incoming: FigureClaim[] = given.flatMap(({ record, value, where }) =>
        value === null ? [] : [{ value, source: record.provenance, where, label: placeWords(where) }],
      );
      const heldBack = records.some((record) => record.heldBack.includes(figureId));
      const notPublished = given.filter((figure) => figure.value === null).map((figure) => placeWords(figure.where));
      if (incoming.length === 0 && !heldBack && notPublished.length === 0) {
        // Nothing new: a record taken over by a whole report keeps only the real figures held.
        if (frame) setWireFigure(wire, figureId, held.length > 0 && baseCell && baseReport ? wireCell(baseCell, recordProvenance) : null);
        continue;
      }
      const log = (served: WireCell, extra: Partial<FigureSource> = {}) =>
        figures.push({
          areaId,
          year,
          figureId,
          served,
          from: [...held.map((claim) => claim.label), ...incoming.map((claim) => claim.label)],
          heldBack: false,
          ...extra,
        });
      if (heldBack) {
        setWireFigure(wire, figureId, null);
        log(null, { heldBack: true });
        continue;
      }
      const claims = [...held, ...incoming.map((claim) => ({ ...claim, source: citingPlace(claim.source, claim.label) }))];
      const question = differingFigureQuestion({ areaId, areaName: nameOf(areaId), year }, figureId, claims);
      if (question) {
        questions.push(question);
        const cell = differingFigureCell(question, claims, answers);
        const served = cell ? wireCell(cell, recordProvenance) : null;
        setWireFigure(wire, figureId, served);
        log(served, { question: question.id, heldBack: settledAnswer(question, answers) === undefined });
        continue;
      }
      let served: WireCell;
      if (held.length > 0 && baseCell) served = wireCell(baseCell, recordProvenance);
      else if (incoming[0]) {
        const claim = incoming[0];
        served = claim.value === '-' ? '-' : wireCell({ kind: 'value', value: claim.value, source: claim.source }, recordProvenance);
      } else {
        // Only "not published" from real sources: it takes a stand-in's place, never a real figure's.
        served = null;
      }
      setWireFigure(wire, figureId, served);
      figures.push({
        areaId,
        year,
        figureId,
        served,
        from: [...held.map((claim) => claim.label), ...incoming.map((claim) => claim.label), ...notPublished.map((place) => `${place} (not published)`)],
        heldBack: false,
      });
    }
    if (index >= 0) yearRecords[index] = wire;
    else yearRecords.splice(insertAt(yearRecords, areaId, areas), 0, wire);
  }

  const years = [...new Set([...base.years, ...Object.keys(reportsByYear)])].filter(isMappaYear).sort();
  const data: ApiDataSet = { areas: base.areas, years, coverage: { publishedYears: publishedYearsOf(areas, years, reportsByYear) }, reportsByYear };
  return { data, questions, figures };
}

/** A new record goes where the areas list puts its area, so every run orders the records alike. */
function insertAt(records: readonly unknown[], areaId: string, areas: readonly Area[]): number {
  const order = new Map(areas.map((area, position) => [area.id, position]));
  const rank = order.get(areaId) ?? areas.length;
  const after = records.findIndex((record) => (order.get((record as { areaId: string }).areaId) ?? areas.length) > rank);
  return after < 0 ? records.length : after;
}

/** A record counts for an area's published years if it is a published report or one of its figures cites a published source. */
function hasPublished(record: unknown): boolean {
  const { provenance, ...rest } = record as { provenance?: { kind?: string } };
  return provenance?.kind === 'published-report' || /"kind":"published-(report|press)"/.test(JSON.stringify(rest));
}

/** For each area, the years with at least one published figure (docs/api.md, coverage). */
export function publishedYearsOf(areas: readonly Area[], years: readonly string[], reportsByYear: Readonly<Record<string, readonly unknown[]>>) {
  return Object.fromEntries(
    areas.map((area) => [
      area.id,
      years.filter((year) => (reportsByYear[year] ?? []).some((record) => (record as { areaId?: string }).areaId === area.id && hasPublished(record))),
    ]),
  );
}
