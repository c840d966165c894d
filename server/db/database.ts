import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as audit from './schema/audit';
import * as auth from './schema/auth';
import * as calendar from './schema/calendar';
import * as notifications from './schema/notifications';
import * as onestopDossiers from './schema/onestop-dossiers';
import * as onestopKpi from './schema/onestop-kpi';
import * as onestopProcedures from './schema/onestop-procedures';
import * as org from './schema/org';
import * as periodicReports from './schema/periodic-reports';
import * as planWork from './schema/plan-work';
import * as plans from './schema/plans';
import * as provinceIndices from './schema/province-indices';

export const schema = {
  ...org,
  ...auth,
  ...audit,
  ...calendar,
  ...plans,
  ...planWork,
  ...onestopProcedures,
  ...onestopDossiers,
  ...onestopKpi,
  ...notifications,
  ...provinceIndices,
  ...periodicReports,
};

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A database or an open transaction: repos accept either. */
export type Queryable = Database | Transaction;

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * The one place that knows which engine runs (docs/decisions/002-embedded-database.md):
 * a PostgreSQL server when a URL is given, else PGlite in `dataDir` (or in memory).
 */
export async function openDatabase(options: {
  databaseUrl: string | null;
  dataDir: string | null;
  /** A PGlite dump to start from (tests start from a migrated, seeded template). */
  loadDataDir?: Blob;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server ends (restart, administrator) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (error) => console.warn(`PostgreSQL: idle connection lost: ${error.message}`));
    const db = drizzlePostgres(pool, { schema }) as unknown as Database;
    await migratePostgres(db as never, { migrationsFolder });
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const client = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  await migratePglite(db as never, { migrationsFolder });
  return { db, kind: 'pglite', close: () => client.close() };
}
