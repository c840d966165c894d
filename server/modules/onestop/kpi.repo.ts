import { and, eq, gte, like, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { escapeLikePattern } from '../../db/like-pattern';
import { onestopKpiDaily } from '../../db/schema/onestop-dossiers';
import { units } from '../../db/schema/org';

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

const sumOf = (column: (typeof onestopKpiDaily)[keyof KpiSums]) =>
  sql<number>`coalesce(sum(${column}), 0)::bigint`.mapWith(Number);

/**
 * Sums the daily rollups of every unit in a subtree (joined on the unit path) over receipt days
 * `from`–`to`. Reads only onestop_kpi_daily and units, never dossiers.
 */
export async function sumKpiDaily(
  db: Queryable,
  filter: { provinceCode: string; unitPath: string; from: string; to: string },
): Promise<KpiSums> {
  const [row] = await db
    .select({
      received: sumOf(onestopKpiDaily.received),
      finished: sumOf(onestopKpiDaily.finished),
      withdrawn: sumOf(onestopKpiDaily.withdrawn),
      onTime: sumOf(onestopKpiDaily.onTime),
      late: sumOf(onestopKpiDaily.late),
      online: sumOf(onestopKpiDaily.online),
      overdueWithoutApology: sumOf(onestopKpiDaily.overdueWithoutApology),
      rated: sumOf(onestopKpiDaily.rated),
      satisfied: sumOf(onestopKpiDaily.satisfied),
      processingWorkingMinutesSum: sumOf(onestopKpiDaily.processingWorkingMinutesSum),
    })
    .from(onestopKpiDaily)
    .innerJoin(units, eq(units.id, onestopKpiDaily.unitId))
    .where(
      and(
        eq(onestopKpiDaily.provinceCode, filter.provinceCode),
        like(units.path, `${escapeLikePattern(filter.unitPath)}%`),
        gte(onestopKpiDaily.day, filter.from),
        lte(onestopKpiDaily.day, filter.to),
      ),
    );
  if (!row) throw new Error('an aggregate without group by returns one row');
  return row;
}
