import { maxPageSize } from '../../../contracts/common';
import type {
  PlanUnitFigures,
  PlanUnitsQuery,
  PlanUnitsResponse,
} from '../../../contracts/dashboard';
import type { PlanTask } from '../../../contracts/plans';
import { aggregateShareOfUnitsMeeting } from '../../../core/kpi/aggregate-unit-values';
import { computePercentage } from '../../../core/kpi/percentage';
import {
  formatPeriodCode,
  parsePeriodCode,
  validatePeriodCode,
} from '../../../core/periods/period-code';
import { computePeriodRange } from '../../../core/periods/period-range';
import { findPreviousPeriod } from '../../../core/periods/period-relations';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { assertUnitPermission } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import { listPlanTasks, loadUnitPlanIssuance, loadVisiblePlan } from '../plans/plans.service';
import {
  countReportTimeliness,
  type ReportTimelinessSummary,
} from '../reports/report-tracking.service';
import { findChildUnits, findSubtreeUnitPaths } from './dashboard.repo';

/** Every task of the plan with its flags as of `at`, page after page of the plan's own list. */
async function listAllTasks(
  ctx: ServiceContext,
  planId: number,
  at: Date,
  status?: 'overdue',
): Promise<PlanTask[]> {
  const tasks: PlanTask[] = [];
  for (let page = 1; ; page++) {
    const batch = await listPlanTasks(ctx, planId, { page, pageSize: maxPageSize, status }, at);
    tasks.push(...batch.items);
    if (tasks.length >= batch.total || batch.items.length === 0) return tasks;
  }
}

/** The end of a calendar day in Việt Nam, or now when that day has not ended yet. */
function asOfEndOf(date: string, now: Date): Date {
  const end = new Date(`${date}T23:59:59+07:00`);
  return end < now ? end : now;
}

/**
 * The plan's own figures for each child of a unit, for the league tables of the steering
 * dashboard (issue 5): overdue tasks from the plan's own task list (its `overdue` flag as of the
 * period's end), unit plans issued from the rows T01a is computed from, grouped by child
 * subtree. Nothing is re-derived from the tables: the plan module decides what is overdue and
 * what counts as issued, so the dashboard and the plan pages cannot disagree.
 */
export async function getPlanUnits(
  ctx: ServiceContext,
  query: PlanUnitsQuery,
  now: Date = new Date(),
): Promise<PlanUnitsResponse> {
  const plan = await loadVisiblePlan(ctx, query.plan);
  if (plan.plan.parentPlanId !== null) {
    throw new DomainError('plan_not_province', { id: plan.plan.id });
  }
  const periodCode = query.period ?? String(plan.plan.year);
  const problem = validatePeriodCode(periodCode);
  if (problem) throw new DomainError('period_invalid', { period: periodCode, problem });
  const period = parsePeriodCode(periodCode)!;
  if (period.year !== plan.plan.year) {
    throw new DomainError('period_invalid', {
      period: periodCode,
      problem: 'outside_plan_year',
      planYear: plan.plan.year,
    });
  }
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, query.unit ?? plan.unitCode);
  assertUnitPermission(ctx.actor, 'plans.read', unit.path);
  const previous = period.kind === 'year' ? null : findPreviousPeriod(period);
  const previousInYear = previous && previous.year === period.year ? previous : null;
  const asOf = asOfEndOf(computePeriodRange(period).end, now);
  const previousAsOf = previousInYear
    ? asOfEndOf(computePeriodRange(previousInYear).end, now)
    : null;

  const [children, paths] = await Promise.all([
    findChildUnits(ctx.db, ctx.provinceCode, unit.id),
    findSubtreeUnitPaths(ctx.db, ctx.provinceCode, unit.path),
  ]);
  const childOf = (path: string | undefined) =>
    path === undefined ? undefined : children.find((child) => path.startsWith(child.path));
  // The previous period needs only its overdue tasks: the plan's own `overdue` filter.
  const taskCounts = async (at: Date, status?: 'overdue') => {
    const counts = new Map<string, { total: number; overdue: number }>();
    for (const task of await listAllTasks(ctx, plan.plan.id, at, status)) {
      // A task counts once for each child whose subtree leads or coordinates it.
      const involved = new Set(
        [task.leadUnitCode, ...task.coordinatingUnitCodes]
          .map((code) => childOf(paths.get(code))?.code)
          .filter((code): code is string => code !== undefined),
      );
      for (const code of involved) {
        const count = counts.get(code) ?? { total: 0, overdue: 0 };
        count.total += 1;
        if (task.overdue) count.overdue += 1;
        counts.set(code, count);
      }
    }
    return counts;
  };
  const current = await taskCounts(asOf);
  const before = previousAsOf ? await taskCounts(previousAsOf, 'overdue') : null;
  // Target 1 as of the period's end, the same rows the plan's T01a is computed from.
  const issuance = await loadUnitPlanIssuance(
    ctx,
    plan.plan.id,
    unit.path,
    computePeriodRange(period),
  );
  // Reports on time: the report module's count for each child's subtree and the period.
  const reports = new Map<string, ReportTimelinessSummary>();
  for (const child of query.reports ? children : []) {
    reports.set(
      child.code,
      await countReportTimeliness(ctx.db, {
        provinceCode: ctx.provinceCode,
        unitPath: child.path,
        period: formatPeriodCode(period),
        asOf,
      }),
    );
  }
  const items: PlanUnitFigures[] = children.map((child) => {
    const report = reports.get(child.code);
    const rows = issuance.rows.filter((row) => row.path.startsWith(child.path));
    const share =
      issuance.share === null || rows.length === 0
        ? null
        : aggregateShareOfUnitsMeeting(
            rows.map((row) => (row.issued ? 100 : 0)),
            { comparator: '=', threshold: 100 },
          ).value;
    return {
      unitCode: child.code,
      unitName: child.name,
      kind: child.kind,
      hasChildren: child.hasChildren,
      tasksOverdue: current.get(child.code)?.overdue ?? 0,
      tasksOverduePrevious: before ? (before.get(child.code)?.overdue ?? 0) : null,
      tasksTotal: current.get(child.code)?.total ?? 0,
      unitPlansRequired: rows.length,
      unitPlansIssued: rows.filter((row) => row.issued).length,
      unitPlansShare: share,
      reportsDue: report?.due ?? null,
      reportsOnTime: report?.submittedOnTime ?? null,
      reportsOnTimeShare: report ? computePercentage(report.submittedOnTime, report.due) : null,
    };
  });
  return {
    planId: plan.plan.id,
    period: formatPeriodCode(period),
    previousPeriod: previousInYear ? formatPeriodCode(previousInYear) : null,
    unit: { code: unit.code, name: unit.name },
    items,
  };
}
