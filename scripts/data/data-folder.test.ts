import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { builtApiFiles, staticApi } from '../vite-plugins';
import { replaceFolderAtomic, uniqueInputName, writeFileAtomic } from './data-folder';
import { progressOn } from './progress';

const FIXTURES = join(__dirname, '..', '..', 'mocks', 'fixtures');

/** The files a static-API plugin puts into a build: its two hooks run as Vite runs them. */
function emitted(plugin: Plugin): Record<string, string> {
  const files: Record<string, string> = {};
  const logger = { info: () => undefined };
  const configResolved = plugin.configResolved as (config: unknown) => void;
  const generateBundle = plugin.generateBundle as (this: unknown) => void;
  configResolved({ logger });
  generateBundle.call({ emitFile: (file: { fileName: string; source: string }) => (files[file.fileName] = file.source) });
  return files;
}

const temporary: string[] = [];
afterEach(() => {
  for (const path of temporary.splice(0)) rmSync(path, { recursive: true, force: true });
});

function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), 'mappa-folder-'));
  temporary.push(root);
  return root;
}

describe('the data folder loses nothing to a failed run', () => {
  it('writes a file whole, leaving no temporary file behind', () => {
    const path = join(scratch(), 'questions.yaml');
    writeFileAtomic(path, 'old\n');
    writeFileAtomic(path, 'new\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(join(path, '..'))).toEqual(['questions.yaml']);
  });

  it('replaces a folder whole, and keeps the old one as it was when writing the new one fails', () => {
    const build = join(scratch(), 'build');
    replaceFolderAtomic(build, new Map([['api/areas.json', '{"areas":[]}']]));
    expect(readFileSync(join(build, 'api', 'areas.json'), 'utf8')).toBe('{"areas":[]}');
    // "api" cannot be a file and a folder at once: the second write fails half-way.
    expect(() =>
      replaceFolderAtomic(
        build,
        new Map([
          ['api', 'a file'],
          ['api/years.json', '{}'],
        ]),
      ),
    ).toThrow();
    expect(readFileSync(join(build, 'api', 'areas.json'), 'utf8')).toBe('{"areas":[]}');
    expect(readdirSync(join(build, '..'))).toEqual(['build']);
  });

  it('names an input apart from another of the same name', () => {
    expect(uniqueInputName('/x/report.pdf', new Set())).toBe('report.pdf');
    expect(uniqueInputName('/y/report.pdf', new Set(['report.pdf', 'report (2).pdf']))).toBe('report (3).pdf');
  });
});

describe('progress on standard error', () => {
  it('writes plain lines, one per file, where the output is not a terminal (CI logs)', () => {
    let text = '';
    const progress = progressOn({ write: (chunk: string) => (text += chunk) });
    const file = progress.file('seed.pdf', 1, 2);
    file.update(3, 9);
    file.done('west-midlands 2021-22');
    progress.file('broken.pdf', 2, 2).failed('not a PDF');
    expect(text).toBe('[1/2] seed.pdf: west-midlands 2021-22\n[2/2] broken.pdf: NOT READ: not a PDF\n');
  });

  it('draws a bar per file on a terminal, left on screen with what came of it', () => {
    let text = '';
    const terminal = Object.assign(
      { write: (chunk: string) => ((text += chunk), true), cursorTo: () => true, clearLine: () => true, moveCursor: () => true, columns: 200 },
      { isTTY: true },
    );
    const file = progressOn(terminal).file('seed.pdf', 1, 1);
    file.update(1, 4);
    file.done('west-midlands 2021-22');
    expect(text).toContain('[1/1] ');
    expect(text).toContain('100% seed.pdf : west-midlands 2021-22');
    expect(text).toMatch(/█{20}/);
  });
});

describe('npm run build serves the built data when there is some', () => {
  it('reads the static API a data build wrote, and the fixtures when there is none', () => {
    const data = scratch();
    expect(builtApiFiles(data)).toBeUndefined();
    mkdirSync(join(data, 'build', 'api', 'reports'), { recursive: true });
    writeFileSync(join(data, 'build', 'api', 'years.json'), '{"years":["2021-22"]}');
    writeFileSync(join(data, 'build', 'api', 'reports', '2021-22.json'), '{"year":"2021-22","reports":[]}');
    expect(builtApiFiles(data)).toEqual({ 'reports/2021-22.json': '{"year":"2021-22","reports":[]}', 'years.json': '{"years":["2021-22"]}' });
    expect(emitted(staticApi(FIXTURES, data))).toEqual({
      'api/reports/2021-22.json': '{"year":"2021-22","reports":[]}',
      'api/years.json': '{"years":["2021-22"]}',
    });
    const fixtures = emitted(staticApi(FIXTURES, scratch()));
    expect(Object.keys(fixtures)).toHaveLength(53);
    expect(fixtures['api/years.json']).toBe(readFileSync(join(FIXTURES, 'years.json'), 'utf8').replace(/\s/g, ''));
  });
});

describe('the command itself', () => {
  it('runs as npm run data does: usage, unknown commands, and a check of an empty folder', async () => {
    const run = promisify(execFile);
    const root = scratch();
    const cli = (...args: string[]) =>
      run(join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx'), [join(__dirname, 'cli.ts'), ...args], { cwd: root }).then(
        ({ stderr }) => ({ code: 0, stderr }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
    expect(await cli('--help')).toMatchObject({ code: 0, stderr: expect.stringContaining('Usage: npm run data -- <command> [options]') });
    expect(await cli('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command “frobnicate”.') });
    const check = await cli('check');
    expect(check).toMatchObject({ code: 0, stderr: expect.stringContaining('The data is ready: 0 inputs read') });
    expect(existsSync(join(root, 'data'))).toBe(false);
  });
});
