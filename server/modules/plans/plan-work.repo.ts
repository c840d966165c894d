import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/database';
import { userRoles, users } from '../../db/schema/auth';
import { units } from '../../db/schema/org';
import { planTaskEvidence } from '../../db/schema/plan-work';
import { plans, planTaskProgress, planTasks } from '../../db/schema/plans';
import { taskRelationColumns } from './plans.repo';

const leadUnits = alias(units, 'lead_units');
const parentTasks = alias(planTasks, 'parent_tasks');
const parentLeads = alias(units, 'parent_leads');

export type TaskWithPaths = {
  task: typeof planTasks.$inferSelect;
  leadUnitCode: string;
  leadUnitName: string;
  leadUnitPath: string;
  parentLeadPath: string | null;
  parentCode: string | null;
  subtaskCount: number;
};

/** Every task of a plan (sub-tasks too) with the lead's path and the parent's lead's path. */
export async function findTasksWithPaths(db: Queryable, planId: number): Promise<TaskWithPaths[]> {
  return db
    .select({
      task: planTasks,
      leadUnitCode: leadUnits.code,
      leadUnitName: leadUnits.name,
      leadUnitPath: leadUnits.path,
      parentLeadPath: parentLeads.path,
      ...taskRelationColumns,
    })
    .from(planTasks)
    .innerJoin(leadUnits, eq(leadUnits.id, planTasks.leadUnitId))
    .leftJoin(parentTasks, eq(parentTasks.id, planTasks.parentTaskId))
    .leftJoin(parentLeads, eq(parentLeads.id, parentTasks.leadUnitId))
    .where(eq(planTasks.planId, planId))
    .orderBy(asc(planTasks.ordinal), asc(planTasks.id));
}

/** The last progress update of each task recorded before `before`: the status on a past day. */
export async function findLatestProgressBefore(
  db: Queryable,
  taskIds: number[],
  before: Date,
): Promise<Map<number, { status: string; percent: number; recordedAt: Date }>> {
  const latest = new Map<number, { status: string; percent: number; recordedAt: Date }>();
  if (taskIds.length === 0) return latest;
  const rows = await db
    .select({
      taskId: planTaskProgress.taskId,
      status: planTaskProgress.status,
      percent: planTaskProgress.percent,
      recordedAt: planTaskProgress.recordedAt,
    })
    .from(planTaskProgress)
    .where(and(inArray(planTaskProgress.taskId, taskIds), lt(planTaskProgress.recordedAt, before)))
    .orderBy(asc(planTaskProgress.recordedAt), asc(planTaskProgress.id));
  for (const row of rows) latest.set(row.taskId, row);
  return latest;
}

export async function findSubtasks(db: Queryable, parentTaskId: number) {
  return db
    .select({
      task: planTasks,
      leadUnitCode: units.code,
      leadUnitName: units.name,
      ...taskRelationColumns,
    })
    .from(planTasks)
    .innerJoin(units, eq(units.id, planTasks.leadUnitId))
    .where(eq(planTasks.parentTaskId, parentTaskId))
    .orderBy(asc(planTasks.ordinal), asc(planTasks.id));
}

export async function findLatestProgressId(db: Queryable, taskId: number): Promise<number | null> {
  const [row] = await db
    .select({ id: planTaskProgress.id })
    .from(planTaskProgress)
    .where(eq(planTaskProgress.taskId, taskId))
    .orderBy(desc(planTaskProgress.recordedAt), desc(planTaskProgress.id))
    .limit(1);
  return row?.id ?? null;
}

export async function findProgressEntry(db: Queryable, taskId: number, id: number) {
  const [row] = await db
    .select({ id: planTaskProgress.id })
    .from(planTaskProgress)
    .where(and(eq(planTaskProgress.taskId, taskId), eq(planTaskProgress.id, id)));
  return row ?? null;
}

const evidenceColumns = {
  id: planTaskEvidence.id,
  progressId: planTaskEvidence.progressId,
  fileName: planTaskEvidence.fileName,
  contentType: planTaskEvidence.contentType,
  sizeBytes: planTaskEvidence.sizeBytes,
  sha256: planTaskEvidence.sha256,
  uploadedByUsername: planTaskEvidence.uploadedByUsername,
  uploadedAt: planTaskEvidence.uploadedAt,
};

export async function findEvidenceList(db: Queryable, taskId: number) {
  return db
    .select(evidenceColumns)
    .from(planTaskEvidence)
    .where(eq(planTaskEvidence.taskId, taskId))
    .orderBy(desc(planTaskEvidence.uploadedAt), desc(planTaskEvidence.id));
}

export async function findEvidenceFile(db: Queryable, taskId: number, id: number) {
  const [row] = await db
    .select()
    .from(planTaskEvidence)
    .where(and(eq(planTaskEvidence.taskId, taskId), eq(planTaskEvidence.id, id)));
  return row ?? null;
}

export async function insertEvidence(tx: Queryable, values: typeof planTaskEvidence.$inferInsert) {
  const [row] = await tx.insert(planTaskEvidence).values(values).returning(evidenceColumns);
  return row!;
}

/** Open, issued plans' tasks not done, with their plan's follow-up settings (reminder sweep). */
export async function findOpenTasksOfIssuedPlans(db: Queryable, provinceCode: string) {
  return db
    .select({
      task: planTasks,
      planNumber: plans.number,
      planIssuedOn: plans.issuedOn,
      staleAfterDays: plans.staleAfterDays,
      leadUnitCode: units.code,
      leadUnitName: units.name,
    })
    .from(planTasks)
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .innerJoin(units, eq(units.id, planTasks.leadUnitId))
    .where(
      and(
        eq(plans.provinceCode, provinceCode),
        eq(plans.status, 'issued'),
        sql`${planTasks.status} <> 'done'`,
      ),
    )
    .orderBy(asc(planTasks.planId), asc(planTasks.ordinal), asc(planTasks.id));
}

/** Active accounts holding one of `roles` exactly at one of `unitIds` (not above it). */
export async function findUsersWithRolesAt(
  db: Queryable,
  unitIds: number[],
  roles: string[],
): Promise<Array<{ userId: number; unitId: number; email: string | null; fullName: string }>> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectDistinct({
      userId: users.id,
      unitId: userRoles.unitId,
      fullName: users.fullName,
      email: users.email,
    })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(
      and(
        inArray(userRoles.unitId, unitIds),
        inArray(userRoles.role, roles),
        eq(users.active, true),
      ),
    );
  return rows;
}
