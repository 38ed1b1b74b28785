// Lint rules, including the layer table from ARCHITECTURE.md: a wrong import between layers fails `npm test`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'util',
  'zlib',
  'worker_threads',
];
const rendererNever = ['electron', 'electron/*', '**/electron/**', ...nodeBuiltins];
const rendererNeverMessage = 'renderer/ runs in the sandboxed page: no Electron or Node.';
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [
        'electron',
        'electron/*',
        'react',
        'react-dom',
        'react/*',
        'dexie',
        'dexie-react-hooks',
        '**/electron/**',
        '**/renderer/**',
        ...nodeBuiltins,
      ],
      'shared/ is plain TypeScript and zod: no Electron, Node, DOM, React or storage.',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/preload/**'],
    languageOptions: { globals: globals.node },
    rules: restrict(
      ['**/renderer/**', 'react', 'react-dom', 'dexie', 'dexie-react-hooks'],
      'electron/ must not use renderer code.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\.?/|\\.\\./\\.\\./shared/).*',
              message: 'The preload may use only contextBridge/ipcRenderer from electron and shared/.',
            },
            {
              group: ['**/renderer/**', '../main/**', '../services/**', '../testhost/**', ...nodeBuiltins],
              message: 'The preload may use only electron and shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      ...restrict(rendererNever, rendererNeverMessage),
    },
  },
  {
    // The design system is generic: it knows neither the data layer nor any feature.
    files: ['renderer/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: rendererNever, message: rendererNeverMessage },
            {
              group: ['**/db/**', '**/features/**', '**/app/**'],
              message:
                'renderer/ui/ is the design system: no data layer, features or app shell (errors are in shared/).',
            },
          ],
        },
      ],
    },
  },
  {
    // The data layer speaks in its own (shared) errors, never in the IPC contract's.
    files: ['renderer/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: rendererNever, message: rendererNeverMessage },
            {
              group: ['**/shared/ipc/**', '**/host/**', '**/features/**', '**/app/**', '**/ui/**'],
              message: 'renderer/db/ uses shared/ domain and errors only: no IPC contract, host, features or UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.{js,ts}', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-imports': 'off' },
  },
);
