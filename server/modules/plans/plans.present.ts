import type {
  Indicator,
  indicatorAggregations,
  indicatorDataSources,
  PlanDetail,
  PlanSummary,
  PlanTask,
  taskRecurrences,
} from '../../../contracts/plans';
import type { IndicatorEvaluation } from '../../../core/kpi/evaluate-indicator-status';
import type { Comparator, IndicatorUnit } from '../../../core/kpi/indicator-target';
import {
  flagTask,
  type PlanProgressRollup,
  type StoredTaskStatus,
} from '../../../core/plans/rollup-task-progress';
import { toVietnamDate } from '../../../core/time/calendar-date';
import type { PlanIndicatorRow, PlanListRow, PlanTaskListRow } from './plans.repo';

export function presentPlanSummary(row: PlanListRow): PlanSummary {
  const { plan } = row;
  return {
    id: plan.id,
    number: plan.number,
    title: plan.title,
    year: plan.year,
    unitCode: row.unitCode,
    unitName: row.unitName,
    issuedOn: plan.issuedOn,
    status: plan.status as PlanSummary['status'],
    targetCount: Number(row.targetCount),
    taskCount: Number(row.taskCount),
  };
}

export function presentPlanDetail(
  row: PlanListRow,
  areas: Array<{
    area: {
      code: string;
      section: string;
      parentSection: string | null;
      nameVi: string;
    };
    leadUnitCode: string | null;
    leadUnitName: string | null;
    taskCount: number;
  }>,
  progress: PlanProgressRollup,
): PlanDetail {
  const { plan } = row;
  return {
    ...presentPlanSummary(row),
    parentPlanId: plan.parentPlanId,
    issuer: plan.issuer,
    place: plan.place,
    signer: {
      name: plan.signerName,
      title: plan.signerTitle,
      signingCapacity: plan.signingCapacity,
    },
    preambleVi: plan.preambleVi,
    legalBases: plan.legalBases,
    purposes: plan.purposes,
    requirements: plan.requirements,
    unitPlanDeadline: plan.unitPlanDeadline,
    progressRollup: plan.progressRollup as PlanDetail['progressRollup'],
    staleAfterDays: plan.staleAfterDays,
    returnComment: plan.returnComment,
    progress,
    indicatorCount: Number(row.indicatorCount),
    areas: areas.map(({ area, leadUnitCode, leadUnitName, taskCount }) => ({
      code: area.code,
      section: area.section,
      parentSection: area.parentSection,
      nameVi: area.nameVi,
      leadUnitCode,
      leadUnitName,
      taskCount: Number(taskCount),
    })),
  };
}

export function presentIndicator(
  row: PlanIndicatorRow,
  actual: number | null,
  evaluation: IndicatorEvaluation,
  source: Indicator['source'],
): Indicator {
  return {
    code: row.code,
    textVi: row.textVi,
    contextVi: row.contextVi,
    threshold: Number(row.threshold),
    thresholdAsWritten: row.thresholdAsWritten,
    comparator: row.comparator as Comparator,
    unit: row.unitOfMeasure as IndicatorUnit,
    appliesTo: row.appliesTo,
    dataSource: row.dataSource as (typeof indicatorDataSources)[number],
    aggregation: row.aggregation as (typeof indicatorAggregations)[number],
    implicit: row.implicit,
    note: row.note,
    actual,
    status: evaluation.status,
    rule: evaluation.rule,
    source,
  };
}

export function presentTask(
  row: PlanTaskListRow,
  coordinatingUnitCodes: string[],
  context: { today: string; staleAfterDays: number; planIssuedOn: string | null },
): PlanTask {
  const { task } = row;
  const { overdue, stale } = flagTask({
    status: task.status as StoredTaskStatus,
    deadline: task.deadlineOn,
    // Never reported: counted from the day the plan was issued.
    lastUpdateOn: task.lastProgressAt ? toVietnamDate(task.lastProgressAt) : context.planIssuedOn,
    today: context.today,
    staleAfterDays: context.staleAfterDays,
  });
  return {
    code: task.code,
    areaCode: task.areaCode,
    textVi: task.textVi,
    leadUnitCode: row.leadUnitCode,
    leadUnitName: row.leadUnitName,
    leadAgencyAsWritten: task.leadAgencyAsWritten,
    coordinatingUnitCodes,
    coordinatingAgenciesAsWritten: task.coordinatingAgenciesAsWritten,
    recurrence: task.recurrence as (typeof taskRecurrences)[number],
    deadline: task.deadlineOn,
    horizon: task.horizon,
    outputs: task.outputs,
    budgetVnd: task.budgetVnd,
    status: overdue ? 'overdue' : (task.status as PlanTask['status']),
    progress: task.progress,
    note: task.note,
    weight: task.weight,
    overdue,
    stale,
    lastProgressAt: task.lastProgressAt?.toISOString() ?? null,
    parentCode: row.parentCode ?? null,
    subtaskCount: Number(row.subtaskCount ?? 0),
  };
}
