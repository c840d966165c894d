import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

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
  await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn' });
  return true;
}
