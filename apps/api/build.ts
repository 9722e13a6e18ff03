import { rm } from 'node:fs/promises';
import { build, type Plugin } from 'esbuild';

/** Entry points of the built API: each becomes `dist/<name>.js`. A new command-line tool is one line here. */
const ENTRY_POINTS: Record<string, string> = {
  main: 'src/main.ts',
  'migrate.cli': 'src/database/migrate.cli.ts',
  'create-admin.cli': 'src/modules/accounts/create-admin.cli.ts',
  'backup.cli': 'src/database/backup.cli.ts',
  'restore.cli': 'src/database/restore.cli.ts',
  'import-documents.cli': 'src/modules/applications/import-documents.cli.ts',
};

/**
 * npm packages stay imports, resolved at run time from the production install (native addons,
 * packages that read their own files); workspace packages (`@srpo/domain`, TypeScript source) are
 * inlined, so the production install holds no workspace package.
 */
const externalNpmPackages: Plugin = {
  name: 'external-npm-packages',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@srpo/') ? undefined : { path: args.path, external: true }));
  },
};

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: ENTRY_POINTS,
  outdir: 'dist',
  // Every output file sits directly in dist/, one level below the package like src/*.ts, so paths
  // computed from import.meta.url (config.ts) point at the same places as under tsx.
  chunkNames: 'chunks-[hash]',
  bundle: true,
  // Split: code only some entries need (the embedded database, imported dynamically outside
  // production) stays in its own chunk and its npm package is loaded only when that chunk is.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.json',
  // type-graphql and TypeORM name GraphQL types and entities after classes: bundling must not rename them.
  keepNames: true,
  sourcemap: true,
  plugins: [externalNpmPackages],
  logLevel: 'warning',
});
