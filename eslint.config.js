// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
          paths: [{ name: 'zod', message: "Import { z } from lib/zod.ts, which turns off zod's eval." }],
          patterns: [{ group: ['zod/*'], message: "Import { z } from lib/zod.ts, which turns off zod's eval." }],
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
  // Benchmark code that runs inside the extension's service worker sees `chrome`.
  { files: ['bench/**'], languageOptions: { globals: { chrome: 'readonly' } } },
);
