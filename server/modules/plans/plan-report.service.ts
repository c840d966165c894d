import type { OnestopKpi } from '../../../contracts/kpi';
import type { PlanReportQuery, ReportTemplate } from '../../../contracts/plan-work';
import type { IndicatorStatus } from '../../../core/kpi/evaluate-indicator-status';
import {
  formatPeriodCode,
  formatPeriodLabelVi,
  parsePeriodCode,
  validatePeriodCode,
} from '../../../core/periods/period-code';
import { computeDataWindow, computePeriodRange } from '../../../core/periods/period-range';
import { flagTask, type StoredTaskStatus } from '../../../core/plans/rollup-task-progress';
import { toVietnamDate } from '../../../core/time/calendar-date';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { getOnestopKpi } from '../onestop/kpi.service';
import { loadPeriodicReportFigures, type PeriodicReportFigure } from './periodic-report-figures';
import * as workRepo from './plan-work.repo';
import * as repo from './plans.repo';
import { getPlanTargets, loadUnitPlanIssuance, loadVisiblePlan } from './plans.service';
import { loadReportTemplate, resolveReportUnit } from './report-template.service';

export interface ReportIndicatorLine {
  targetNo: number;
  code: string;
  textVi: string;
  unit: 'percent' | 'billion_vnd';
  comparator: string;
  threshold: number;
  actual: number | null;
  status: IndicatorStatus;
  explanationVi: string;
}

export interface ReportTaskLine {
  code: string;
  areaCode: string;
  textVi: string;
  leadUnitName: string;
  deadline: string | null;
  status: StoredTaskStatus;
  progress: number;
  overdue: boolean;
}

export interface ReportAreaLine {
  code: string;
  nameVi: string;
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

/** Everything the official report and its annex say, computed once for both formats. */
export interface PlanReportData {
  plan: { id: number; number: string | null; title: string; year: number };
  unit: { code: string; name: string; kind: string };
  period: { code: string; labelVi: string; start: string; end: string };
  /** The day the report is drawn up (Việt Nam). */
  reportDate: string;
  /** Task statuses are those recorded by this day: the period's end, or today if earlier. */
  statusDate: string;
  template: ReportTemplate;
  indicators: ReportIndicatorLine[];
  areas: ReportAreaLine[];
  tasks: ReportTaskLine[];
  unitPlans: { required: number; issued: number; share: number | null } | null;
  onestop: OnestopKpi | null;
  periodic: PeriodicReportFigure[] | null;
}

/** "Quý I năm 2021" inside a sentence: "quý I năm 2021". */
export function periodPhraseVi(labelVi: string): string {
  return labelVi.charAt(0).toLocaleLowerCase('vi-VN') + labelVi.slice(1);
}

function nextDayStartInVietnam(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+07:00`) + 86_400_000);
}

export async function loadPlanReportData(
  ctx: ServiceContext,
  planId: number,
  query: Pick<PlanReportQuery, 'period' | 'unit'>,
  asOf: Date = new Date(),
): Promise<PlanReportData> {
  const row = await loadVisiblePlan(ctx, planId);
  const problem = validatePeriodCode(query.period);
  if (problem) throw new DomainError('period_invalid', { period: query.period, problem });
  const period = parsePeriodCode(query.period)!;
  if (period.year !== row.plan.year) {
    throw new DomainError('period_invalid', {
      period: query.period,
      problem: 'outside_plan_year',
      planYear: row.plan.year,
    });
  }
  const unit = await resolveReportUnit(ctx, row, query.unit);
  const template = await loadReportTemplate(ctx, row, unit);
  const range = computePeriodRange(period);
  const reportDate = toVietnamDate(asOf);
  const statusDate = [reportDate, range.end].sort()[0]!;

  const targets = await getPlanTargets(
    ctx,
    planId,
    { unit: unit.code, period: formatPeriodCode(period) },
    asOf,
  );
  const indicators = targets.items.flatMap((target) =>
    target.indicators.map((i) => ({
      targetNo: target.no,
      code: i.code,
      textVi: i.textVi,
      unit: i.unit,
      comparator: i.comparator,
      threshold: i.threshold,
      actual: i.actual,
      status: i.status,
      explanationVi: i.rule.explanationVi,
    })),
  );

  // A task counts for the subtree it is led in, once: a sub-task only when its parent's lead is
  // outside the subtree (a district's report counts its communes' parts of a province task).
  const all = await workRepo.findTasksWithPaths(ctx.db, planId);
  const inSubtree = (path: string | null) => path?.startsWith(unit.path) ?? false;
  const chosen = all.filter(
    (t) =>
      inSubtree(t.leadUnitPath) && (t.task.parentTaskId === null || !inSubtree(t.parentLeadPath)),
  );
  const latest = await workRepo.findLatestProgressBefore(
    ctx.db,
    chosen.map((t) => t.task.id),
    nextDayStartInVietnam(statusDate),
  );
  const tasks: ReportTaskLine[] = chosen.map((t) => {
    const entry = latest.get(t.task.id);
    const status = (entry?.status ?? 'not_started') as StoredTaskStatus;
    const { overdue } = flagTask({
      status,
      deadline: t.task.deadlineOn,
      lastUpdateOn: null,
      today: statusDate,
      staleAfterDays: row.plan.staleAfterDays,
    });
    return {
      code: t.task.code,
      areaCode: t.task.areaCode,
      textVi: t.task.textVi,
      leadUnitName: t.leadUnitName,
      deadline: t.task.deadlineOn,
      status,
      progress: entry?.percent ?? 0,
      overdue,
    };
  });
  const areaRows = await repo.findPlanAreas(ctx.db, planId);
  const areas = areaRows.map(({ area }) => {
    const own = tasks.filter((t) => t.areaCode === area.code);
    const done = own.filter((t) => t.status === 'done').length;
    const inProgress = own.filter((t) => t.status === 'in_progress').length;
    return {
      code: area.code,
      nameVi: area.nameVi,
      total: own.length,
      done,
      inProgress,
      notStarted: own.length - done - inProgress,
      overdue: own.filter((t) => t.overdue).length,
    };
  });

  let unitPlans: PlanReportData['unitPlans'] = null;
  if (row.plan.parentPlanId === null) {
    const issuance = await loadUnitPlanIssuance(ctx, planId, unit.path, range);
    unitPlans = {
      required: issuance.rows.length,
      issued: issuance.rows.filter((r) => r.issued).length,
      share: issuance.share,
    };
  }

  // Dossiers count in the period's data window (NĐ 09/2019, vn-regulations.md §6: 15th–14th).
  const window = computeDataWindow(period);
  const onestop = await loadOnestopKpi(ctx, unit.code, window);
  const periodic = await loadPeriodicReportFigures(ctx, {
    unit: { id: unit.id, code: unit.code, path: unit.path },
    periodCode: formatPeriodCode(period),
  });

  return {
    plan: {
      id: row.plan.id,
      number: row.plan.number,
      title: row.plan.title,
      year: row.plan.year,
    },
    unit: { code: unit.code, name: unit.name, kind: unit.kind },
    period: {
      code: formatPeriodCode(period),
      labelVi: formatPeriodLabelVi(period),
      start: window.start,
      end: window.end,
    },
    reportDate,
    statusDate,
    template,
    indicators,
    areas,
    tasks,
    unitPlans,
    onestop,
    periodic,
  };
}

/**
 * The one-stop figures, when the reader may see them: a reader without `dossiers.read` over the
 * unit still gets the report, with "chưa có số liệu" in their place.
 */
async function loadOnestopKpi(
  ctx: ServiceContext,
  unitCode: string,
  window: { start: string; end: string },
): Promise<OnestopKpi | null> {
  try {
    const kpi = await getOnestopKpi(ctx, { unit: unitCode, from: window.start, to: window.end });
    return kpi.received > 0 ? kpi : null;
  } catch (error) {
    if (
      error instanceof DomainError &&
      (error.code === 'forbidden' || error.code === 'out_of_scope')
    )
      return null;
    throw error;
  }
}
