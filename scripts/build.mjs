// `npm run build`: builds the API and both apps, then puts what a server needs in dist/:
//   dist/api/   production install of @srpo/api (the bundle in dist/api/dist/, npm dependencies
//               without devDependencies): `node dist/api/dist/main.js`; register-app/index.html for entry pages
//   dist/apps/  the public register at the root and the portal under portaal/ (APPS_DIR, nginx root)
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const pnpm = (...args) => execFileSync('pnpm', args, { cwd: root, stdio: 'inherit' });

pnpm('--filter', '@srpo/api', '--filter', '@srpo/admin', '--filter', '@srpo/register', 'run', 'build');

rmSync(dist, { recursive: true, force: true });
cpSync(join(root, 'apps', 'register', 'dist'), join(dist, 'apps'), { recursive: true });
cpSync(join(root, 'apps', 'admin', 'dist'), join(dist, 'apps', 'portaal'), { recursive: true });
// pnpm 10 deploys only with inject-workspace-packages; set for this command alone, so the workspace
// keeps linking packages/* while developing. The deploy installs the lockfile's exact versions.
pnpm('--config.inject-workspace-packages=true', '--filter', '@srpo/api', 'deploy', '--prod', join(dist, 'api'));
// The register's index.html beside the API: it serves entry pages (/register/:number) from it with their JSON-LD (REGISTER_INDEX_HTML).
cpSync(join(root, 'apps', 'register', 'dist', 'index.html'), join(dist, 'api', 'register-app', 'index.html'));
process.stdout.write(`Built: ${join(dist, 'api')} (node dist/main.js) and ${join(dist, 'apps')} (register at /, portal at /portaal/).\n`);
