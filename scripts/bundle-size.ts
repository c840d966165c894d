/**
 * Gzip sizes of the JavaScript a signed-in user downloads to see the landing page (issue 5:
 * at most 300 KB): the entry, the signed-in shell, the landing switch and the steering
 * dashboard, with every chunk they import statically. Builds into a temporary folder (so a
 * running server's dist/web is untouched) unless a built folder with a Vite manifest is given.
 *
 *   npm run bundle-size            # build, then measure
 *   npm run bundle-size -- <dir>   # measure an existing build made with --manifest
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const budgetBytes = 300 * 1024;
/** The lazy modules on the way to the landing page of Sở Nội vụ (web/app/router.tsx). */
const landingRoute = [
  'app/app-layout.tsx',
  'features/dashboard/landing-page.tsx',
  'features/dashboard/steering-page.tsx',
];
/** Loaded by the landing page after its figures are on screen (the quarterly trend chart). */
const deferred = ['features/dashboard/trend-chart.tsx'];

function build(): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'cchc-bundle-'));
  const result = spawnSync(
    process.execPath,
    [
      path.resolve('node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  return outDir;
}

function main() {
  const given = process.argv[2];
  const outDir = given ? path.resolve(given) : build();
  const keep = process.env.KEEP_BUILD === '1';
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'),
    ) as Record<string, ManifestChunk>;
    const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
    if (!entry) throw new Error('no entry in the manifest');
    const gzipOf = new Map<string, { raw: number; gzip: number }>();
    const sizeOf = (key: string) => {
      const known = gzipOf.get(key);
      if (known) return known;
      const bytes = readFileSync(path.join(outDir, manifest[key]!.file));
      const size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      gzipOf.set(key, size);
      return size;
    };
    /** The chunks `keys` need, with every chunk they import statically. */
    const closure = (keys: string[]) => {
      const seen = new Set<string>();
      const visit = (key: string) => {
        if (seen.has(key)) return;
        if (!manifest[key]) throw new Error(`${key} is not a chunk of its own (is it still lazy?)`);
        seen.add(key);
        for (const imported of manifest[key]!.imports ?? []) visit(imported);
      };
      for (const key of keys) visit(key);
      return seen;
    };
    const total = (keys: Set<string>) => [...keys].reduce((sum, key) => sum + sizeOf(key).gzip, 0);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const shell = closure([entry, 'app/app-layout.tsx']);
    const landing = closure([entry, ...landingRoute]);
    const withChart = closure([entry, ...landingRoute, ...deferred]);
    console.log('Landing route of a province role (/ as snv): JavaScript chunks, largest first');
    for (const key of [...withChart].sort((a, b) => sizeOf(b).gzip - sizeOf(a).gzip)) {
      const where = shell.has(key) ? 'shell' : landing.has(key) ? 'page' : 'deferred';
      console.log(
        `  ${manifest[key]!.file.padEnd(52)} ${kb(sizeOf(key).raw).padStart(9)} ${kb(sizeOf(key).gzip).padStart(9)} gzip  ${where}`,
      );
    }
    console.log(`signed-in shell (entry + menu, header):          ${kb(total(shell))} gzip`);
    console.log(
      `landing route (shell + steering page):           ${kb(total(landing))} gzip (budget ${kb(budgetBytes)})`,
    );
    console.log(`with the quarterly chart (ECharts, loaded after): ${kb(total(withChart))} gzip`);
    if (total(landing) > budgetBytes) {
      console.error('Over budget.');
      process.exitCode = 1;
    }
  } finally {
    if (!given && !keep) rmSync(outDir, { recursive: true, force: true });
    if (keep) console.log(`build kept in ${outDir}`);
  }
}

main();
