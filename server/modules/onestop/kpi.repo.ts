import { sql } from 'drizzle-orm';
import { splitDayWindow } from '../../../core/kpi/split-day-window';
import type { Queryable } from '../../db/database';
import { escapeLikePattern } from '../../db/like-pattern';

export interface KpiSums {
  received: number;
  finished: number;
  withdrawn: number;
  onTime: number;
  late: number;
  online: number;
  overdueWithoutApology: number;
  rated: number;
  satisfied: number;
  processingWorkingMinutesSum: number;
}

const counters = sql.raw(
  'received, finished, withdrawn, on_time, late, online, overdue_without_apology, rated, satisfied, processing_working_minutes_sum',
);

/**
 * Sums the rollups of every unit in a subtree over receipt days `from`–`to`: the monthly rows
 * (onestop_kpi_monthly) for the whole months of the window and the daily rows
 * (onestop_kpi_daily) for its edge days, so a year costs 12 rows per unit however many dossiers
 * there are. Reads only the rollups and units, never dossiers.
 */
export async function sumKpiDaily(
  db: Queryable,
  filter: { provinceCode: string; unitPath: string; from: string; to: string },
): Promise<KpiSums> {
  const { months, days } = splitDayWindow(filter.from, filter.to);
  const subtree = sql`(select id from units where province_code = ${filter.provinceCode}
    and path like ${`${escapeLikePattern(filter.unitPath)}%`})`;
  const parts = [];
  if (months) {
    parts.push(sql`select ${counters} from onestop_kpi_monthly
      where province_code = ${filter.provinceCode} and unit_id in ${subtree}
        and month between ${months.first}::date and ${months.last}::date`);
  }
  for (const range of days) {
    parts.push(sql`select ${counters} from onestop_kpi_daily
      where province_code = ${filter.provinceCode} and unit_id in ${subtree}
        and day between ${range.from}::date and ${range.to}::date`);
  }
  if (parts.length === 0) parts.push(sql`select ${counters} from onestop_kpi_daily where false`);
  const result = (await db.execute(sql`select
      coalesce(sum(received), 0)::bigint as "received",
      coalesce(sum(finished), 0)::bigint as "finished",
      coalesce(sum(withdrawn), 0)::bigint as "withdrawn",
      coalesce(sum(on_time), 0)::bigint as "onTime",
      coalesce(sum(late), 0)::bigint as "late",
      coalesce(sum(online), 0)::bigint as "online",
      coalesce(sum(overdue_without_apology), 0)::bigint as "overdueWithoutApology",
      coalesce(sum(rated), 0)::bigint as "rated",
      coalesce(sum(satisfied), 0)::bigint as "satisfied",
      coalesce(sum(processing_working_minutes_sum), 0)::bigint as "processingWorkingMinutesSum"
    from (${sql.join(parts, sql` union all `)}) as rollups`)) as unknown as {
    rows: Array<Record<keyof KpiSums, string | number | bigint>>;
  };
  const [row] = result.rows;
  if (!row) throw new Error('an aggregate without group by returns one row');
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, Number(value)]),
  ) as unknown as KpiSums;
}
