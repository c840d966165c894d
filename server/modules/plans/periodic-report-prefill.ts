import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { addDaysToDate } from '../../../core/time/calendar-date';
import type { Queryable } from '../../db/database';
import { plans, planTaskProgress, planTasks } from '../../db/schema/plans';

export interface PlanFiguresForReport {
  /** 1 when the unit's own plan under the province plan was issued by the window's end. */
  unitPlanIssued: number;
  tasksTotal: number;
  /** Tasks whose last progress update on or before the window's end said `done`. */
  tasksDone: number;
}

/**
 * What the plan module knows for a unit's periodic report (docs/decisions/016): whether its own
 * plan was issued (target 1) and its tasks, done or not, as they stood at the end of the report's
 * data window. The tasks are those of the unit's own plan, or, before it has one, the province
 * plan's tasks it leads. `null` when the province has no plan for the year.
 */
export async function loadPlanFiguresForReport(
  db: Queryable,
  input: { provinceCode: string; unitId: number; year: number; windowEnd: string },
): Promise<PlanFiguresForReport | null> {
  const [provincePlan] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(
      and(
        eq(plans.provinceCode, input.provinceCode),
        eq(plans.year, input.year),
        isNull(plans.parentPlanId),
      ),
    )
    .limit(1);
  if (!provincePlan) return null;
  const [unitPlan] = await db
    .select({ id: plans.id, status: plans.status, issuedOn: plans.issuedOn })
    .from(plans)
    .where(and(eq(plans.parentPlanId, provincePlan.id), eq(plans.unitId, input.unitId)));
  const taskScope = unitPlan
    ? eq(planTasks.planId, unitPlan.id)
    : and(eq(planTasks.planId, provincePlan.id), eq(planTasks.leadUnitId, input.unitId));
  // The window ends with its last day in Việt Nam (UTC+7, no daylight saving).
  const windowEndsAt = new Date(`${addDaysToDate(input.windowEnd, 1)}T00:00:00+07:00`);
  const [tasks] = await db
    .select({
      total: count(),
      done: sql<number>`count(*) filter (where (
        select ${planTaskProgress.status} from ${planTaskProgress}
        where ${planTaskProgress.taskId} = ${planTasks.id}
          and ${planTaskProgress.recordedAt} < ${windowEndsAt.toISOString()}
        order by ${planTaskProgress.recordedAt} desc, ${planTaskProgress.id} desc limit 1
      ) = 'done')::int`,
    })
    .from(planTasks)
    .where(taskScope);
  const issued =
    unitPlan?.status === 'issued' &&
    unitPlan.issuedOn !== null &&
    unitPlan.issuedOn <= input.windowEnd;
  return {
    unitPlanIssued: issued ? 1 : 0,
    tasksTotal: tasks?.total ?? 0,
    tasksDone: Number(tasks?.done ?? 0),
  };
}
