import type { Paged } from '../../../contracts/common';
import type {
  KpiFigures,
  KpiUnitRow,
  KpiUnitSort,
  OnestopKpiSeries,
  OnestopKpiSeriesQuery,
  OnestopKpiUnits,
  OnestopKpiUnitsQuery,
} from '../../../contracts/kpi-analytics';
import { countDaysInclusive } from '../../../core/periods/calendar-date';
import { findPreviousWindow, splitWindowIntoBuckets } from '../../../core/periods/window-buckets';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { getWorkingCalendar } from '../calendar/calendar.service';
import { assertUnitPermission, requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import { compareKpiFigures, emptyKpiSums, subtractKpiSums, toKpiFigures } from './kpi-figures';
import * as repo from './kpi-series.repo';

/** Ten years and a day: enough for any trend, short of a request that asks for centuries. */
const maxWindowDays = 3_654;

async function openWindow(ctx: ServiceContext, query: { unit: string; from: string; to: string }) {
  requirePermissionScopes(ctx.actor, 'dossiers.read');
  if (query.from > query.to) {
    throw new DomainError('validation_failed', [
      { field: 'to', message: 'Ngày kết thúc không được trước ngày bắt đầu' },
    ]);
  }
  if (countDaysInclusive(query.from, query.to) > maxWindowDays) {
    throw new DomainError('validation_failed', [
      { field: 'to', message: 'Khoảng thời gian không được dài quá 10 năm' },
    ]);
  }
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, query.unit);
  // The same rule as GET /api/onestop/kpi: dossiers.read over the asked unit's subtree.
  assertUnitPermission(ctx.actor, 'dossiers.read', unit.path);
  const calendar = await getWorkingCalendar(ctx.db, ctx.provinceCode);
  return { unit, dayMinutes: calendar.dayLengthMs / 60_000 };
}

/**
 * The KPI of a unit's subtree month by month or quarter by quarter (issue 4's KPI page charts,
 * issue 5's quarterly trend), from the daily rollups; each step covers the dossiers received in
 * it, so the steps add up to `GET /api/onestop/kpi` over the whole window.
 */
export async function getKpiSeries(
  ctx: ServiceContext,
  query: OnestopKpiSeriesQuery,
): Promise<OnestopKpiSeries> {
  const { unit, dayMinutes } = await openWindow(ctx, query);
  const rows = await repo.sumKpiByBucket(ctx.db, {
    provinceCode: ctx.provinceCode,
    unitPath: unit.path,
    from: query.from,
    to: query.to,
    granularity: query.granularity,
  });
  const byBucketStart = new Map(rows.map((row) => [row.bucket, row.sums]));
  const buckets = splitWindowIntoBuckets({ start: query.from, end: query.to }, query.granularity);
  return {
    unit: { code: unit.code, name: unit.name, kind: unit.kind },
    from: query.from,
    to: query.to,
    granularity: query.granularity,
    items: buckets.map((bucket) => ({
      period: bucket.period,
      from: bucket.start,
      to: bucket.end,
      ...toKpiFigures(byBucketStart.get(startOfBucket(bucket.period)) ?? emptyKpiSums, dayMinutes),
    })),
  };
}

/** `2021-03` → `2021-03-01`; `2021Q2` → `2021-04-01` (what date_trunc answers for the step). */
function startOfBucket(period: string): string {
  const quarter = /^(\d{4})Q([1-4])$/.exec(period);
  if (!quarter) return `${period}-01`;
  return `${quarter[1]}-${String(Number(quarter[2]) * 3 - 2).padStart(2, '0')}-01`;
}

/**
 * The league table (issue 5): the unit's direct children, each with its subtree's KPI now and
 * in the previous window of the same length, sorted and paged. Drill down by asking again with a
 * child's code. Totals and the unit's own dossiers (handled by the unit itself, outside every
 * child) come along so the table adds up.
 */
export async function getKpiUnits(
  ctx: ServiceContext,
  query: OnestopKpiUnitsQuery,
): Promise<OnestopKpiUnits> {
  const table = await buildKpiUnitTable(ctx, query);
  const { page, pageSize } = query;
  return {
    ...table,
    items: table.rows.slice((page - 1) * pageSize, page * pageSize),
    total: table.rows.length,
    page,
    pageSize,
  };
}

export async function buildKpiUnitTable(
  ctx: ServiceContext,
  query: Omit<OnestopKpiUnitsQuery, 'page' | 'pageSize'>,
): Promise<Omit<OnestopKpiUnits, keyof Paged<unknown>> & { rows: KpiUnitRow[] }> {
  const { unit, dayMinutes } = await openWindow(ctx, query);
  const current = { from: query.from, to: query.to };
  const previousRange = findPreviousWindow({ start: query.from, end: query.to });
  const previous = { from: previousRange.start, to: previousRange.end };
  const filter = { provinceCode: ctx.provinceCode, current, previous };
  const [totals, byChild, childUnits] = await Promise.all([
    repo.sumKpiTwoWindows(ctx.db, { ...filter, unitPath: unit.path }),
    repo.sumKpiByChild(ctx.db, { ...filter, parentId: unit.id }),
    repo.findChildUnits(ctx.db, {
      provinceCode: ctx.provinceCode,
      parentId: unit.id,
      since: previous.from,
    }),
  ]);
  const figures = (sums: repo.KpiSumsPair | undefined, which: 'current' | 'previous') =>
    toKpiFigures(sums?.[which] ?? emptyKpiSums, dayMinutes);
  const search = query.search ? normalizeSearchText(query.search) : '';
  const rows = childUnits
    // A unit closed before the window with nothing in it is history, not a row of this table.
    .filter((child) => child.validTo === null || byChild.has(child.id))
    .filter(
      (child) => !search || normalizeSearchText(`${child.code} ${child.name}`).includes(search),
    )
    .map((child): KpiUnitRow => {
      const sums = byChild.get(child.id);
      const now = figures(sums, 'current');
      const before = figures(sums, 'previous');
      return {
        unit: { code: child.code, name: child.name, kind: child.kind },
        hasChildren: child.hasChildren,
        ...now,
        previous: before,
        change: compareKpiFigures(now, before),
      };
    })
    .sort(compareRows(query.sort, query.order));
  const childSums = [...byChild.values()];
  const totalNow = toKpiFigures(totals.current, dayMinutes);
  return {
    unit: { code: unit.code, name: unit.name, kind: unit.kind },
    from: current.from,
    to: current.to,
    previousFrom: previous.from,
    previousTo: previous.to,
    totals: { ...totalNow, previous: toKpiFigures(totals.previous, dayMinutes) },
    own: toKpiFigures(
      subtractKpiSums(
        totals.current,
        childSums.map((s) => s.current),
      ),
      dayMinutes,
    ),
    rows,
  };
}

const collator = new Intl.Collator('vi');

/** Units without a figure go last in both orders; ties fall back to the name. */
function compareRows(sort: KpiUnitSort, order: 'asc' | 'desc') {
  const sign = order === 'asc' ? 1 : -1;
  return (a: KpiUnitRow, b: KpiUnitRow): number => {
    if (sort === 'code' || sort === 'name') {
      const left = sort === 'code' ? a.unit.code : a.unit.name;
      const right = sort === 'code' ? b.unit.code : b.unit.name;
      return sign * collator.compare(left, right);
    }
    const left = (a as KpiFigures)[sort];
    const right = (b as KpiFigures)[sort];
    if (left === null && right === null) return collator.compare(a.unit.name, b.unit.name);
    if (left === null) return 1;
    if (right === null) return -1;
    return sign * (left - right) || collator.compare(a.unit.name, b.unit.name);
  };
}
