import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Process boundaries, enforced here rather than described (tests/unit/boundaries.test.ts proves each one bites).
// Only the thin desktop glue in electron/app/ may load Electron: everything else runs and is tested under plain Node.
const ELECTRON_ONLY_IN_APP = {
  name: 'electron',
  message: "Only electron/app/ imports 'electron'; the rest of the app runs under plain Node and is tested there.",
};
// The renderer reaches the backend only through its API client: types from electron/ are welcome, code is not.
const BACKEND_FROM_RENDERER = {
  // Relative paths into the backend folder; the `electron` package itself is ELECTRON_ONLY_IN_APP's, types and all.
  regex: '^\\.\\.?/(.*/)?electron(/|$)',
  allowTypeImports: true,
  message: 'The renderer may import only types from electron/ (`import type`); call the backend through renderer/src/api/client.',
};
// import() escapes the import rules, so it gets its own check.
const dynamicImportOf = (regex, message) => ({ selector: `ImportExpression[source.value=/${regex}/]`, message });

const APP_CODE = ['electron/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The app's own code. Build scripts and tests are tools: they may locate the Electron binary or stand in for it.
    files: APP_CODE,
    ignores: ['electron/app/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [ELECTRON_ONLY_IN_APP] }],
      'no-restricted-syntax': ['error', dynamicImportOf('^electron$', ELECTRON_ONLY_IN_APP.message)],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [ELECTRON_ONLY_IN_APP], patterns: [BACKEND_FROM_RENDERER] }],
      'no-restricted-syntax': [
        'error',
        dynamicImportOf('^electron$', ELECTRON_ONLY_IN_APP.message),
        dynamicImportOf(BACKEND_FROM_RENDERER.regex.replaceAll('/', '\\/'), BACKEND_FROM_RENDERER.message),
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
