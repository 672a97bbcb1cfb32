import { MEASURES, type MeasureId } from '../../domain/measures';
import { GRID_TABLE_IDS, gridFigureId, SINGLE_FIGURES, type SingleFigureId } from '../../domain/figure-catalogue';
import { TABLE_LABELS, type GridTableId } from '../../domain/labels';
import type { CategoryKey, LevelKey } from '../../domain/report-schema';
import { describeFigure } from '../common/figure-values';
import { REPORT_FIGURE_IDS } from '../common/report-figure-ids';
import type { HeaderColumn } from './find-table';
import { splitMarkers } from '../common/note-markers';

export type MappingConfidence = 'high' | 'medium' | 'low';

export interface FigureChoice {
  /** A report figure id (see figure-catalogue.ts). */
  figureId: string;
  label: string;
  /** The app's measure that shows this figure, where there is one. */
  measureId?: MeasureId;
}

export interface SuggestedFigure extends FigureChoice {
  confidence: MappingConfidence;
  /** Why, in a sentence for the review. */
  reason: string;
}

export interface ColumnSuggestion {
  column: number;
  ref: string;
  /** The heading without its note markers. */
  header: string;
  notes: string[];
  /** undefined when the heading names nothing we know: the column stays unmapped. */
  suggestion: SuggestedFigure | undefined;
  /** Other figures the heading could mean, most likely first. */
  alternatives: FigureChoice[];
}

export interface MappingContext {
  /** Title and note rows above the table, and the sheet title: they can say which table it is. */
  titleLines: readonly string[];
}

/** Suggests a figure for each heading, using the title rows to tell tables apart. */
export function suggestColumnMappings(columns: readonly HeaderColumn[], context: MappingContext): ColumnSuggestion[] {
  const titleTable = tableCue(context.titleLines.join(' ').toLowerCase());
  const seen = new Map<string, string>();
  return columns.map((column) => {
    const suggestion = suggestWithTitleCue(column.text, titleTable);
    const mapped = suggestion.suggestion;
    if (mapped) {
      const earlier = seen.get(mapped.figureId);
      if (earlier) {
        suggestion.suggestion = {
          ...mapped,
          confidence: 'low',
          reason: `${mapped.reason} Column ${earlier} has the same suggestion: choose which one is meant.`,
        };
      } else {
        seen.set(mapped.figureId, column.ref);
      }
    }
    return { column: column.column, ref: column.ref, ...suggestion };
  });
}

/** Every report figure, for the UI to offer when a column is mapped by hand. */
export function figureChoices(): FigureChoice[] {
  return [...REPORT_FIGURE_IDS].map(figureChoice);
}

function figureChoice(figureId: string): FigureChoice {
  const measure = Object.values(MEASURES).find((candidate) => candidate.figureId === figureId);
  return { figureId, label: describeFigure(figureId), ...(measure ? { measureId: measure.id } : {}) };
}

type TableCue = { table: GridTableId; strength: 'strong' | 'weak' } | { table: 'returnedToCustody'; strength: 'strong' };

const SINGLE_RULES: readonly { id: SingleFigureId; pattern: RegExp; sure?: RegExp }[] = [
  { id: 'rsoPer100k', pattern: /per\s*100[,\s]?000|per\s*100\s*k\b|\brate\b/, sure: /\brsos?\b|registered sex/ },
  { id: 'sroBreachNotifications', pattern: /sexual risk orders?|\bsros?\b/, sure: /breach|notif/ },
  { id: 'orders.shpoForeignTravel', pattern: /foreign travel/ },
  { id: 'orders.notificationOrders', pattern: /notification orders?/ },
  { id: 'revocations', pattern: /\brevo(?:ked|cations?|ke)\b/ },
];
const SHPO = /\bshpos?\b|sexual harm prevention orders?/;

const BREACH_OF_ORDER = /breach(?:es)?\s+of\s+(?:an?\s+|the\s+)?(?:sopo|shpo|sopo\/shpo|order)s?\b|\b(?:sopo|shpo)s?\s+breach/;
const BREACH_OF_LICENCE = /breach(?:es)?\s+of\s+(?:their\s+|a\s+|the\s+)?licen[cs]e|licen[cs]e\s+breach|\brecall(?:s|ed)?\b/;
const RETURNED_TO_CUSTODY = /returned\s+to\s+custody/;
const YEARLY = /during\s+the\s+year|in\s+the\s+year|over\s+the\s+year|yearly|at\s+any\s+(?:point|time)|levels?\s*2\s*(?:and|&|or|\/)\s*3/;
const SNAPSHOT = /(?:on|as\s+at)\s+31(?:st)?\s+march|snapshot|mappa[\s-]+eligible/;
const MAPPA = /\bmappa\b/;

function tableCue(text: string): TableCue | undefined {
  if (BREACH_OF_ORDER.test(text)) return { table: 'breachOfOrder', strength: 'strong' };
  if (BREACH_OF_LICENCE.test(text)) return { table: 'breachOfLicence', strength: 'strong' };
  if (RETURNED_TO_CUSTODY.test(text)) return { table: 'returnedToCustody', strength: 'strong' };
  if (YEARLY.test(text)) return { table: 'level23Yearly', strength: 'strong' };
  if (SNAPSHOT.test(text)) return { table: 'snapshot', strength: 'strong' };
  if (MAPPA.test(text)) return { table: 'snapshot', strength: 'weak' };
  return undefined;
}

const LEVEL = /\blevel\s*([123])\b(?!\s*(?:and|&|or|\/)\s*[23]\b)/;
const CATEGORY = /\bcat(?:egory)?\.?\s*([1-4])\b/;
const CATEGORY_NAMES: readonly [RegExp, CategoryKey][] = [
  [/registered\s+sex(?:ual)?\s+offenders?|\brsos?\b/, 'category1'],
  [/violent\s+offenders?/, 'category2'],
  [/other\s+dangerous\s+offenders?/, 'category3'],
  [/terroris[tm]/, 'category4'],
];
const TOTAL = /\btotal\b|\ball\b/;

function suggestWithTitleCue(heading: string, titleTable: TableCue | undefined): Omit<ColumnSuggestion, 'column' | 'ref'> {
  const { text: header, notes } = splitMarkers(heading);
  const text = header.toLowerCase().replace(/\s+/g, ' ');
  const base = { header, notes };
  if (text === '') return { ...base, suggestion: undefined, alternatives: [] };

  const headerTable = tableCue(text);
  const singles = SINGLE_RULES.filter((rule) => rule.pattern.test(text));
  if (SHPO.test(text) && headerTable?.table !== 'breachOfOrder') singles.push({ id: 'orders.shpo', pattern: SHPO });
  const [single, ...otherSingles] = singles;
  if (single) {
    const sure = !single.sure || single.sure.test(text);
    return {
      ...base,
      suggestion: {
        ...figureChoice(single.id),
        confidence: sure ? 'high' : 'medium',
        reason: `The heading reads as “${SINGLE_FIGURES.find((figure) => figure.id === single.id)?.label ?? single.id}”.`,
      },
      alternatives: otherSingles.map((rule) => figureChoice(rule.id)),
    };
  }

  const level = LEVEL.exec(text)?.[1];
  const categoryNumber = CATEGORY.exec(text)?.[1];
  const levelKey = level ? (`level${level}` as LevelKey) : undefined;
  const categoryKey = categoryNumber ? (`category${categoryNumber}` as CategoryKey) : CATEGORY_NAMES.find(([pattern]) => pattern.test(text))?.[1];
  const total = TOTAL.test(text);
  if (!levelKey && !categoryKey && !total && !headerTable) return { ...base, suggestion: undefined, alternatives: [] };

  const cue = headerTable ?? titleTable;
  const order: GridTableId[] = cue?.table === 'returnedToCustody' ? ['breachOfLicence', 'breachOfOrder'] : cue ? [cue.table] : ['snapshot'];
  const tables = [...order, ...GRID_TABLE_IDS.filter((table) => !order.includes(table))].filter((table) => levelKey !== 'level1' || table === 'snapshot');
  const ids = tables.map((table) => gridFigureId(table, levelKey ?? 'total', categoryKey ?? 'total'));
  const [first, ...rest] = ids;
  if (!first) return { ...base, suggestion: undefined, alternatives: [] };

  const named = [levelKey && `level ${levelKey.slice(-1)}`, categoryKey && `category ${categoryKey.slice(-1)}`].filter(Boolean).join(' and ');
  const chosenTable = tables[0] ?? 'snapshot';
  const source = headerTable ? 'heading' : titleTable ? 'title' : 'assumed';
  const unsure = chosenTable !== order[0] || cue?.table === 'returnedToCustody';
  const confidence: MappingConfidence = unsure
    ? 'low'
    : source === 'assumed'
      ? named
        ? 'medium'
        : 'low'
      : cue?.strength === 'strong' && (source === 'heading' || named)
        ? 'high'
        : 'medium';
  const what = named ? `The heading names ${named}` : 'The heading is a total';
  const where =
    cue?.table === 'returnedToCustody'
      ? `it says returned to custody but not whether for breach of licence or of an order, so “${TABLE_LABELS[chosenTable]}” is assumed`
      : chosenTable !== order[0]
        ? `only “${TABLE_LABELS[chosenTable]}” has level 1`
        : source === 'assumed'
          ? `nothing says which table it is, so “${TABLE_LABELS[chosenTable]}” is assumed`
          : `the ${source} says the table is “${TABLE_LABELS[chosenTable]}”`;
  const reason = `${what}; ${where}.`;
  return {
    ...base,
    suggestion: { ...figureChoice(first), confidence, reason },
    alternatives: rest.map(figureChoice),
  };
}
