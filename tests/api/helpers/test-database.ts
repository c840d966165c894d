import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../../server/db/database';

/**
 * A database of its own for each test file, copied from the run's migrated and seeded template:
 * PGlite in memory by default, or a throwaway database on the PostgreSQL server named by
 * CCHC_TEST_DATABASE_URL (CI's second suite).
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.CCHC_TEST_DATABASE_URL;
  if (!serverUrl) {
    const dump = readFileSync(inject('pgliteTemplatePath'));
    return openDatabase({ databaseUrl: null, dataDir: null, loadDataDir: new Blob([dump]) });
  }
  const name = `cchc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('postgresTemplateName')}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: null });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
