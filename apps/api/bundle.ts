import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const apiRoot = path.dirname(fileURLToPath(import.meta.url));

/** Entry points of the built API: each becomes `<outdir>/<name>.js`. A new command-line tool is one line here. */
export const ENTRY_POINTS: Record<string, string> = {
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

/**
 * Bundles the API's entry points into `outdir` (relative to the package): `dist` for production (build.ts), a folder
 * of its own for the browser tests' API. Every output file sits directly in `outdir`, which must be one level below
 * the package like src/*.ts, so paths computed from import.meta.url (config.ts) point at the same places as under tsx.
 */
export async function bundleApi(outdir: string, entryPoints: Record<string, string> = ENTRY_POINTS): Promise<void> {
  await build({
    absWorkingDir: apiRoot,
    entryPoints,
    outdir,
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
}
