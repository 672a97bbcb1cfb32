import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Markup from strings is how script gets into a page: React escapes text, so keep it that way.
const NO_DANGEROUS_HTML = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'dangerouslySetInnerHTML bypasses React’s escaping (XSS risk): render elements, or text, instead. See docs/security.md.',
};
const NO_HTML_ASSIGNMENT = {
  selector: "AssignmentExpression[left.type='MemberExpression'][left.property.name=/^(innerHTML|outerHTML)$/]",
  message: 'Assigning innerHTML/outerHTML parses a string as markup (XSS risk): build nodes, set textContent, or parse with DOMParser. See docs/security.md.',
};
const NO_INSERT_HTML = {
  selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
  message: 'insertAdjacentHTML parses a string as markup (XSS risk): build nodes or set textContent instead. See docs/security.md.',
};

const NO_BARE_ZOD = { name: 'zod', message: "Import { z } from 'src/lib/zod' instead: it turns off zod's eval probe, which the CSP reports." };
const INGEST_IS_PURE = 'The ingest layer is pure TypeScript that runs under Node and in the browser: no React, no DOM (docs/architecture.md).';
const NOT_IN_INGEST = ['react', 'react-dom', 'react-dom/client', 'zustand', '@tanstack/react-query'].map((name) => ({ name, message: INGEST_IS_PURE }));
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'HTMLElement',
  'DOMParser',
  'XMLSerializer',
  'requestAnimationFrame',
  'getComputedStyle',
  'matchMedia',
];

/**
 * The layers of docs/architecture.md, lowest last: app → features → shared → ingest → domain → lib (ingest in INGEST_ZONES).
 * A layer imports only from the layers below it, and no feature imports another.
 */
const LAYERS_ABOVE = {
  './src/lib': ['./src/domain', './src/shared', './src/features', './src/app'],
  './src/domain': ['./src/shared', './src/features', './src/app'],
  './src/shared': ['./src/features', './src/app'],
  './src/features': ['./src/app'],
};
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
/**
 * The ingest layer sits between domain and shared: it reads report files into records, for the
 * browser and the command line alike.
 */
const INGEST_ZONES = [
  {
    target: ['./src/lib', './src/domain'],
    from: './src/ingest',
    message: 'Imports go down the layers only (app → features → shared → ingest → domain → lib): see docs/architecture.md.',
  },
  {
    target: './src/ingest',
    from: ['./src/shared', './src/features', './src/app'],
    message: 'The ingest layer imports only src/domain, src/lib and libraries without React or the DOM, so the command line can run it (docs/architecture.md).',
  },
];
/**
 * The rooms of src/shared, lowest first (docs/architecture.md): a room imports only from the rooms
 * below it, and rooms on one step never import each other. `user-data` (the user's saved
 * imports) may use the model; the data and the views use it.
 */
export const SHARED_ROOMS = [['model'], ['user-data'], ['data'], ['charts', 'report', 'areas'], ['export'], ['view']];
const SHARED_ORDER = SHARED_ROOMS.map((rooms) => rooms.join(' | ')).join(' → ');
const SHARED_ZONES = SHARED_ROOMS.flatMap((step, index) => {
  const above = SHARED_ROOMS.slice(index).flat();
  return step.map((room) => ({
    target: `./src/shared/${room}`,
    from: above.filter((other) => other !== room).map((other) => `./src/shared/${other}`),
    message: `Inside src/shared, imports go down the rooms only (${SHARED_ORDER}, lowest first), never across one step: see docs/architecture.md.`,
  }));
}).filter((zone) => zone.from.length > 0);
export const LAYER_ZONES = [
  ...INGEST_ZONES,
  ...Object.entries(LAYERS_ABOVE).map(([target, from]) => ({
    target,
    from,
    message: 'Imports go down the layers only (app → features → shared → domain → lib): see docs/architecture.md.',
  })),
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: move what both need into src/shared or src/domain (docs/architecture.md).',
  })),
  ...SHARED_ZONES,
];

/** File names are kebab-case, like every other file here (a maintained rule for this needs a plugin that does not support ESLint 10 yet). */
const fileNames = {
  rules: {
    'kebab-case': {
      meta: { type: 'suggestion', schema: [], messages: { name: 'File names are kebab-case (lower-case words joined by hyphens): rename "{{name}}".' } },
      create(context) {
        const name = context.filename.split(/[\\/]/).pop() ?? '';
        return {
          Program(node) {
            if (!/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/.test(name)) context.report({ node, messageId: 'name', data: { name } });
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results*', 'playwright-report', 'coverage', '.lint-probe-*/**', 'data'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: { 'no-restricted-syntax': ['error', NO_DANGEROUS_HTML, NO_HTML_ASSIGNMENT, NO_INSERT_HTML] },
  },
  {
    // Tests build DOM fixtures from markup on purpose (including hostile markup, to test sanitising).
    files: ['**/*.test.{ts,tsx}', 'tests/**'],
    rules: { 'no-restricted-syntax': ['error', NO_DANGEROUS_HTML] },
  },
  {
    files: ['scripts/**', 'tests/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'file-names': fileNames },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'file-names/kebab-case': 'error',
    },
  },
  {
    // Unit tests may use several features (e.g. a round trip); tests/ has the cross-feature tests.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  {
    // A scrollable table is a named region a keyboard user must be able to reach (WCAG 2.1.1).
    files: ['src/**/*.tsx'],
    rules: { 'jsx-a11y-x/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: [] }] },
  },
  {
    // zod only through src/lib/zod.ts (set up for the CSP).
    files: ['src/**'],
    ignores: ['src/lib/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_BARE_ZOD] }] },
  },
  {
    // The ingest layer runs under Node as well as in the browser: no React, no DOM.
    files: ['src/ingest/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [NO_BARE_ZOD, ...NOT_IN_INGEST], patterns: [{ group: ['react-dom/*', '@testing-library/*'], message: INGEST_IS_PURE }] },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: INGEST_IS_PURE }))],
    },
  },
);
