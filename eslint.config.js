// One lint config for the workspace: the recommended JS and TypeScript rules,
// plus a few that keep page code honest.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'docs/api/**',
      '**/storybook-static/**',
      '.storybook/public/mockServiceWorker.js', // Mock Service Worker's own script, as its CLI wrote it
      '**/custom-elements.json',
      '**/.data/**',
      'bench/.tmp/**',
      'bench/**/.out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      // Code here runs in pages, in Node and in test browsers alike.
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // chai's `expect(x).to.be.true` is an expression by design.
    files: ['**/*.test.ts', '**/test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
