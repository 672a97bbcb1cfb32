// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { LAYER_ZONES } from '../../eslint.config.js';

/**
 * The layer rules bite: a throwaway project laid out like src/ (two features, shared, domain,
 * lib) is linted with the project's own ESLint config.
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

  it('stop import cycles', () => {
    expect(messagesFor('src/lib/cycle-a.ts')).toContain('import-x/no-cycle');
  });

  it('keep file names kebab-case', () => {
    expect(messagesFor('src/lib/BadName.ts')).toContain('file-names/kebab-case');
  });
});
