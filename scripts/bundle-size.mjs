// Builds both apps and reports the JavaScript a first visit downloads (gzip): the entry chunk and the
// chunks it imports statically, read from Vite's manifest. Lazy routes (dynamic imports) are not
// counted. Exits 1 when an app is over its budget (issue 8). `npm run size` at the repository root.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
/** Budgets in kB (1,000 bytes, as Vite reports them) of gzipped initial JavaScript. */
const apps = [
  { name: 'register', budgetKb: 200 },
  { name: 'admin', budgetKb: 300 },
];

/** Files of the entry chunk and of every chunk reachable from it through static imports. */
function initialFiles(manifest) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

const report = (line) => process.stdout.write(`${line}\n`);
const kb = (bytes) => (bytes / 1000).toFixed(1);
let overBudget = false;
for (const app of apps) {
  const appDir = join(root, 'apps', app.name);
  const outDir = mkdtempSync(join(tmpdir(), `srpo-size-${app.name}-`));
  try {
    execFileSync(join(appDir, 'node_modules', '.bin', 'vite'), ['build', '--manifest', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: appDir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
    const files = initialFiles(manifest);
    const sizes = files.map((file) => gzipSync(readFileSync(join(outDir, file))).length);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const chunks = Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js')).length;
    const verdict = total > app.budgetKb * 1000 ? 'OVER BUDGET' : 'ok';
    if (verdict !== 'ok') overBudget = true;
    report(`${app.name}: initial JS ${kb(total)} kB gzip (budget ${app.budgetKb} kB) in ${files.length} of ${chunks} chunks: ${verdict}`);
    files.forEach((file, index) => report(`  ${file} ${kb(sizes[index])} kB`));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
process.exitCode = overBudget ? 1 : 0;
