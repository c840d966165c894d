import { and, asc, count, desc, eq, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { containsPattern } from '../../db/like-pattern';
import { units } from '../../db/schema/org';
import {
  planAreas,
  planIndicators,
  plans,
  planTargets,
  planTaskCoordinatingUnits,
  planTasks,
} from '../../db/schema/plans';

export type PlanRow = typeof plans.$inferSelect;
export type PlanIndicatorRow = typeof planIndicators.$inferSelect;
export type PlanTargetRow = typeof planTargets.$inferSelect;

const targetCount = sql<number>`(select count(*)::int from ${planTargets} where ${planTargets.planId} = ${plans.id})`;
const taskCount = sql<number>`(select count(*)::int from ${planTasks} where ${planTasks.planId} = ${plans.id} and ${planTasks.parentTaskId} is null)`;
const indicatorCount = sql<number>`(select count(*)::int from ${planIndicators} where ${planIndicators.planId} = ${plans.id})`;

const planColumns = {
  plan: plans,
  unitCode: units.code,
  unitName: units.name,
  unitPath: units.path,
  targetCount,
  taskCount,
  indicatorCount,
};

export type PlanListRow = {
  plan: PlanRow;
  unitCode: string;
  unitName: string;
  unitPath: string;
  targetCount: number;
  taskCount: number;
  indicatorCount: number;
};

/**
 * The province's own plans (no parent) are readable by everyone; a unit's plan only within the
 * reader's subtrees (issue 3: "a unit officer sees only the plans of the unit's subtree").
 */
function visiblePlans(scopes: string[]): SQL | undefined {
  return or(isNull(plans.parentPlanId), ...scopes.map((scope) => like(units.path, `${scope}%`)));
}

export async function findPlans(
  db: Queryable,
  filter: { provinceCode: string; scopes: string[]; year?: number | undefined; unitId?: number },
  paging: { offset: number; limit: number },
): Promise<{ rows: PlanListRow[]; total: number }> {
  const where = and(
    eq(plans.provinceCode, filter.provinceCode),
    visiblePlans(filter.scopes),
    filter.year === undefined ? undefined : eq(plans.year, filter.year),
    filter.unitId === undefined ? undefined : eq(plans.unitId, filter.unitId),
  );
  const rows = await db
    .select(planColumns)
    .from(plans)
    .innerJoin(units, eq(units.id, plans.unitId))
    .where(where)
    .orderBy(desc(plans.year), asc(units.path), asc(plans.id))
    .limit(paging.limit)
    .offset(paging.offset);
  const [totalRow] = await db
    .select({ total: count() })
    .from(plans)
    .innerJoin(units, eq(units.id, plans.unitId))
    .where(where);
  return { rows, total: totalRow?.total ?? 0 };
}

export async function findPlanById(
  db: Queryable,
  provinceCode: string,
  id: number,
): Promise<PlanListRow | null> {
  const [row] = await db
    .select(planColumns)
    .from(plans)
    .innerJoin(units, eq(units.id, plans.unitId))
    .where(and(eq(plans.provinceCode, provinceCode), eq(plans.id, id)));
  return row ?? null;
}

export async function findPlanAreas(db: Queryable, planId: number) {
  return db
    .select({
      area: planAreas,
      leadUnitCode: units.code,
      leadUnitName: units.name,
      taskCount: sql<number>`(select count(*)::int from ${planTasks} where ${planTasks.planId} = ${planAreas.planId} and ${planTasks.areaCode} = ${planAreas.code} and ${planTasks.parentTaskId} is null)`,
    })
    .from(planAreas)
    .leftJoin(units, eq(units.id, planAreas.leadUnitId))
    .where(eq(planAreas.planId, planId))
    .orderBy(asc(planAreas.ordinal));
}

export async function findTargetsWithIndicators(
  db: Queryable,
  planId: number,
): Promise<Array<{ target: PlanTargetRow; indicators: PlanIndicatorRow[] }>> {
  const targets = await db
    .select()
    .from(planTargets)
    .where(eq(planTargets.planId, planId))
    .orderBy(asc(planTargets.no));
  const indicators = await db
    .select()
    .from(planIndicators)
    .where(eq(planIndicators.planId, planId))
    .orderBy(asc(planIndicators.targetId), asc(planIndicators.ordinal));
  return targets.map((target) => ({
    target,
    indicators: indicators.filter((indicator) => indicator.targetId === target.id),
  }));
}

export interface TaskFilter {
  planId: number;
  areaCode?: string | undefined;
  /** Tasks this unit leads or coordinates. */
  unitId?: number | undefined;
  searchText?: string | undefined;
  status?: 'not_started' | 'in_progress' | 'done' | 'overdue' | undefined;
  /** Today in Việt Nam: a task past its deadline and not done is overdue. */
  today: string;
}

export type PlanTaskListRow = {
  task: typeof planTasks.$inferSelect;
  leadUnitCode: string;
  leadUnitName: string;
  parentCode?: string | null;
  subtaskCount?: number;
};

/** Code of the parent and number of sub-tasks, read with every task. */
export const taskRelationColumns = {
  parentCode: sql<
    string | null
  >`(select rel_pt.code from plan_tasks rel_pt where rel_pt.id = ${planTasks.parentTaskId})`,
  subtaskCount: sql<number>`(select count(*)::int from plan_tasks rel_st where rel_st.parent_task_id = ${planTasks.id})`,
};

function overdueCondition(today: string): SQL {
  return sql`(${planTasks.deadlineOn} is not null and ${planTasks.deadlineOn} < ${today} and ${planTasks.status} <> 'done')`;
}

export async function findPlanTasks(
  db: Queryable,
  filter: TaskFilter,
  paging: { offset: number; limit: number },
): Promise<{ rows: PlanTaskListRow[]; total: number }> {
  const conditions: Array<SQL | undefined> = [
    eq(planTasks.planId, filter.planId),
    filter.areaCode ? eq(planTasks.areaCode, filter.areaCode) : undefined,
    // Sub-tasks show in a unit's list (the unit leads them), not among the plan's own tasks.
    filter.unitId === undefined ? isNull(planTasks.parentTaskId) : undefined,
  ];
  if (filter.unitId !== undefined) {
    conditions.push(
      or(
        eq(planTasks.leadUnitId, filter.unitId),
        sql`exists (select 1 from ${planTaskCoordinatingUnits} where ${planTaskCoordinatingUnits.taskId} = ${planTasks.id} and ${planTaskCoordinatingUnits.unitId} = ${filter.unitId})`,
      ),
    );
  }
  if (filter.searchText) {
    const pattern = containsPattern(filter.searchText);
    conditions.push(
      or(like(planTasks.searchText, pattern), like(sql`lower(${planTasks.code})`, pattern)),
    );
  }
  if (filter.status === 'overdue') conditions.push(overdueCondition(filter.today));
  else if (filter.status) {
    conditions.push(eq(planTasks.status, filter.status));
    conditions.push(sql`not ${overdueCondition(filter.today)}`);
  }
  const where = and(...conditions);
  const rows = await db
    .select({
      task: planTasks,
      leadUnitCode: units.code,
      leadUnitName: units.name,
      ...taskRelationColumns,
    })
    .from(planTasks)
    .innerJoin(units, eq(units.id, planTasks.leadUnitId))
    .where(where)
    .orderBy(asc(planTasks.ordinal), asc(planTasks.id))
    .limit(paging.limit)
    .offset(paging.offset);
  const [totalRow] = await db.select({ total: count() }).from(planTasks).where(where);
  return { rows, total: totalRow?.total ?? 0 };
}

export async function findCoordinatingUnitCodes(
  db: Queryable,
  taskIds: number[],
): Promise<Map<number, string[]>> {
  const byTask = new Map<number, string[]>();
  if (taskIds.length === 0) return byTask;
  const rows = await db
    .select({ taskId: planTaskCoordinatingUnits.taskId, code: units.code })
    .from(planTaskCoordinatingUnits)
    .innerJoin(units, eq(units.id, planTaskCoordinatingUnits.unitId))
    .where(inArray(planTaskCoordinatingUnits.taskId, taskIds))
    .orderBy(asc(units.path));
  for (const row of rows) byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), row.code]);
  return byTask;
}

export type UnitPlanIssuanceRow = {
  unitId: number;
  code: string;
  name: string;
  kind: string;
  path: string;
  plan: { id: number; status: string; number: string | null; issuedOn: string | null } | null;
  /** An issued plan under `planId` on or before `range.end`. */
  issued: boolean;
};

/**
 * The units target 1 asks a plan of (departments, central agencies, districts, communes) open
 * during `range`, within `subtreePath`, each with its plan under `planId` if any and whether
 * that plan was issued on or before `range.end`. T01a and the unit-plan status list both read
 * this (docs/decisions/011-unit-plans-and-progress.md).
 */
export async function findUnitPlanIssuance(
  db: Queryable,
  options: {
    provinceCode: string;
    planId: number;
    subtreePath: string;
    range: { start: string; end: string };
  },
): Promise<UnitPlanIssuanceRow[]> {
  const { provinceCode, planId, subtreePath, range } = options;
  const planRows = await db
    .select({
      unitId: plans.unitId,
      id: plans.id,
      status: plans.status,
      number: plans.number,
      issuedOn: plans.issuedOn,
    })
    .from(plans)
    .where(eq(plans.parentPlanId, planId));
  const byUnit = new Map(planRows.map((row) => [row.unitId, row]));
  const unitRows = await db
    .select({
      unitId: units.id,
      code: units.code,
      name: units.name,
      kind: units.kind,
      path: units.path,
    })
    .from(units)
    .where(
      and(
        eq(units.provinceCode, provinceCode),
        like(units.path, `${subtreePath}%`),
        inArray(units.kind, ['department', 'central_agency', 'district', 'commune']),
        sql`${units.validFrom} <= ${range.end}`,
        or(isNull(units.validTo), sql`${units.validTo} >= ${range.start}`),
      ),
    )
    .orderBy(asc(units.path));
  return unitRows.map((row) => {
    const found = byUnit.get(row.unitId);
    const plan = found
      ? { id: found.id, status: found.status, number: found.number, issuedOn: found.issuedOn }
      : null;
    const issued =
      plan?.status === 'issued' && plan.issuedOn !== null && plan.issuedOn <= range.end;
    return { ...row, plan, issued };
  });
}

/** Whether any unit plan under `planId` has been recorded at all. */
export async function countUnitPlans(db: Queryable, planId: number): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(plans)
    .where(eq(plans.parentPlanId, planId));
  return row?.total ?? 0;
}

/** Status, progress and weight of every task of a plan, for the rollup. */
export async function findTaskProgressInputs(db: Queryable, planId: number) {
  const rows = await db
    .select({ status: planTasks.status, progress: planTasks.progress, weight: planTasks.weight })
    .from(planTasks)
    // Sub-tasks count through their parent (core/plans/rollup-task-progress.ts).
    .where(and(eq(planTasks.planId, planId), isNull(planTasks.parentTaskId)));
  return rows.map((row) => ({
    ...row,
    status: row.status as 'not_started' | 'in_progress' | 'done',
  }));
}
