import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWebIfStale } from '../../../scripts/web-build';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoPassword: string;
  }
}

const port = 3999;
const demoPassword = 'e2e-demo-password-1';

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('server did not become healthy in time');
}

/** Starts the real server (built web app, fresh PGlite directory, demo seed) for the browser tests. */
export default async function setup(project: TestProject) {
  // An old build would hide new screens: rebuild when any source is newer.
  await buildWebIfStale(path.resolve('dist/web'));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cchc-e2e-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      CCHC_DATA_DIR: dataDir,
      CCHC_DEMO_PASSWORD: demoPassword,
      // The journeys need no synthetic year of dossiers; seeding it would only slow the start.
      CCHC_DEMO_DOSSIERS: '0',
      // Reminders are tested through `runDossierReminders`; no timer in the browser runs.
      CCHC_REMINDER_INTERVAL_MINUTES: '0',
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server, 90_000);
  project.provide('baseUrl', baseUrl);
  project.provide('demoPassword', demoPassword);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
