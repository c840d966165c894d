import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { units } from '../../db/schema/org';
import {
  planAreas,
  planIndicators,
  plans,
  planTargets,
  planTaskCoordinatingUnits,
  planTaskProgress,
  planTasks,
} from '../../db/schema/plans';
import { type PlanRow, taskRelationColumns } from './plans.repo';

export type PlanTaskRow = typeof planTasks.$inferSelect;

export async function lockPlan(tx: Queryable, id: number): Promise<PlanRow | null> {
  const [row] = await tx.select().from(plans).where(eq(plans.id, id)).for('update');
  return row ?? null;
}

export async function findUnitPlan(
  db: Queryable,
  parentPlanId: number,
  unitId: number,
): Promise<PlanRow | null> {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.parentPlanId, parentPlanId), eq(plans.unitId, unitId)));
  return row ?? null;
}

export async function insertPlan(tx: Queryable, values: typeof plans.$inferInsert) {
  const [row] = await tx.insert(plans).values(values).returning();
  return row!;
}

export async function updatePlan(
  tx: Queryable,
  id: number,
  patch: Partial<typeof plans.$inferInsert>,
): Promise<PlanRow> {
  const [row] = await tx
    .update(plans)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(plans.id, id))
    .returning();
  return row!;
}

/**
 * Copies the frame of a province plan into a unit's plan: its areas, all its targets with their
 * indicators, and the tasks led or coordinated by one of `unitIds`, each led by the unit now
 * (docs/decisions/011-unit-plans-and-progress.md).
 */
export async function copyPlanFrame(
  tx: Queryable,
  options: {
    fromPlanId: number;
    fromPlanNumber: string | null;
    toPlanId: number;
    unitId: number;
    provinceCode: string;
    appliesToUnitIds: number[];
  },
): Promise<{ targets: number; tasks: number }> {
  const { fromPlanId, toPlanId, unitId, provinceCode, appliesToUnitIds } = options;
  const areas = await tx.select().from(planAreas).where(eq(planAreas.planId, fromPlanId));
  if (areas.length > 0) {
    await tx
      .insert(planAreas)
      .values(areas.map(({ id: _id, planId: _p, ...area }) => ({ ...area, planId: toPlanId })));
  }
  const targets = await tx
    .select()
    .from(planTargets)
    .where(eq(planTargets.planId, fromPlanId))
    .orderBy(asc(planTargets.no));
  const indicators = await tx
    .select()
    .from(planIndicators)
    .where(eq(planIndicators.planId, fromPlanId));
  for (const { id: targetId, planId: _p, ...target } of targets) {
    const [copied] = await tx
      .insert(planTargets)
      .values({ ...target, planId: toPlanId })
      .returning({ id: planTargets.id });
    const own = indicators.filter((i) => i.targetId === targetId);
    if (own.length > 0) {
      await tx.insert(planIndicators).values(
        own.map(({ id: _id, planId: _pl, targetId: _t, ...indicator }) => ({
          ...indicator,
          planId: toPlanId,
          targetId: copied!.id,
        })),
      );
    }
  }
  if (appliesToUnitIds.length === 0) return { targets: targets.length, tasks: 0 };
  const tasks = await tx
    .select({
      task: planTasks,
      leads: sql<boolean>`${inArray(planTasks.leadUnitId, appliesToUnitIds)}`,
    })
    .from(planTasks)
    .where(
      and(
        eq(planTasks.planId, fromPlanId),
        isNull(planTasks.parentTaskId),
        or(
          inArray(planTasks.leadUnitId, appliesToUnitIds),
          sql`exists (select 1 from ${planTaskCoordinatingUnits} where ${planTaskCoordinatingUnits.taskId} = ${planTasks.id} and ${inArray(planTaskCoordinatingUnits.unitId, appliesToUnitIds)})`,
        ),
      ),
    )
    .orderBy(asc(planTasks.ordinal));
  if (tasks.length > 0) {
    const source = options.fromPlanNumber ?? 'của tỉnh';
    await tx.insert(planTasks).values(
      tasks.map(({ task, leads }) => ({
        provinceCode,
        planId: toPlanId,
        code: task.code,
        ordinal: task.ordinal,
        areaCode: task.areaCode,
        textVi: task.textVi,
        leadUnitId: unitId,
        leadBasis: `Nhiệm vụ ${task.code} của Kế hoạch ${source}, đơn vị ${leads ? 'chủ trì' : 'phối hợp'}`,
        recurrence: task.recurrence,
        deadlineOn: task.deadlineOn,
        horizon: task.horizon,
        timeframeNote: task.timeframeNote,
        outputs: task.outputs,
        weight: task.weight,
        sourceTaskId: task.id,
        searchText: task.searchText,
      })),
    );
  }
  return { targets: targets.length, tasks: tasks.length };
}

export async function findPlanArea(db: Queryable, planId: number, code: string) {
  const [row] = await db
    .select()
    .from(planAreas)
    .where(and(eq(planAreas.planId, planId), eq(planAreas.code, code)));
  return row ?? null;
}

/** The unit's own tasks are numbered `DV.01`, `DV.02` … after the copied ones. */
export async function nextOwnTaskNumbering(db: Queryable, planId: number) {
  const [row] = await db
    .select({
      maxOrdinal: sql<number>`coalesce(max(${planTasks.ordinal}), 0)::int`,
      own: sql<number>`count(*) filter (where ${planTasks.sourceTaskId} is null)::int`,
    })
    .from(planTasks)
    .where(eq(planTasks.planId, planId));
  return { ordinal: (row?.maxOrdinal ?? 0) + 1, ownNumber: (row?.own ?? 0) + 1 };
}

export async function insertTask(tx: Queryable, values: typeof planTasks.$inferInsert) {
  const [row] = await tx.insert(planTasks).values(values).returning();
  return row!;
}

export async function findTaskByCode(db: Queryable, planId: number, code: string) {
  const [row] = await db
    .select({
      task: planTasks,
      leadUnitCode: units.code,
      leadUnitName: units.name,
      leadUnitPath: units.path,
      ...taskRelationColumns,
    })
    .from(planTasks)
    .innerJoin(units, eq(units.id, planTasks.leadUnitId))
    .where(and(eq(planTasks.planId, planId), eq(planTasks.code, code)));
  return row ?? null;
}

export async function lockTask(tx: Queryable, id: number): Promise<PlanTaskRow> {
  const [row] = await tx.select().from(planTasks).where(eq(planTasks.id, id)).for('update');
  return row!;
}

export async function updateTaskProgress(
  tx: Queryable,
  id: number,
  patch: { status: string; progress: number; lastProgressAt: Date },
): Promise<PlanTaskRow> {
  const [row] = await tx.update(planTasks).set(patch).where(eq(planTasks.id, id)).returning();
  return row!;
}

export async function insertProgress(tx: Queryable, values: typeof planTaskProgress.$inferInsert) {
  const [row] = await tx.insert(planTaskProgress).values(values).returning();
  return row!;
}

export async function findProgressHistory(db: Queryable, taskId: number) {
  return db
    .select()
    .from(planTaskProgress)
    .where(eq(planTaskProgress.taskId, taskId))
    .orderBy(desc(planTaskProgress.recordedAt), desc(planTaskProgress.id));
}
