import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from './database';

type Cell = string | number | boolean | Date | null | undefined | object;

/** Rows per statement: the arrays stay a few megabytes at most. */
const rowsPerStatement = 10_000;

/** A PostgreSQL array literal; null stays NULL, everything else is quoted text. */
function toArrayLiteral(values: readonly Cell[], json: boolean): string {
  return `{${values
    .map((v) => {
      if (v === null || v === undefined) return 'NULL';
      const text = json ? JSON.stringify(v) : v instanceof Date ? v.toISOString() : String(v);
      return `"${text.replace(/["\\]/g, '\\$&')}"`;
    })
    .join(',')}}`;
}

/**
 * `insert … select * from unnest(…)` with one array parameter per column instead of one
 * parameter per cell: PostgreSQL and PGlite parse and bind it several times faster than a VALUES
 * list, and the statement's size does not depend on a parameter limit. Columns not listed take
 * their defaults. Used by bulk writers (the historical import).
 */
export async function insertByUnnest<T extends PgTable>(
  db: Queryable,
  table: T,
  keys: ReadonlyArray<keyof T['$inferInsert'] & string>,
  rows: ReadonlyArray<T['$inferInsert']>,
  returning: readonly string[] = [],
): Promise<Array<Record<string, unknown>>> {
  const columns = getTableColumns(table);
  const described = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`no column ${key} in ${getTableName(table)}`);
    return { key, name: column.name, type: column.getSQLType() };
  });
  const names = sql.raw(described.map((c) => `"${c.name}"`).join(', '));
  const out: Array<Record<string, unknown>> = [];
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    const arrays = described.map(
      (c) =>
        sql`${toArrayLiteral(
          chunk.map((row) => (row as Record<string, Cell>)[c.key]),
          c.type === 'jsonb' || c.type === 'json',
        )}::${sql.raw(c.type)}[]`,
    );
    const result = (await db.execute(
      sql`insert into ${sql.identifier(getTableName(table))} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})${
        returning.length > 0
          ? sql.raw(` returning ${returning.map((r) => `"${r}"`).join(', ')}`)
          : sql``
      }`,
    )) as unknown as { rows: Array<Record<string, unknown>> };
    out.push(...result.rows);
  }
  return out;
}
