// ESLint for the whole tree: type-checked rules for TypeScript, Office.js rules
// for the Excel add-in, the recommended rules for Node scripts. Formatting is
// Prettier's alone (.prettierrc.json), so eslint-config-prettier comes last.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'release/', 'coverage/', 'test-results/'] },

  // Node scripts and configs; .js files are CommonJS (package.json has no "type").
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // All TypeScript, with type information from tsconfig.json.
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading underscore names a parameter that a signature requires and this implementation does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // InputError is a plain value, not an Error, so that a range of bad cells costs no stack traces (shared/cells.ts);
      // the sheet functions throw it for a wrong call, and the hosts catch it by type.
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'file', name: 'InputError', path: 'shared/cells.ts' }] }],
    },
  },

  // Code that runs in a browser: the Excel task pane and functions, the Sheets sidebar, the shared UI, the preview.
  {
    files: ['office/**', 'gas/sidebar/**', 'shared/ui/**', 'preview/**'],
    languageOptions: { globals: globals.browser },
  },
  // The callbacks this script hands to page.evaluate run in the page.
  {
    files: ['scripts/screenshots.mjs'],
    languageOptions: { globals: globals.browser },
  },

  // Office.js in the Excel add-in: the plugin's eight rules, without its preset (which adds Prettier as a rule and React).
  {
    files: ['office/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },

  prettier,
);
