import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the checked-in SDL; output in src/gql (checked in, verified by `typecheck`). */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string', DateTimeISO: 'string', JSON: 'unknown' },
        strictScalars: true,
        useTypeImports: true,
        enumsAsTypes: true,
        // Apollo Client adds __typename to every selection set, so the result types carry it too.
        nonOptionalTypename: true,
      },
    },
  },
};

export default config;
