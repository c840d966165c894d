import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../../server/app';
import { type AppConfig, readConfig } from '../../../server/config';
import type { Database, DatabaseKind } from '../../../server/db/database';
import { demoPassword } from './demo-password';
import { openTestDatabase } from './test-database';

export { demoPassword };

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  dbKind: DatabaseKind;
  config: AppConfig;
  /** A bearer token of a demo (or test-made) account, cached per user name. */
  tokenOf(username: string, password?: string): Promise<string>;
  /** An injected request as `username`; `null` sends it anonymously. */
  as(username: string | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const config: AppConfig = {
    ...readConfig({ CCHC_DEMO_PASSWORD: demoPassword }),
    loginRateLimitPerMinute: 10_000,
    publicRateLimitPerMinute: 10_000,
    // The reminder timer lives in server/main.ts; tests call runDossierReminders themselves.
    reminderIntervalMinutes: 0,
    ...overrides,
  };
  const handle = await openTestDatabase();
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config });
  await app.ready();
  const tokens = new Map<string, string>();

  async function tokenOf(username: string, password = demoPassword): Promise<string> {
    const cached = tokens.get(username);
    if (cached) return cached;
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
    });
    if (response.statusCode !== 200)
      throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
    const token = response.json().token as string;
    tokens.set(username, token);
    return token;
  }

  return {
    app,
    db: handle.db,
    dbKind: handle.kind,
    config,
    tokenOf,
    async as(username, options) {
      const headers = { ...(options.headers ?? {}) } as Record<string, string>;
      if (username) headers.authorization = `Bearer ${await tokenOf(username)}`;
      return app.inject({ ...options, headers });
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
