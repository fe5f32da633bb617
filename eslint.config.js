// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// zod only through lib/zod.ts, which turns off its eval; repeated in each block that restricts imports.
const zodMessage = "Import { z } from lib/zod.ts, which turns off zod's eval.";
const zodPath = { name: 'zod', message: zodMessage };
const zodPattern = { group: ['zod/*'], message: zodMessage };

/** What the modules of one layer (`lib`, `state`) may not import, zod aside (lib/zod.ts). */
function layer(folder, patterns) {
  return {
    files: [`${folder}/**/*.ts`],
    ignores: ['lib/zod.ts', `${folder}/**/*.test.ts`],
    rules: { 'no-restricted-imports': ['error', { paths: [zodPath], patterns: [zodPattern, ...patterns] }] },
  };
}

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [zodPath],
          patterns: [zodPattern],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML: notes and page text are untrusted.',
        },
      ],
    },
  },
  { files: ['lib/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Layers point one way: lib/ is pure (models, rules, words) and never reaches storage, React
  // or the browser's runtime; state/ is storage and never reaches React.
  layer('lib', [
    {
      group: ['**/state/*', '@/state/*', '**/components/*', '@/components/*', '**/runtime/*', '@/runtime/*'],
      message: 'lib/ is pure: it never imports state/, components/ or runtime/.',
    },
    {
      group: ['react', 'react-dom', 'react/*', 'wxt/browser'],
      message: 'lib/ runs in Node: no React, no browser API.',
    },
  ]),
  layer('state', [
    { group: ['**/components/*', '@/components/*', 'react', 'react-dom'], message: 'state/ is storage: no React.' },
  ]),
  // Benchmark code that runs inside the extension's service worker sees `chrome`.
  { files: ['bench/**'], languageOptions: { globals: { chrome: 'readonly' } } },
);
