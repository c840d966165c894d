import type { PlanTaskDetail, TaskProgressBody } from '../../../contracts/plans';
import {
  deriveTaskStatus,
  isStatusConsistent,
  type StoredTaskStatus,
} from '../../../core/plans/rollup-task-progress';
import { toVietnamDate } from '../../../core/time/calendar-date';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertUnitPermission } from '../org/units.policy';
import { presentTask } from './plans.present';
import * as plansRepo from './plans.repo';
import { loadVisiblePlan, taskFlagContext } from './plans.service';
import { rollUpIntoParent } from './task-work.service';
import * as repo from './unit-plans.repo';

async function loadTask(ctx: ServiceContext, planId: number, code: string) {
  const plan = await loadVisiblePlan(ctx, planId);
  const task = await repo.findTaskByCode(ctx.db, planId, code);
  if (!task) throw new DomainError('plan_task_not_found', { planId, code });
  return { plan, task };
}

/** A task with every progress update, newest first. */
export async function getPlanTask(
  ctx: ServiceContext,
  planId: number,
  code: string,
  asOf: Date = new Date(),
): Promise<PlanTaskDetail> {
  const { plan, task } = await loadTask(ctx, planId, code);
  const coordinating = await plansRepo.findCoordinatingUnitCodes(ctx.db, [task.task.id]);
  const history = await repo.findProgressHistory(ctx.db, task.task.id);
  return {
    ...presentTask(
      task,
      coordinating.get(task.task.id) ?? [],
      taskFlagContext(plan.plan, toVietnamDate(asOf)),
    ),
    history: history.map((entry) => ({
      id: entry.id,
      percent: entry.percent,
      status: entry.status as StoredTaskStatus,
      note: entry.note,
      recordedBy: entry.recordedByUsername,
      recordedAt: entry.recordedAt.toISOString(),
    })),
  };
}

/**
 * The lead unit's officer or head reports progress (KH 513/KH-UBND, VI.2.b). Every update is
 * kept; the task's current status and percentage change in the same transaction. Only an
 * issued plan is worked on: a draft's tasks are still being decided.
 */
export async function recordTaskProgress(
  ctx: ServiceContext,
  planId: number,
  code: string,
  body: TaskProgressBody,
): Promise<PlanTaskDetail> {
  const { plan, task } = await loadTask(ctx, planId, code);
  assertUnitPermission(ctx.actor, 'plan_tasks.progress', task.leadUnitPath);
  if (plan.plan.status !== 'issued') {
    throw new DomainError('plan_state_invalid', {
      id: planId,
      status: plan.plan.status,
      expected: 'issued',
    });
  }
  const status = deriveTaskStatus(body.percent, body.status);
  if (!isStatusConsistent(body.percent, status)) {
    throw new DomainError('task_progress_inconsistent', { percent: body.percent, status });
  }
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockTask(tx, task.task.id);
    const recordedAt = new Date();
    const entry = await repo.insertProgress(tx, {
      provinceCode: ctx.provinceCode,
      taskId: before.id,
      percent: body.percent,
      status,
      note: body.note,
      recordedByUserId: ctx.actor.userId,
      recordedByUsername: ctx.actor.username,
      recordedAt,
    });
    const after = await repo.updateTaskProgress(tx, before.id, {
      status,
      progress: body.percent,
      lastProgressAt: recordedAt,
    });
    // On a task split into sub-tasks a direct update overrides the rollup until the next
    // sub-task update; the audit entry says so (issue 3: "a manual override is audited").
    const override = Number(task.subtaskCount ?? 0) > 0;
    await recordAudit(tx, ctx, {
      action: override ? 'plan_task.progress_overridden' : 'plan_task.progress_recorded',
      entityType: 'plan_task',
      entityId: before.id,
      unit: { id: before.leadUnitId, path: task.leadUnitPath },
      before: { status: before.status, progress: before.progress },
      after: { status: after.status, progress: after.progress, entryId: entry.id, note: body.note },
    });
    if (after.parentTaskId !== null) await rollUpIntoParent(tx, ctx, plan, after.parentTaskId);
  });
  return getPlanTask(ctx, planId, code);
}
