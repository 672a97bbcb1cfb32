// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { LAYER_ZONES } from '../../eslint.config.js';

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

  it('keep saved user data at the bottom of shared', () => {
    expect(messagesFor('src/shared/user-data/with-view.ts')).toContain('import-x/no-restricted-paths');
  });

  it('stop import cycles', () => {
    expect(messagesFor('src/lib/cycle-a.ts')).toContain('import-x/no-cycle');
  });

  it('keep file names kebab-case', () => {
    expect(messagesFor('src/lib/BadName.ts')).toContain('file-names/kebab-case');
  });
});
