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
      ...restrict(
        ['electron', 'electron/*', '**/electron/**', ...nodeBuiltins],
        'renderer/ runs in the sandboxed page: no Electron or Node.',
      ),
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.{js,ts}', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-imports': 'off' },
  },
);
