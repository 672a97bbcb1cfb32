import js from '@eslint/js';
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

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
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
    // Features stay independent of the app shell, and use zod only through src/lib/zod.ts (set up for the CSP).
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: "Import { z } from 'src/lib/zod' instead: it turns off zod's eval probe, which the CSP reports." }],
          patterns: [{ group: ['**/app/*'], message: 'Features must not import from src/app.' }],
        },
      ],
    },
  },
);
