import type {
  PublicKpi,
  PublicScoreboard,
  PublicScoreboardQuery,
} from '../../../contracts/dashboard';
import type { KpiFigures } from '../../../contracts/kpi-analytics';
import type { Period, Quarter } from '../../../core/periods/period-code';
import { formatPeriodCode } from '../../../core/periods/period-code';
import { computePeriodRange } from '../../../core/periods/period-range';
import { toVietnamDate } from '../../../core/time/calendar-date';
import type { Database } from '../../db/database';
import type { Actor, RequestMeta, ServiceContext } from '../../http/request-context';
import { buildKpiUnitTable, getKpiSeries } from '../onestop/kpi-analytics.service';
import { listProcedures } from '../onestop/procedures.service';
import { resolveUnit } from '../org/units.service';
import { findLatestKpiDay } from './dashboard.repo';

export interface PublicContext {
  db: Database;
  provinceCode: string;
  meta: RequestMeta;
}

/**
 * The scoreboard reads the same services as the signed-in screens, as a read-only reader of
 * the whole province: the province's leader role (rolesGranting in core/auth/roles.ts) reads
 * KPIs and published procedures and nothing is written under it. Only aggregates leave this
 * module (publicKpiSchema), never a dossier, a name or a phone number.
 */
async function publicReaderContext(ctx: PublicContext): Promise<ServiceContext> {
  const root = await resolveUnit(ctx.db, ctx.provinceCode, ctx.provinceCode);
  const actor: Actor = {
    userId: 0,
    username: 'cong-khai',
    grants: [
      {
        role: 'leader',
        unitId: root.id,
        unitCode: root.code,
        unitName: root.name,
        unitPath: root.path,
      },
    ],
    sessionTokenHash: '',
  };
  return { db: ctx.db, provinceCode: ctx.provinceCode, actor, meta: ctx.meta };
}

function publicKpi(kpi: KpiFigures): PublicKpi {
  return {
    received: kpi.received,
    finished: kpi.finished,
    onTime: kpi.onTime,
    late: kpi.late,
    onTimeRate: kpi.onTimeRate,
    online: kpi.online,
    onlineRate: kpi.onlineRate,
    overdueWithoutApology: kpi.overdueWithoutApology,
    rated: kpi.rated,
    satisfied: kpi.satisfied,
    satisfactionRate: kpi.satisfactionRate,
  };
}

async function countPublished(reader: ServiceContext, unitCode: string | undefined) {
  const page = await listProcedures(reader, {
    ...(unitCode ? { unit: unitCode } : {}),
    published: true,
    page: 1,
    pageSize: 1,
    sort: 'code',
  });
  return page.total;
}

/**
 * Computes the scoreboard of a unit (the province by default) for a year, or one quarter of
 * it: the unit's figures quarter by quarter (the one-stop KPI series) and for the period, and
 * each child unit's for the period (the one-stop league table). Called through
 * `scoreboardSource` so the route's cache can be observed in tests.
 */
export async function computePublicScoreboard(
  ctx: PublicContext,
  query: PublicScoreboardQuery,
  now: Date = new Date(),
): Promise<PublicScoreboard> {
  const reader = await publicReaderContext(ctx);
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, query.unit ?? ctx.provinceCode);
  const latest = await findLatestKpiDay(ctx.db, ctx.provinceCode);
  const year = query.year ?? Number((latest ?? toVietnamDate(now)).slice(0, 4));
  const period: Period = query.quarter
    ? { kind: 'quarter', year, quarter: query.quarter as Quarter }
    : { kind: 'year', year };
  const range = computePeriodRange(period);
  const yearRange = computePeriodRange({ kind: 'year', year });
  const series = await getKpiSeries(reader, {
    unit: unit.code,
    from: yearRange.start,
    to: yearRange.end,
    granularity: 'quarter',
  });
  const table = await buildKpiUnitTable(reader, {
    unit: unit.code,
    from: range.start,
    to: range.end,
    sort: 'code',
    order: 'asc',
  });
  const units: PublicScoreboard['units'] = [];
  for (const row of table.rows) {
    units.push({
      code: row.unit.code,
      name: row.unit.name,
      kind: row.unit.kind,
      hasChildren: row.hasChildren,
      kpi: publicKpi(row),
      publishedProcedures: await countPublished(reader, row.unit.code),
    });
  }
  const isRoot = unit.code === ctx.provinceCode;
  return {
    year,
    quarter: query.quarter ?? null,
    period: formatPeriodCode(period),
    unit: { code: unit.code, name: unit.name },
    quarters: series.items.map((item) => ({
      period: item.period,
      from: item.from,
      to: item.to,
      kpi: publicKpi(item),
    })),
    total: publicKpi(table.totals),
    publishedProcedures: await countPublished(reader, isRoot ? undefined : unit.code),
    units,
    generatedAt: now.toISOString(),
  };
}

/** Indirection the route calls through, so a test can count how often the database is read. */
export const scoreboardSource = { compute: computePublicScoreboard };

/**
 * A small time-to-live cache keyed by the query: a burst of visitors (the scoreboard is linked
 * from the province portal) is answered from memory, and a concurrent miss shares one
 * computation instead of starting its own.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { expiresAt: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 500,
    private readonly clock: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.clock();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    if (this.entries.size >= this.maxEntries) {
      for (const [k, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(k);
      if (this.entries.size >= this.maxEntries) this.entries.clear();
    }
    const value = load();
    this.entries.set(key, { expiresAt: now + this.ttlMs, value });
    // A failure is not remembered: the next visitor tries again.
    value.catch(() => this.entries.delete(key));
    return value;
  }
}
