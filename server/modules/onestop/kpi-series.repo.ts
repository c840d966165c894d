import { type SQL, sql } from 'drizzle-orm';
import { splitDayWindow } from '../../../core/kpi/split-day-window';
import type { Queryable } from '../../db/database';
import { escapeLikePattern } from '../../db/like-pattern';
import type { KpiSums } from './kpi.repo';

/**
 * Grouped sums of the one-stop KPI rollups for the trend, the league table and the plan's
 * indicators. Like kpi.repo.ts they read only the rollups and the units, never dossiers: the
 * monthly rows (onestop_kpi_monthly) for the whole months of a window and the daily rows
 * (onestop_kpi_daily) for its edge days (docs/decisions/012-dossiers-and-kpi-rollups.md).
 * Kept in a file of their own so that this analytics work and the rollup work in kpi.repo.ts do
 * not collide.
 */
export type KpiSumsPair = { current: KpiSums; previous: KpiSums };
type Window = { from: string; to: string };

const counters: Array<[keyof KpiSums, string]> = [
  ['received', 'received'],
  ['finished', 'finished'],
  ['withdrawn', 'withdrawn'],
  ['onTime', 'on_time'],
  ['late', 'late'],
  ['online', 'online'],
  ['overdueWithoutApology', 'overdue_without_apology'],
  ['rated', 'rated'],
  ['satisfied', 'satisfied'],
  ['processingWorkingMinutesSum', 'processing_working_minutes_sum'],
];
const counterList = sql.raw(counters.map(([, column]) => column).join(', '));

/**
 * Rollup rows of the province inside the windows, as (unit_id, day, counters): a monthly row
 * stands on its month's first day, which lies inside the window as the whole month does. The
 * windows must not overlap (a current window and the one before it never do).
 */
function rollupRows(provinceCode: string, windows: Window[]): SQL {
  const parts: SQL[] = [];
  for (const window of windows) {
    const { months, days } = splitDayWindow(window.from, window.to);
    if (months) {
      parts.push(sql`select unit_id, month as day, ${counterList} from onestop_kpi_monthly
        where province_code = ${provinceCode}
          and month between ${months.first}::date and ${months.last}::date`);
    }
    for (const range of days) {
      parts.push(sql`select unit_id, day, ${counterList} from onestop_kpi_daily
        where province_code = ${provinceCode}
          and day between ${range.from}::date and ${range.to}::date`);
    }
  }
  if (parts.length === 0) {
    parts.push(sql`select unit_id, day, ${counterList} from onestop_kpi_daily where false`);
  }
  return sql`(${sql.join(parts, sql` union all `)})`;
}

/** `coalesce(sum(r.x) filter (where …), 0) as "<prefix>x"` for every counter. */
function sums(prefix: string, window?: Window): SQL {
  const filter = window
    ? sql` filter (where r.day between ${window.from}::date and ${window.to}::date)`
    : sql``;
  return sql.join(
    counters.map(
      ([key, column]) =>
        sql`coalesce(sum(r.${sql.raw(column)})${filter}, 0)::bigint as ${sql.raw(`"${prefix}${key}"`)}`,
    ),
    sql`, `,
  );
}

type Row = Record<string, string | number | bigint | boolean | null>;

async function rowsOf(db: Queryable, query: SQL): Promise<Row[]> {
  // Both drivers (PGlite, node-postgres) answer `{ rows }`; bigint sums may come as strings.
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}

function readSums(row: Row, prefix: string): KpiSums {
  const result = {} as KpiSums;
  for (const [key] of counters) result[key] = Number(row[`${prefix}${key}`] ?? 0);
  return result;
}

const subtreePattern = (unitPath: string) => `${escapeLikePattern(unitPath)}%`;

/** Subtree sums per calendar month or quarter (`bucket` = the step's first day, `YYYY-MM-DD`). */
export async function sumKpiByBucket(
  db: Queryable,
  filter: {
    provinceCode: string;
    unitPath: string;
    from: string;
    to: string;
    granularity: 'month' | 'quarter';
  },
): Promise<Array<{ bucket: string; sums: KpiSums }>> {
  const rows = await rowsOf(
    db,
    sql`select to_char(date_trunc(${filter.granularity}, r.day::timestamp), 'YYYY-MM-DD') as bucket,
        ${sums('')}
      from ${rollupRows(filter.provinceCode, [filter])} as r
      join units u on u.id = r.unit_id
      where u.path like ${subtreePattern(filter.unitPath)}
      group by 1 order by 1`,
  );
  return rows.map((row) => ({ bucket: String(row.bucket), sums: readSums(row, '') }));
}

/** The subtree's sums in the current and the previous window, in one pass over the rollups. */
export async function sumKpiTwoWindows(
  db: Queryable,
  filter: { provinceCode: string; unitPath: string; current: Window; previous: Window },
): Promise<KpiSumsPair> {
  const [row] = await rowsOf(
    db,
    sql`select ${sums('cur_', filter.current)}, ${sums('prev_', filter.previous)}
      from ${rollupRows(filter.provinceCode, [filter.previous, filter.current])} as r
      join units u on u.id = r.unit_id
      where u.path like ${subtreePattern(filter.unitPath)}`,
  );
  if (!row) throw new Error('an aggregate without group by returns one row');
  return { current: readSums(row, 'cur_'), previous: readSums(row, 'prev_') };
}

/**
 * Sums per direct child of a unit, each over the child's whole subtree (a district with its
 * communes), in the current and previous windows. Children without any rollup row are absent.
 */
export async function sumKpiByChild(
  db: Queryable,
  filter: { provinceCode: string; parentId: number; current: Window; previous: Window },
): Promise<Map<number, KpiSumsPair>> {
  // Unit paths are ids and slashes (`/1/12/305/`): no LIKE wildcard can hide in them.
  const rows = await rowsOf(
    db,
    sql`select c.id as child_id, ${sums('cur_', filter.current)}, ${sums('prev_', filter.previous)}
      from ${rollupRows(filter.provinceCode, [filter.previous, filter.current])} as r
      join units u on u.id = r.unit_id
      join units c on c.parent_id = ${filter.parentId} and u.path like c.path || '%'
      group by c.id`,
  );
  return new Map(
    rows.map((row) => [
      Number(row.child_id),
      { current: readSums(row, 'cur_'), previous: readSums(row, 'prev_') },
    ]),
  );
}

/** The subtree's sums over one window: what the plan's one-stop indicators are computed from. */
export async function sumKpiWindow(
  db: Queryable,
  filter: { provinceCode: string; unitPath: string; from: string; to: string },
): Promise<KpiSums> {
  const [row] = await rowsOf(
    db,
    sql`select ${sums('')}
      from ${rollupRows(filter.provinceCode, [filter])} as r
      join units u on u.id = r.unit_id
      where u.path like ${subtreePattern(filter.unitPath)}`,
  );
  if (!row) throw new Error('an aggregate without group by returns one row');
  return readSums(row, '');
}

export interface ChildUnitRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  validTo: string | null;
  hasChildren: boolean;
}

/** Direct children of a unit, open ones and those closed after `since`, with a drill-down flag. */
export async function findChildUnits(
  db: Queryable,
  filter: { provinceCode: string; parentId: number; since: string },
): Promise<ChildUnitRow[]> {
  const rows = await rowsOf(
    db,
    sql`select c.id, c.code, c.name, c.kind, to_char(c.valid_to, 'YYYY-MM-DD') as valid_to,
        exists (select 1 from units g where g.parent_id = c.id) as has_children
      from units c
      where c.province_code = ${filter.provinceCode} and c.parent_id = ${filter.parentId}
        and (c.valid_to is null or c.valid_to >= ${filter.since}::date)
      order by c.path`,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    code: String(row.code),
    name: String(row.name),
    kind: String(row.kind),
    validTo: row.valid_to === null ? null : String(row.valid_to),
    hasChildren: row.has_children === true || row.has_children === 't',
  }));
}
