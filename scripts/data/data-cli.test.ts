import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nationalTableRows } from '../../src/ingest/spreadsheet/national-table.fixture';
import { workbookBytes } from '../../src/ingest/spreadsheet/workbook-fixtures';
import type { ReportWire } from '../../src/domain/report-schema';
import { dataBundleText } from '../../src/ingest/bundle/data-bundle';
import type { ApiDataSet } from '../../src/shared/data/api-contract';
import { pdfFromText } from '../../tests/e2e/pdf-fixture';
import { fixtureText, MADE_UP_REGIONAL_REPORT, replaceLine, seedText } from '../../tests/fixtures/import/texts';
import { builtApiFiles, fixtureDataSet, staticApiFiles } from '../vite-plugins';
import { runAdd, runBuild, runCheck, type CommandContext } from './commands';
import { dataFolder } from './data-folder';

const FIXTURES = join(__dirname, '..', '..', 'mocks', 'fixtures');
const BASE = fixtureDataSet(FIXTURES);
const TODAY = staticApiFiles(FIXTURES);

let seedPdf: Buffer;
beforeAll(async () => {
  seedPdf = await pdfFromText(seedText());
});

const temporary: string[] = [];
afterEach(() => {
  for (const path of temporary.splice(0)) rmSync(path, { recursive: true, force: true });
});

/** A temporary folder with these files in it. */
function folderWith(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'mappa-data-'));
  temporary.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

interface Run {
  context: CommandContext;
  output: () => string;
}

function runIn(root: string, extra: Partial<CommandContext> = {}): Run {
  let text = '';
  const context: CommandContext = {
    folder: dataFolder(join(root, 'data')),
    base: BASE,
    output: { write: (chunk: string) => (text += chunk) },
    strict: false,
    now: () => new Date('2025-01-02T03:04:05.000Z'),
    ...extra,
  };
  return { context, output: () => text };
}

/** Every file under a folder: relative path → content. */
function filesUnder(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(root, full)] = readFileSync(full, 'latin1');
    }
  };
  walk(root);
  return files;
}

function served(root: string, year: string, areaId: string): unknown {
  const file = JSON.parse(readFileSync(join(root, 'data', 'build', 'api', 'reports', `${year}.json`), 'utf8')) as { reports: { areaId: string }[] };
  return file.reports.find((record) => record.areaId === areaId);
}

function todays(year: string, areaId: string): unknown {
  return (JSON.parse(TODAY[`reports/${year}.json`] ?? '{}') as { reports: { areaId: string }[] }).reports.find((record) => record.areaId === areaId);
}

const SHPO_260 = replaceLine(seedText(), 'SHPO\t253', 'SHPO\t260');
const UNKNOWN_AREA = seedText().replace(/West Midlands/g, 'Narnia');

describe('npm run data: the seed report, as a PDF and as text', () => {
  it('add then build serves West Midlands 2021-22 exactly as today, a published report, and every other file too', async () => {
    const root = folderWith({ 'reports/west-midlands-2021-22.txt': seedText() });
    const run = runIn(root);
    expect(await runAdd([join(root, 'reports')], run.context)).toBe(0);
    expect(run.output()).toContain('Added 1 file.');
    expect(run.output()).toContain('No question is open.');
    expect(await runBuild(run.context)).toBe(0);
    const record = served(root, '2021-22', 'west-midlands');
    expect(record).toEqual(todays('2021-22', 'west-midlands'));
    expect(record).toMatchObject({ provenance: { kind: 'published-report', title: 'West Midlands MAPPA Annual Report 2021-22' } });
    expect(builtApiFiles(join(root, 'data'))).toEqual(TODAY);
    // The manifest cites every place that gives a figure: the report held, the PDF's page and line, the text's line.
    const manifest = JSON.parse(readFileSync(join(root, 'data', 'build', 'manifest.json'), 'utf8')) as {
      figures: { figure: string; area: string; from: string[] }[];
    };
    const shpo = manifest.figures.find((figure) => figure.area === 'west-midlands' && figure.figure === 'orders.shpo');
    expect(shpo?.from).toEqual(['held: West Midlands MAPPA Annual Report 2021-22', 'west-midlands-2021-22.txt, line 116']);
  });

  // Known gap (issue 26 item 3): the PDF's text loses the blank heading cells the text version keeps, so the
  // columns its headings do not name are asked about figure by figure, never read by position.
  it('asks to check, never reads by position, the PDF columns whose headings the PDF text does not name', async () => {
    const root = folderWith({ 'reports/west-midlands-2021-22.pdf': seedPdf });
    const run = runIn(root);
    expect(await runAdd([join(root, 'reports')], run.context)).toBe(0);
    expect(run.output()).toMatch(/\d+ questions are open/);
    const questions = readFileSync(join(root, 'data', 'questions.yaml'), 'utf8');
    const ids = [...questions.matchAll(/^ {2}- id: (.+)$/gm)].map((match) => match[1] ?? '');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('figure-check|west-midlands-2021-22.pdf|'))).toBe(true);
  });

  it('a report for an area held only as illustrative replaces it whole, as a published report', async () => {
    const kent = seedText().replace(/West Midlands/g, 'Kent');
    const root = folderWith({ 'kent-2021-22.txt': kent });
    const run = runIn(root);
    expect(await runAdd([join(root, 'kent-2021-22.txt')], run.context)).toBe(0);
    expect(await runBuild(run.context)).toBe(0);
    const seed = todays('2021-22', 'west-midlands') as Record<string, unknown>;
    expect(served(root, '2021-22', 'kent')).toEqual({
      ...seed,
      areaId: 'kent',
      provenance: { kind: 'published-report', title: 'Kent MAPPA Annual Report 2021-22', year: '2021-22' },
    });
    const coverage = JSON.parse(readFileSync(join(root, 'data', 'build', 'api', 'coverage.json'), 'utf8')) as { publishedYears: Record<string, string[]> };
    expect(coverage.publishedYears.kent).toContain('2021-22');
    expect(readFileSync(join(root, 'data', 'build', 'summary.md'), 'utf8')).toMatch(/\| 2021-22 \| areas \| 42 \| \d+ \| 2 \|/);
  });
});

describe('npm run data: a regional report (the made-up 2024-25 West Midlands region text)', () => {
  it('serves its totals as the region’s figures in place of the illustrative ones, and its table by area as those areas’ figures', async () => {
    const root = folderWith({ [`reports/${MADE_UP_REGIONAL_REPORT}`]: fixtureText(MADE_UP_REGIONAL_REPORT) });
    const run = runIn(root);
    expect(await runAdd([join(root, 'reports')], run.context)).toBe(0);
    expect(run.output()).toContain('No question is open.');
    expect(await runBuild(run.context)).toBe(0);
    const region = served(root, '2024-25', 'region-west-midlands') as { provenance: unknown; snapshot: { grandTotal: unknown } };
    expect(region.provenance).toEqual({ kind: 'published-report', title: 'West Midlands region MAPPA Annual Report 2024-25', year: '2024-25' });
    expect(region.snapshot.grandTotal).toBe(11173);
    expect((todays('2024-25', 'region-west-midlands') as { provenance: { kind: string } }).provenance.kind).toBe('illustrative');
    const warwickshire = served(root, '2024-25', 'warwickshire') as { snapshot: { grandTotal: unknown; columnTotals: unknown } };
    expect(warwickshire.snapshot.grandTotal).toBe(947);
    expect(warwickshire.snapshot.columnTotals).toEqual({ category1: 712, category2: 231, category3: 2, category4: 2 });
    // Another region's area has no table by area here: still not reported by area.
    expect(served(root, '2024-25', 'kent')).toBeUndefined();
  });

  // The test PDF's lines are cut at the page's edge and its cells lose their tabs, so its table
  // by area has no column headings left: asked about, never read by position.
  it('as a PDF: the region and year from its title; the table by area it cannot read is asked about', async () => {
    const file = MADE_UP_REGIONAL_REPORT.replace(/\.txt$/, '.pdf');
    const root = folderWith({ [`reports/${file}`]: await pdfFromText(fixtureText(MADE_UP_REGIONAL_REPORT)) });
    const run = runIn(root);
    expect(await runAdd([join(root, 'reports')], run.context)).toBe(0);
    const questions = readFileSync(join(root, 'data', 'questions.yaml'), 'utf8');
    expect(questions).not.toContain(`report-area|${file}`);
    expect(questions).not.toContain(`report-year|${file}`);
    expect(questions).toMatch(new RegExp(`- id: table-shape\\|${file.replace(/\./g, '\\.')}\\|line \\d+`));
    expect(questions).toContain('was not read: it has no column headings. We never read a column its heading does not name.');
  });
});

describe('npm run data: a folder with an unreadable file, a duplicate report and an unmatched area name', () => {
  const files = () => ({
    'in/broken.pdf': '%PDF-1.7 this is not really a PDF',
    'in/west-midlands-2021-22.txt': seedText(),
    'in/west-midlands-2021-22-copy.txt': SHPO_260,
    'in/narnia-2021-22.txt': UNKNOWN_AREA,
  });

  it('writes the questions, publishes nothing for what they concern, builds the rest; the answers settle them', async () => {
    const root = folderWith(files());
    const run = runIn(root);
    expect(await runAdd([join(root, 'in')], run.context)).toBe(1);
    expect(run.output()).toMatch(/broken\.pdf: NOT READ: This file could not be read as a PDF/);
    expect(run.output()).toContain('Added 3 files; 1 file could not be read.');
    const inputs = JSON.parse(readFileSync(join(root, 'data', 'inputs.json'), 'utf8')) as { inputs: { name: string }[] };
    expect(inputs.inputs.map((input) => input.name)).toEqual(['narnia-2021-22.txt', 'west-midlands-2021-22-copy.txt', 'west-midlands-2021-22.txt']);
    const questions = readFileSync(join(root, 'data', 'questions.yaml'), 'utf8');
    expect(questions).toContain('# 2 questions are open.');
    expect(questions).toContain('- id: figure-differs|west-midlands|2021-22|orders.shpo');
    expect(questions).toContain('"253": "253: held: West Midlands MAPPA Annual Report 2021-22; west-midlands-2021-22.txt, line 116"');
    expect(questions).toContain('"260": "260: west-midlands-2021-22-copy.txt, line 116"');
    expect(questions).toContain('- id: report-area|narnia-2021-22.txt');
    expect(questions).toContain('answer like: \'"report-area|narnia-2021-22.txt": <one of the choices>\'');

    expect(await runBuild(run.context)).toBe(0);
    const held = served(root, '2021-22', 'west-midlands') as { orders: { shpo: unknown }; snapshot: { grandTotal: unknown } };
    expect(held.orders.shpo).toBeNull();
    expect(held.snapshot.grandTotal).toBe(5486);
    expect(served(root, '2021-22', 'kent')).toEqual(todays('2021-22', 'kent'));
    const manifest = JSON.parse(readFileSync(join(root, 'data', 'build', 'manifest.json'), 'utf8')) as { figures: { figure: string; heldBack?: boolean }[] };
    expect(manifest.figures.filter((figure) => figure.heldBack).map((figure) => figure.figure)).toEqual(['orders.shpo']);
    expect(await runCheck(run.context)).toBe(1);
    expect(run.output()).toMatch(/open question figure-differs\|west-midlands\|2021-22\|orders\.shpo/);

    writeFileSync(
      join(root, 'data', 'answers.yaml'),
      ['"figure-differs|west-midlands|2021-22|orders.shpo": "253"', '"report-area|narnia-2021-22.txt": kent', ''].join('\n'),
    );
    expect(await runBuild(run.context)).toBe(0);
    expect((served(root, '2021-22', 'west-midlands') as { orders: { shpo: unknown } }).orders.shpo).toBe(253);
    expect(served(root, '2021-22', 'kent')).toMatchObject({ areaId: 'kent', provenance: { title: 'Kent MAPPA Annual Report 2021-22' }, orders: { shpo: 253 } });
    expect(readFileSync(join(root, 'data', 'questions.yaml'), 'utf8')).toContain('# No question is open.');
    expect(await runCheck(run.context)).toBe(0);
    expect(run.output()).toContain('The data is ready: 3 inputs read, every schema holds, no question is open.');
  });

  it('shows every value as disputed, each citing its source, when the answer says so', async () => {
    const root = folderWith(files());
    const run = runIn(root);
    await runAdd([join(root, 'in')], run.context);
    writeFileSync(join(root, 'data', 'answers.yaml'), '"figure-differs|west-midlands|2021-22|orders.shpo": disputed\n');
    expect(await runBuild(run.context)).toBe(0);
    expect((served(root, '2021-22', 'west-midlands') as { orders: { shpo: unknown } }).orders.shpo).toEqual({
      disputed: [
        {
          value: 253,
          source: { kind: 'published-report', title: 'West Midlands MAPPA Annual Report 2021-22', year: '2021-22' },
          alsoQuotedBy: [
            { kind: 'published-report', title: 'West Midlands MAPPA Annual Report 2021-22 (west-midlands-2021-22.txt, line 116)', year: '2021-22' },
          ],
        },
        {
          value: 260,
          source: { kind: 'published-report', title: 'West Midlands MAPPA Annual Report 2021-22 (west-midlands-2021-22-copy.txt, line 116)', year: '2021-22' },
        },
      ],
    });
  });

  it('cites the file a chosen value came from, never the report it contradicts', async () => {
    const root = folderWith(files());
    const run = runIn(root);
    await runAdd([join(root, 'in')], run.context);
    writeFileSync(join(root, 'data', 'answers.yaml'), '"figure-differs|west-midlands|2021-22|orders.shpo": "260"\n');
    expect(await runBuild(run.context)).toBe(0);
    expect((served(root, '2021-22', 'west-midlands') as { orders: { shpo: unknown } }).orders.shpo).toEqual({
      value: 260,
      source: { kind: 'published-report', title: 'West Midlands MAPPA Annual Report 2021-22 (west-midlands-2021-22-copy.txt, line 116)', year: '2021-22' },
    });
  });

  it('refuses an answer that is not one of the choices, naming its line, and writes nothing', async () => {
    const root = folderWith(files());
    const run = runIn(root);
    await runAdd([join(root, 'in')], run.context);
    expect(await runBuild(run.context)).toBe(0);
    const before = filesUnder(join(root, 'data'));
    writeFileSync(join(root, 'data', 'answers.yaml'), ['# my answers', '"report-area|narnia-2021-22.txt": narnia', ''].join('\n'));
    expect(await runBuild(run.context)).toBe(1);
    expect(run.output()).toMatch(/answers\.yaml line 2: “narnia” is not an answer to report-area\|narnia-2021-22\.txt: expected one of “avon-and-somerset”/);
    expect(filesUnder(join(root, 'data'))).toEqual({ ...before, 'answers.yaml': expect.any(String) });
    writeFileSync(join(root, 'data', 'answers.yaml'), 'a: 1\na: 2\n');
    expect(await runBuild(run.context)).toBe(1);
    expect(run.output()).toMatch(/answers\.yaml line 2: Map keys must be unique/);
    expect(await runCheck(run.context)).toBe(1);
  });

  it('reads a national table: an unknown name and an unsure column are asked, everything else is read', async () => {
    const rows = nationalTableRows().map((row) => (row[0] === 'Hampshire' ? ['Hants', ...row.slice(1)] : row));
    const root = folderWith({ 'tables.xlsx': workbookBytes([{ name: 'Table_2', rows }], 'xlsx') });
    const run = runIn(root);
    await runAdd([join(root, 'tables.xlsx')], run.context);
    const questions = readFileSync(join(root, 'data', 'questions.yaml'), 'utf8');
    expect(questions).toContain('- id: area-name|tables.xlsx|Table_2!A20');
    expect(questions).toContain('where: tables.xlsx, sheet Table_2, cell A20');
    await runBuild(run.context);
    const fromTable = (name: string) => ({
      value: rows.find((row) => row[0] === name)?.[2],
      source: { kind: 'published-report', title: expect.stringContaining('(tables.xlsx, sheet Table_2)'), year: '2022-23' },
    });
    const category2 = (areaId: string) =>
      (served(root, '2022-23', areaId) as { snapshot: { columnTotals: { category2: unknown } } }).snapshot.columnTotals.category2;
    expect(category2('kent')).toEqual(fromTable('Kent [note 3]'));
    // The row the name question is about is not read: Hampshire stays as it was.
    expect(served(root, '2022-23', 'hampshire')).toEqual(todays('2022-23', 'hampshire'));

    writeFileSync(join(root, 'data', 'answers.yaml'), '"area-name|tables.xlsx|Table_2!A20": hampshire\n');
    await runBuild(run.context);
    expect(category2('hampshire')).toEqual(fromTable('Hants'));
  });
});

describe('npm run data: the same inputs, the same data', () => {
  it('two builds are byte-identical, and so are builds of the same files added to two folders', async () => {
    const inputs = { 'in/west-midlands-2021-22.txt': seedText(), 'in/copy.txt': SHPO_260, 'in/seed.pdf': seedPdf };
    const first = folderWith(inputs);
    const run = runIn(first);
    await runAdd([join(first, 'in')], run.context);
    await runBuild(run.context);
    const once = filesUnder(join(first, 'data', 'build'));
    await runBuild(run.context);
    expect(filesUnder(join(first, 'data', 'build'))).toEqual(once);
    const second = folderWith(inputs);
    const other = runIn(second, { now: () => new Date('2030-06-07T08:09:10.000Z') });
    await runAdd([join(second, 'in', 'seed.pdf'), join(second, 'in')], other.context);
    await runBuild(other.context);
    expect(filesUnder(join(second, 'data', 'build'))).toEqual(once);
  });

  it('adding a file twice changes nothing, even under another name', async () => {
    const root = folderWith({ 'a/seed.txt': seedText(), 'b/renamed.txt': seedText() });
    const run = runIn(root);
    await runAdd([join(root, 'a', 'seed.txt')], run.context);
    const before = filesUnder(join(root, 'data'));
    expect(await runAdd([join(root, 'a', 'seed.txt'), join(root, 'b', 'renamed.txt')], run.context)).toBe(0);
    expect(run.output()).toMatch(/renamed\.txt: held already as seed\.txt: nothing changed/);
    expect(filesUnder(join(root, 'data'))).toEqual(before);
  });

  it('names a file that shares another input’s name apart, so their questions do not mix', async () => {
    const root = folderWith({ 'a/report.txt': UNKNOWN_AREA, 'b/report.txt': UNKNOWN_AREA.replace('Introduction', 'Foreword') });
    const run = runIn(root);
    await runAdd([join(root, 'a'), join(root, 'b')], run.context);
    const questions = readFileSync(join(root, 'data', 'questions.yaml'), 'utf8');
    expect(questions).toContain('- id: report-area|report.txt');
    expect(questions).toContain('- id: report-area|report (2).txt');
  });
});

describe('npm run data: the app’s own files', () => {
  it('reads a MAPPA Compare CSV and a data bundle: real figures in, illustrative ones never', async () => {
    const csv = [
      'area,area_id,year,measure,measure_id,value,unit,value_status,source',
      'Kent,kent,2021-22,SHPOs,orders.shpo,99,people,published,Kent MAPPA Annual Report 2021-22',
      'Kent,kent,2021-22,Revocations,revocations,7,people,illustrative,Illustrative value (synthetic)',
      '',
    ].join('\n');
    const kentWire = { ...(todays('2021-22', 'kent') as ReportWire), orders: { shpo: 41, shpoForeignTravel: 0, notificationOrders: 1 } };
    const bundle = dataBundleText([
      {
        fileName: 'surrey.pdf',
        savedAt: '2024-05-01T10:00:00.000Z',
        figureIds: ['orders.shpo'],
        report: { ...kentWire, areaId: 'surrey', provenance: { kind: 'imported', fileName: 'surrey.pdf', importedAt: '2024-05-01T10:00:00.000Z' } },
      },
    ]);
    const root = folderWith({ 'kent.csv': csv, 'my-imports.json': bundle });
    const run = runIn(root);
    expect(await runAdd([root], run.context)).toBe(0);
    expect(run.output()).toMatch(/kent\.csv: added as kent\.csv \(tidy-csv\)/);
    expect(run.output()).toMatch(/my-imports\.json: added as my-imports\.json \(bundle\)/);
    await runBuild(run.context);
    const kent = served(root, '2021-22', 'kent') as { orders: { shpo: unknown }; revocations: unknown };
    expect(kent.orders.shpo).toEqual({ value: 99, source: { kind: 'published-report', title: 'kent.csv (a MAPPA Compare CSV)', year: '2021-22' } });
    expect(kent.revocations).toEqual((todays('2021-22', 'kent') as { revocations: unknown }).revocations);
    const surrey = served(root, '2021-22', 'surrey') as { orders: { shpo: unknown } };
    expect(surrey.orders.shpo).toEqual({
      value: 41,
      source: { kind: 'published-report', title: 'surrey.pdf, imported in MAPPA Compare on 2024-05-01 (my-imports.json)', year: '2021-22' },
    });
    const manifest = readFileSync(join(root, 'data', 'build', 'manifest.json'), 'utf8');
    expect(manifest).toContain('line 3: Skipped revocations: an illustrative (synthetic) value is never imported as a real figure.');
  });
});

describe('npm run data -- check', () => {
  it('fails on a schema failure, naming the file and record', async () => {
    const root = folderWith({});
    const broken: ApiDataSet = {
      ...BASE,
      reportsByYear: { ...BASE.reportsByYear, '2021-22': (BASE.reportsByYear['2021-22'] ?? []).map((record) => ({ ...(record as object), revocations: -1 })) },
    };
    const run = runIn(root, { base: broken });
    expect(await runCheck(run.context)).toBe(1);
    expect(run.output()).toMatch(/api\/reports\/2021-22\.json: avon-and-somerset 2021-22: revocations: Counts cannot be negative/);
    expect(await runBuild(run.context)).toBe(1);
    expect(run.output()).toContain("Nothing was written: the built data fails the app's schemas.");
  });

  it('fails while the build is not what the inputs build now, and passes once rebuilt', async () => {
    const root = folderWith({ 'seed.txt': seedText() });
    const run = runIn(root);
    await runBuild(run.context);
    expect(await runCheck(run.context)).toBe(0);
    await runAdd([join(root, 'seed.txt')], run.context);
    expect(await runCheck(run.context)).toBe(1);
    expect(run.output()).toMatch(/is not what the inputs and answers build now \(\d+ files differ, e\.g\. manifest\.json\): run npm run data -- build/);
    await runBuild(run.context);
    expect(await runCheck(run.context)).toBe(0);
  });

  it('--strict makes add and build fail while questions remain', async () => {
    const root = folderWith({ 'narnia.txt': UNKNOWN_AREA });
    const run = runIn(root, { strict: true });
    expect(await runAdd([join(root, 'narnia.txt')], run.context)).toBe(1);
    expect(await runBuild(run.context)).toBe(1);
    expect(await runBuild({ ...run.context, strict: false })).toBe(0);
  });
});
