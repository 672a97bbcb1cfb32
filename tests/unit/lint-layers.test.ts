// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { LAYER_ZONES, SHARED_ROOMS } from '../../eslint.config.js';

/**
 * The layer rules bite: a throwaway project laid out like src/ (two features, shared, ingest,
 * domain, lib) is linted with the project's own ESLint config.
 */
const FILES: Record<string, string> = {
  'src/features/compare/page.ts': "import { levels } from '../levels/model';\nexport const page = levels;\n",
  'src/features/levels/model.ts': "import { shared } from '../../shared/view/state';\nexport const levels = shared;\n",
  'src/shared/view/state.ts': "import { domain } from '../../domain/cell';\nexport const shared = domain;\n",
  'src/domain/cell.ts': 'export const domain = 1;\n',
  'src/domain/upward.ts': "import { shared } from '../shared/view/state';\nexport const upward = shared;\n",
  'src/lib/cycle-a.ts': "import { b } from './cycle-b';\nexport const a = () => b;\n",
  'src/lib/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = () => a;\n",
  'src/lib/BadName.ts': 'export const bad = 1;\n',
  'src/ingest/read.ts': "import { domain } from '../domain/cell';\nexport const read = domain;\n",
  'src/ingest/with-react.ts': "import { useState } from 'react';\nexport const hook = useState;\n",
  'src/ingest/with-shared.ts': "import { shared } from '../shared/view/state';\nexport const up = shared;\n",
  'src/ingest/with-window.ts': 'export const width = () => window.innerWidth;\n',
  'src/domain/with-ingest.ts': "import { read } from '../ingest/read';\nexport const up = read;\n",
  'src/shared/view/with-ingest.ts': "import { read } from '../../ingest/read';\nexport const down = read;\n",
  'src/shared/user-data/with-view.ts': "import { shared } from '../view/state';\nexport const up = shared;\n",
  // Inside shared: the model is the lowest room, the view the highest; user-data sits between.
  'src/shared/model/values.ts': "import { domain } from '../../domain/cell';\nexport const values = domain;\n",
  'src/shared/model/upward.ts': "import { shared } from '../view/state';\nexport const upward = shared;\n",
  'src/shared/user-data/saved.ts': "import { values } from '../model/values';\nexport const saved = values;\n",
  'src/shared/user-data/upward.ts': "import { rows } from '../data/rows';\nexport const upward = rows;\n",
  'src/shared/data/rows.ts': "import { saved } from '../user-data/saved';\nimport { values } from '../model/values';\nexport const rows = [saved, values];\n",
  'src/shared/charts/bars.ts': "import { rows } from '../data/rows';\nexport const bars = rows;\n",
  'src/shared/report/across.ts': "import { bars } from '../charts/bars';\nexport const across = bars;\n",
  'src/shared/view/shell.ts': "import { bars } from '../charts/bars';\nimport { saved } from '../user-data/saved';\nexport const shell = [bars, saved];\n",
};

let root: string;
let results: ESLint.LintResult[];

function messagesFor(path: string): string[] {
  return (results.find((result) => result.filePath === join(root, path))?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

beforeAll(async () => {
  // Inside the project, so its files count as the project's own (not external) when cycles are traced.
  root = mkdtempSync(join(process.cwd(), '.lint-probe-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const eslint = new ESLint({
    cwd: root,
    ignore: false,
    overrideConfigFile: true,
    // The same zones, measured from the throwaway project instead of the real one.
    overrideConfig: [...config, { files: ['src/**/*.ts'], rules: { 'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES, basePath: root }] } }],
  });
  results = await eslint.lintFiles(['src/**/*.ts']);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the lint rules for layers', () => {
  it('stop one feature importing another', () => {
    expect(messagesFor('src/features/compare/page.ts')).toContain('import-x/no-restricted-paths');
  });

  it('stop a lower layer importing a higher one', () => {
    expect(messagesFor('src/domain/upward.ts')).toContain('import-x/no-restricted-paths');
  });

  it('allow imports down the layers', () => {
    expect(messagesFor('src/features/levels/model.ts')).toEqual([]);
    expect(messagesFor('src/shared/view/state.ts')).toEqual([]);
  });

  it('keep the ingest layer pure: no React, no DOM, nothing from shared', () => {
    expect(messagesFor('src/ingest/with-react.ts')).toContain('no-restricted-imports');
    expect(messagesFor('src/ingest/with-shared.ts')).toContain('import-x/no-restricted-paths');
    expect(messagesFor('src/ingest/with-window.ts')).toContain('no-restricted-globals');
  });

  it('put the ingest layer between domain and shared', () => {
    expect(messagesFor('src/ingest/read.ts')).toEqual([]);
    expect(messagesFor('src/shared/view/with-ingest.ts')).toEqual([]);
    expect(messagesFor('src/domain/with-ingest.ts')).toContain('import-x/no-restricted-paths');
  });

  it('keep the rooms of shared in their order: the model never imports a view, user-data neither the data service nor a view', () => {
    expect(messagesFor('src/shared/model/upward.ts')).toContain('import-x/no-restricted-paths');
    expect(messagesFor('src/shared/user-data/upward.ts')).toContain('import-x/no-restricted-paths');
    expect(messagesFor('src/shared/user-data/with-view.ts')).toContain('import-x/no-restricted-paths');
  });

  it('stop rooms on one step of shared importing each other', () => {
    expect(messagesFor('src/shared/report/across.ts')).toContain('import-x/no-restricted-paths');
  });

  it('allow imports down the rooms of shared', () => {
    for (const path of [
      'src/shared/model/values.ts',
      'src/shared/user-data/saved.ts',
      'src/shared/data/rows.ts',
      'src/shared/charts/bars.ts',
      'src/shared/view/shell.ts',
    ]) {
      expect(messagesFor(path), path).toEqual([]);
    }
  });

  it('give every room of src/shared its place in the order', () => {
    const rooms = readdirSync(join(process.cwd(), 'src', 'shared'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(rooms.length).toBeGreaterThan(0);
    for (const room of rooms) expect(SHARED_ROOMS.flat(), `src/shared/${room.name}`).toContain(room.name);
  });

  it('stop import cycles', () => {
    expect(messagesFor('src/lib/cycle-a.ts')).toContain('import-x/no-cycle');
  });

  it('keep file names kebab-case', () => {
    expect(messagesFor('src/lib/BadName.ts')).toContain('file-names/kebab-case');
  });
});
