import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Paged } from '../../../contracts/common';
import type { MyTask, MyTasksQuery } from '../../../contracts/plan-work';
import { roleGrants } from '../../../core/auth/roles';
import { toVietnamDate } from '../../../core/time/calendar-date';
import { units } from '../../db/schema/org';
import { plans, planTasks } from '../../db/schema/plans';
import type { ServiceContext } from '../../http/request-context';
import { presentTask } from './plans.present';
import { findCoordinatingUnitCodes, taskRelationColumns } from './plans.repo';

const parentTasks = alias(planTasks, 'my_parent_tasks');

/**
 * "Việc của tôi" (issue 3, Screens): the tasks the reader's units lead in issued plans, and the
 * sub-tasks those units gave to units below, overdue first, then by deadline. Only the units
 * where the reader reports progress count (reform officer, head).
 */
export async function listMyTasks(
  ctx: ServiceContext,
  query: MyTasksQuery,
  asOf: Date = new Date(),
): Promise<Paged<MyTask>> {
  const { page, pageSize } = query;
  const unitIds = [
    ...new Set(
      ctx.actor.grants
        .filter((g) => roleGrants(g.role, 'plan_tasks.progress'))
        .map((g) => g.unitId),
    ),
  ];
  if (unitIds.length === 0) return { items: [], total: 0, page, pageSize };
  const today = toVietnamDate(asOf);
  const overdue = sql`(${planTasks.deadlineOn} is not null and ${planTasks.deadlineOn} < ${today} and ${planTasks.status} <> 'done')`;
  const mine = inArray(planTasks.leadUnitId, unitIds);
  const conditions: Array<SQL | undefined> = [
    eq(plans.provinceCode, ctx.provinceCode),
    eq(plans.status, 'issued'),
    query.year === undefined ? undefined : eq(plans.year, query.year),
    or(mine, inArray(parentTasks.leadUnitId, unitIds)),
  ];
  if (query.status === 'overdue') conditions.push(overdue);
  else if (query.status) {
    conditions.push(eq(planTasks.status, query.status), sql`not ${overdue}`);
  }
  const where = and(...conditions);
  const rows = await ctx.db
    .select({
      task: planTasks,
      leadUnitCode: units.code,
      leadUnitName: units.name,
      planId: plans.id,
      planNumber: plans.number,
      planYear: plans.year,
      planIssuedOn: plans.issuedOn,
      staleAfterDays: plans.staleAfterDays,
      isMine: sql<boolean>`${mine}`,
      ...taskRelationColumns,
    })
    .from(planTasks)
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .innerJoin(units, eq(units.id, planTasks.leadUnitId))
    .leftJoin(parentTasks, eq(parentTasks.id, planTasks.parentTaskId))
    .where(where)
    .orderBy(
      desc(overdue),
      sql`${planTasks.deadlineOn} asc nulls last`,
      desc(plans.year),
      asc(planTasks.ordinal),
      asc(planTasks.id),
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [totalRow] = await ctx.db
    .select({ total: count() })
    .from(planTasks)
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .leftJoin(parentTasks, eq(parentTasks.id, planTasks.parentTaskId))
    .where(where);
  const coordinating = await findCoordinatingUnitCodes(
    ctx.db,
    rows.map((r) => r.task.id),
  );
  return {
    items: rows.map((r) => ({
      ...presentTask(r, coordinating.get(r.task.id) ?? [], {
        today,
        staleAfterDays: r.staleAfterDays,
        planIssuedOn: r.planIssuedOn,
      }),
      planId: r.planId,
      planNumber: r.planNumber,
      planYear: r.planYear,
      relation: r.isMine ? 'lead' : 'subtask_of_mine',
    })),
    total: totalRow?.total ?? 0,
    page,
    pageSize,
  };
}
