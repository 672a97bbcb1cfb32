import type { Area } from '../../domain/area';
import { NATIONAL_ID } from '../../domain/area';
import { splitMarkers } from './note-markers';

/**
 * How a name was matched: "exact" (the app's name, any case and spacing), "variant" (the same
 * words written differently: "Avon & Somerset", "Dyfed-Powys", "Kent [note 2]") or "alias"
 * (a different name for the same area: "Cleveland", "Metropolitan Police", "Total").
 */
export type AreaMatchKind = 'exact' | 'variant' | 'alias';

export interface AreaNameMatch {
  areaId: string;
  how: AreaMatchKind;
}

export interface AreaNameReading {
  /** undefined when the name is not one we know: never guessed, so the UI can ask. */
  match: AreaNameMatch | undefined;
  /** Note markers found beside the name ("note 2"). */
  notes: string[];
}

/** Words that say what kind of body a name is, not which area. */
const FILLER_WORDS: ReadonlySet<string> = new Set(['and', 'the', 'of', 'mappa', 'area', 'police', 'constabulary', 'service', 'probation', 'force']);

/** Other names of areas, as filler-free keys (see nameKey). */
const ALIASES: Readonly<Record<string, string>> = {
  cleveland: 'teesside',
  metropolitan: 'london',
  met: 'london',
  mps: 'london',
  londonmps: 'london',
  greaterlondon: 'london',
  countydurham: 'durham',
  hampshireislewight: 'hampshire',
  gogleddcymru: 'north-wales',
  decymru: 'south-wales',
};

/** Letters only, lower case, accents and filler words dropped: "Avon & Somerset [note 1]" → "avonsomerset". */
function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/&/g, ' and ')
    .split(/[^a-z]+/)
    .filter((word) => word !== '' && !FILLER_WORDS.has(word));
}

export class AreaNameIndex {
  private readonly byKey = new Map<string, string>();
  private readonly byExactName = new Map<string, string>();
  private readonly ids: ReadonlySet<string>;

  constructor(areas: readonly Area[]) {
    this.ids = new Set(areas.map((area) => area.id));
    for (const area of areas) {
      this.byKey.set(nameWords(area.name).join(''), area.id);
      this.byExactName.set(exactKey(area.name), area.id);
    }
  }

  match(raw: string): AreaNameReading {
    const { text, notes } = splitMarkers(raw);
    const exact = this.byExactName.get(exactKey(text));
    if (exact) return { match: { areaId: exact, how: 'exact' }, notes };
    const words = nameWords(text);
    const key = words.join('');
    const variant = key === '' ? undefined : this.byKey.get(key);
    if (variant) return { match: { areaId: variant, how: 'variant' }, notes };
    const alias = this.alias(words);
    return { match: alias ? { areaId: alias, how: 'alias' } : undefined, notes };
  }

  private alias(words: readonly string[]): string | undefined {
    const aliased = ALIASES[words.join('')];
    if (aliased && this.ids.has(aliased)) return aliased;
    // "Total", "England and Wales total", "Total (England & Wales)": the national row.
    if (words.includes('total')) {
      const rest = words.filter((word) => word !== 'total').join('');
      if ((rest === '' || rest === 'englandwales') && this.ids.has(NATIONAL_ID)) return NATIONAL_ID;
    }
    return undefined;
  }
}

function exactKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface NamedRow {
  /** 0-based row index in the sheet. */
  row: number;
  /** Reference of the area cell, like "A7". */
  ref: string;
  text: string;
}

export interface AreaRowMatch extends NamedRow, AreaNameReading {
  /** Set when an earlier row matched the same area: the UI must ask which one is meant. */
  duplicateOfRow?: number;
}

export interface AreaRowMatches {
  rows: AreaRowMatch[];
  unmatched: AreaRowMatch[];
  /** Areas (or, in a table of probation regions, regions) with no row in the table, in the order given. */
  absent: string[];
}

/** Matches each row's area name; unmatched names and repeated areas are left for the UI to ask about. */
export function matchAreaRows(rows: readonly NamedRow[], areas: readonly Area[]): AreaRowMatches {
  const index = new AreaNameIndex(areas);
  const firstRowOf = new Map<string, number>();
  const matched = rows.map((row): AreaRowMatch => {
    const reading = index.match(row.text);
    const areaId = reading.match?.areaId;
    const earlier = areaId === undefined ? undefined : firstRowOf.get(areaId);
    if (areaId !== undefined && earlier === undefined) firstRowOf.set(areaId, row.row);
    return { ...row, ...reading, ...(earlier === undefined ? {} : { duplicateOfRow: earlier }) };
  });
  // A table of areas is not missing the probation regions, nor a table of regions the areas.
  const ofRegions = areas.some((area) => area.kind === 'region' && firstRowOf.has(area.id));
  const expected = (area: Area) => area.kind === 'national' || (area.kind === 'region') === ofRegions;
  return {
    rows: matched,
    unmatched: matched.filter((row) => !row.match),
    absent: areas.filter((area) => expected(area) && !firstRowOf.has(area.id)).map((area) => area.id),
  };
}
