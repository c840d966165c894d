import type { Paged } from '../../../contracts/common';
import type {
  ListPlansQuery,
  ListPlanTasksQuery,
  PlanDetail,
  PlanSummary,
  PlanTargetsQuery,
  PlanTargetsResponse,
  PlanTask,
} from '../../../contracts/plans';
import { aggregateShareOfUnitsMeeting } from '../../../core/kpi/aggregate-unit-values';
import { evaluateIndicatorStatus } from '../../../core/kpi/evaluate-indicator-status';
import type { Comparator, IndicatorUnit } from '../../../core/kpi/indicator-target';
import {
  formatPeriodCode,
  parsePeriodCode,
  validatePeriodCode,
} from '../../../core/periods/period-code';
import { computeElapsedShare, computePeriodRange } from '../../../core/periods/period-range';
import { type RollupPolicy, rollupTaskProgress } from '../../../core/plans/rollup-task-progress';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import { toVietnamDate } from '../../../core/time/calendar-date';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import {
  describePendingSource,
  describeUnitPlanSource,
  loadOnestopIndicatorValues,
} from './indicator-sources';
import {
  presentIndicator,
  presentPlanDetail,
  presentPlanSummary,
  presentTask,
} from './plans.present';
import * as repo from './plans.repo';
import { loadUnitReportIndicatorValues } from './unit-report-indicators';

/** The one plan, if the reader may see it: a province plan for all, a unit plan in scope. */
export async function loadVisiblePlan(ctx: ServiceContext, id: number): Promise<repo.PlanListRow> {
  const scopes = requirePermissionScopes(ctx.actor, 'plans.read');
  const row = await repo.findPlanById(ctx.db, ctx.provinceCode, id);
  const visible =
    row !== null &&
    (row.plan.parentPlanId === null || scopes.some((scope) => row.unitPath.startsWith(scope)));
  // A unit plan out of scope answers like a missing one, so its existence does not leak.
  if (!row || !visible) throw new DomainError('plan_not_found', { id });
  return row;
}

export async function listPlans(
  ctx: ServiceContext,
  query: ListPlansQuery,
): Promise<Paged<PlanSummary>> {
  const scopes = requirePermissionScopes(ctx.actor, 'plans.read');
  const { page, pageSize } = query;
  const unit = query.unit ? await resolveUnit(ctx.db, ctx.provinceCode, query.unit) : null;
  const { rows, total } = await repo.findPlans(
    ctx.db,
    {
      provinceCode: ctx.provinceCode,
      scopes,
      year: query.year,
      ...(unit ? { unitId: unit.id } : {}),
    },
    { offset: (page - 1) * pageSize, limit: pageSize },
  );
  return { items: rows.map(presentPlanSummary), total, page, pageSize };
}

export async function getPlanDetail(ctx: ServiceContext, id: number): Promise<PlanDetail> {
  const row = await loadVisiblePlan(ctx, id);
  const areas = await repo.findPlanAreas(ctx.db, id);
  const tasks = await repo.findTaskProgressInputs(ctx.db, id);
  const progress = rollupTaskProgress(row.plan.progressRollup as RollupPolicy, tasks);
  return presentPlanDetail(row, areas, progress);
}

/**
 * The plan's targets and indicators with each indicator's figure and status for a period and a
 * subtree. T01a comes from the unit plans issued, T05a–c and T09b from the one-stop KPI rollups
 * (indicator-sources.ts), those named in the report form from the units' approved periodic
 * reports (reports/report-indicator-values.ts); the rest wait for their source (entries by Sở
 * Nội vụ) and answer `no_data` (docs/decisions/008-plan-as-data.md). Each says its source.
 */
export async function getPlanTargets(
  ctx: ServiceContext,
  id: number,
  query: PlanTargetsQuery,
  asOf: Date = new Date(),
): Promise<PlanTargetsResponse> {
  const row = await loadVisiblePlan(ctx, id);
  const periodCode = query.period ?? String(row.plan.year);
  const problem = validatePeriodCode(periodCode);
  if (problem) throw new DomainError('period_invalid', { period: periodCode, problem });
  const period = parsePeriodCode(periodCode)!;
  if (period.year !== row.plan.year) {
    throw new DomainError('period_invalid', {
      period: periodCode,
      problem: 'outside_plan_year',
      planYear: row.plan.year,
    });
  }
  const unit = query.unit
    ? await resolveUnit(ctx.db, ctx.provinceCode, query.unit)
    : { code: row.unitCode, path: row.unitPath };
  const range = computePeriodRange(period);
  const elapsedShare = computeElapsedShare(range, toVietnamDate(asOf));
  const { share: unitPlanValue } = await loadUnitPlanIssuance(ctx, id, unit.path, range);
  // T05a–c and T09b live from the one-stop KPI rollups (indicator-sources.ts).
  const onestopValues = await loadOnestopIndicatorValues(ctx, { unitPath: unit.path, range });
  // Indicators cchc does not compute itself come from the units' approved periodic reports.
  const reportValues = await loadUnitReportIndicatorValues(ctx, { unitPath: unit.path, period });

  const targets = await repo.findTargetsWithIndicators(ctx.db, id);
  return {
    period: formatPeriodCode(period),
    unitCode: unit.code,
    items: targets.map(({ target, indicators }) => ({
      no: target.no,
      section: target.section,
      textVi: target.textVi,
      areaCodes: target.areaCodes,
      indicators: indicators.map((indicator) => {
        const live = onestopValues.get(indicator.code) ?? reportValues.get(indicator.code);
        const actual = indicator.code === 'T01a' ? unitPlanValue : (live?.actual ?? null);
        const evaluation = evaluateIndicatorStatus({
          comparator: indicator.comparator as Comparator,
          threshold: indicator.threshold,
          actual,
          elapsedShare,
          projection: indicator.projection as 'none' | 'linear',
          unit: indicator.unitOfMeasure as IndicatorUnit,
        });
        const source =
          indicator.code === 'T01a'
            ? describeUnitPlanSource(range)
            : (live?.source ?? describePendingSource(indicator.dataSource));
        return presentIndicator(indicator, actual, evaluation, source);
      }),
    })),
  };
}

/**
 * T01a: share of the subtree's units with an issued plan under this one by the period's end,
 * with the units it counts; the unit-plan status list reads the same rows and figure.
 * While no unit plan has been recorded in cchc at all, the figure is unknown rather than 0 %:
 * the units' plans of 2021 exist on paper, cchc just has not been told of them yet.
 */
export async function loadUnitPlanIssuance(
  ctx: ServiceContext,
  planId: number,
  subtreePath: string,
  range: { start: string; end: string },
): Promise<{ rows: repo.UnitPlanIssuanceRow[]; share: number | null }> {
  const rows = await repo.findUnitPlanIssuance(ctx.db, {
    provinceCode: ctx.provinceCode,
    planId,
    subtreePath,
    range,
  });
  if ((await repo.countUnitPlans(ctx.db, planId)) === 0) return { rows, share: null };
  const { value } = aggregateShareOfUnitsMeeting(
    rows.map((u) => (u.issued ? 100 : 0)),
    { comparator: '=', threshold: 100 },
  );
  return { rows, share: value };
}

export async function listPlanTasks(
  ctx: ServiceContext,
  id: number,
  query: ListPlanTasksQuery,
  asOf: Date = new Date(),
): Promise<Paged<PlanTask>> {
  const plan = await loadVisiblePlan(ctx, id);
  const { page, pageSize } = query;
  const unit = query.unit ? await resolveUnit(ctx.db, ctx.provinceCode, query.unit) : null;
  const today = toVietnamDate(asOf);
  const { rows, total } = await repo.findPlanTasks(
    ctx.db,
    {
      planId: id,
      areaCode: query.area,
      unitId: unit?.id,
      status: query.status,
      searchText: query.search ? normalizeSearchText(query.search) : undefined,
      today,
    },
    { offset: (page - 1) * pageSize, limit: pageSize },
  );
  const coordinating = await repo.findCoordinatingUnitCodes(
    ctx.db,
    rows.map((r) => r.task.id),
  );
  return {
    items: rows.map((r) =>
      presentTask(r, coordinating.get(r.task.id) ?? [], taskFlagContext(plan.plan, today)),
    ),
    total,
    page,
    pageSize,
  };
}

/** What the `stale` and `overdue` flags of a task of `plan` are judged against. */
export function taskFlagContext(
  plan: repo.PlanRow,
  today: string,
): { today: string; staleAfterDays: number; planIssuedOn: string | null } {
  return { today, staleAfterDays: plan.staleAfterDays, planIssuedOn: plan.issuedOn };
}
