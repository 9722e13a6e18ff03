// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/.e2e-api/**', '**/.data/**', '**/src/gql/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // The domain is pure: no framework, no I/O, no other workspace package.
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['typeorm', 'type-graphql', 'react', 'react-*', '@apollo/*', 'graphql', 'pg', 'node:*', 'fs', 'path', '@srpo/*', '@mui/*', 'reflect-metadata'],
              message: '@srpo/domain holds pure rules: no framework, database or I/O imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'No I/O in the domain.' }, { name: 'process', message: 'No environment access in the domain.' }],
    },
  },
);
