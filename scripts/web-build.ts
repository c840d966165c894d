import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders whose files end up in the web bundle. */
const webSources = ['web', 'contracts', 'core', 'vite.config.ts', 'package-lock.json'];

function newestModification(entry: string): number {
  const stats = statSync(entry, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestModification(path.join(entry, name))),
    stats.mtimeMs,
  );
}

/** True when `dist/web` is missing or older than any source of the bundle. */
export function isWebBuildStale(webDistDir: string): boolean {
  const built = statSync(path.join(webDistDir, 'index.html'), { throwIfNoEntry: false });
  if (!built) return true;
  return webSources.some((source) => newestModification(source) > built.mtimeMs);
}

/** Builds the web app when it is missing or out of date; returns whether it built. */
export async function buildWebIfStale(webDistDir: string): Promise<boolean> {
  if (!isWebBuildStale(webDistDir)) return false;
  // A child process with NODE_ENV=production: under vitest NODE_ENV is `test`, and Vite would
  // then bundle React's and antd's development warnings.
  const result = spawnSync(
    process.execPath,
    [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  return true;
}
