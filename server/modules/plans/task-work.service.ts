import { createHash } from 'node:crypto';
import type { CreateSubtaskBody, Evidence, evidenceTypes } from '../../../contracts/plan-work';
import type { PlanTask } from '../../../contracts/plans';
import {
  type RollupPolicy,
  rollupSubtasks,
  type StoredTaskStatus,
} from '../../../core/plans/rollup-task-progress';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import { toVietnamDate } from '../../../core/time/calendar-date';
import type { Queryable } from '../../db/database';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertUnitPermission } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import * as workRepo from './plan-work.repo';
import { presentTask } from './plans.present';
import type { PlanListRow } from './plans.repo';
import { loadVisiblePlan, taskFlagContext } from './plans.service';
import * as repo from './unit-plans.repo';

export async function loadVisibleTask(ctx: ServiceContext, planId: number, code: string) {
  const plan = await loadVisiblePlan(ctx, planId);
  const task = await repo.findTaskByCode(ctx.db, planId, code);
  if (!task) throw new DomainError('plan_task_not_found', { planId, code });
  return { plan, task };
}

/**
 * Re-derives a split task from its sub-tasks under the plan's rollup policy, in the transaction
 * that changed a sub-task, and audits the change (issue 3: "how progress rolls up is a stated
 * policy per plan").
 */
export async function rollUpIntoParent(
  tx: Queryable,
  ctx: ServiceContext,
  plan: PlanListRow,
  parentTaskId: number,
): Promise<void> {
  const before = await repo.lockTask(tx, parentTaskId);
  const subtasks = await workRepo.findSubtasks(tx, parentTaskId);
  const rolled = rollupSubtasks(
    plan.plan.progressRollup as RollupPolicy,
    subtasks.map(({ task }) => ({
      status: task.status as StoredTaskStatus,
      progress: task.progress,
      weight: task.weight,
    })),
  );
  if (!rolled || (rolled.status === before.status && rolled.progress === before.progress)) return;
  const lastProgressAt = subtasks
    .map(({ task }) => task.lastProgressAt)
    .filter((d): d is Date => d !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  const after = await repo.updateTaskProgress(tx, parentTaskId, {
    status: rolled.status,
    progress: rolled.progress,
    lastProgressAt: lastProgressAt ?? before.lastProgressAt ?? new Date(),
  });
  await recordAudit(tx, ctx, {
    action: 'plan_task.progress_rolled_up',
    entityType: 'plan_task',
    entityId: parentTaskId,
    unit: { id: plan.plan.unitId, path: plan.unitPath },
    before: { status: before.status, progress: before.progress },
    after: {
      status: after.status,
      progress: after.progress,
      policy: plan.plan.progressRollup,
      subtasks: subtasks.length,
    },
  });
}

/**
 * Splits a task to a unit below its lead (issue 3: "split into sub-tasks for units below"): a
 * district's task to its communes, a department's to its branches. The lead's officer or head
 * does it; the sub-task is worked and reported like any task, by the unit it is given to.
 */
export async function createSubtask(
  ctx: ServiceContext,
  planId: number,
  code: string,
  body: CreateSubtaskBody,
): Promise<PlanTask> {
  const { plan, task: parent } = await loadVisibleTask(ctx, planId, code);
  assertUnitPermission(ctx.actor, 'plan_tasks.progress', parent.leadUnitPath);
  if (parent.task.parentTaskId !== null) throw new DomainError('subtask_nested', { code });
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, body.unitCode);
  if (
    unit.validTo !== null ||
    unit.path === parent.leadUnitPath ||
    !unit.path.startsWith(parent.leadUnitPath)
  ) {
    throw new DomainError('subtask_unit_invalid', {
      unitCode: unit.code,
      leadUnitCode: parent.leadUnitCode,
    });
  }
  const deadline = body.deadline === undefined ? parent.task.deadlineOn : body.deadline;
  if (deadline && parent.task.deadlineOn && deadline > parent.task.deadlineOn) {
    throw new DomainError('subtask_deadline_invalid', {
      deadline,
      parentDeadline: parent.task.deadlineOn,
    });
  }
  const subCode = `${parent.task.code}-${unit.code}`;
  const inserted = await ctx.db.transaction(async (tx) => {
    await repo.lockTask(tx, parent.task.id);
    if (await repo.findTaskByCode(tx, planId, subCode)) {
      throw new DomainError('subtask_exists', { code: subCode, unitCode: unit.code });
    }
    const textVi = body.textVi ?? parent.task.textVi;
    const row = await repo.insertTask(tx, {
      provinceCode: ctx.provinceCode,
      planId,
      code: subCode,
      ordinal: parent.task.ordinal,
      areaCode: parent.task.areaCode,
      textVi,
      leadUnitId: unit.id,
      leadBasis: `Nhiệm vụ con của ${parent.task.code}, do ${parent.leadUnitName} giao`,
      recurrence: parent.task.recurrence,
      deadlineOn: deadline ?? null,
      horizon: parent.task.horizon,
      outputs: parent.task.outputs,
      weight: body.weight ?? 1,
      parentTaskId: parent.task.id,
      searchText: normalizeSearchText(`${subCode} ${textVi}`),
    });
    await recordAudit(tx, ctx, {
      action: 'plan_task.subtask_created',
      entityType: 'plan_task',
      entityId: row.id,
      unit: { id: unit.id, path: unit.path },
      after: row,
    });
    await rollUpIntoParent(tx, ctx, plan, parent.task.id);
    return row;
  });
  return presentTask(
    {
      task: inserted,
      leadUnitCode: unit.code,
      leadUnitName: unit.name,
      parentCode: parent.task.code,
      subtaskCount: 0,
    },
    [],
    taskFlagContext(plan.plan, toVietnamDate(new Date())),
  );
}

export async function listSubtasks(
  ctx: ServiceContext,
  planId: number,
  code: string,
): Promise<{ items: PlanTask[] }> {
  const { plan, task } = await loadVisibleTask(ctx, planId, code);
  const rows = await workRepo.findSubtasks(ctx.db, task.task.id);
  const flags = taskFlagContext(plan.plan, toVietnamDate(new Date()));
  return { items: rows.map((row) => presentTask(row, [], flags)) };
}

type EvidenceType = (typeof evidenceTypes)[number];

const evidenceContentTypes: Record<EvidenceType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/**
 * The file's type from its first bytes, checked against its name: a renamed executable is not a
 * PDF. Office files are zip archives; the part names in the archive tell Word from Excel.
 */
export function detectEvidenceType(fileName: string, content: Buffer): EvidenceType | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const starts = (bytes: number[]) => content.subarray(0, bytes.length).equals(Buffer.from(bytes));
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return extension === 'pdf' ? 'pdf' : null;
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return extension === 'png' ? 'png' : null;
  if (starts([0xff, 0xd8, 0xff])) return extension === 'jpg' || extension === 'jpeg' ? 'jpg' : null;
  if (starts([0x50, 0x4b, 0x03, 0x04])) {
    if (extension === 'docx' && content.includes('word/')) return 'docx';
    if (extension === 'xlsx' && content.includes('xl/')) return 'xlsx';
  }
  return null;
}

function presentEvidence(row: Awaited<ReturnType<typeof workRepo.insertEvidence>>): Evidence {
  return {
    id: row.id,
    progressId: row.progressId,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: row.uploadedByUsername,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

/** Keeps the name readable (Vietnamese letters stay) but free of paths and control characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'minh-chung';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').trim();
  return cleaned.slice(-200) || 'minh-chung';
}

/**
 * An evidence file for a progress update (issue 3, Tasks): only the types the province's
 * documents come in (PDF, Word, Excel, JPG, PNG), within the size limit, stored with its SHA-256.
 */
export async function addEvidence(
  ctx: ServiceContext,
  planId: number,
  code: string,
  file: { fileName: string; content: Buffer },
  progressId: number | undefined,
): Promise<Evidence> {
  const { task } = await loadVisibleTask(ctx, planId, code);
  assertUnitPermission(ctx.actor, 'plan_tasks.progress', task.leadUnitPath);
  if (file.content.length === 0) {
    throw new DomainError('validation_failed', [{ path: 'body.file', message: 'Tệp rỗng' }]);
  }
  const type = detectEvidenceType(file.fileName, file.content);
  if (!type) throw new DomainError('evidence_type_not_allowed', { fileName: file.fileName });
  const entryId =
    progressId === undefined
      ? await workRepo.findLatestProgressId(ctx.db, task.task.id)
      : ((await workRepo.findProgressEntry(ctx.db, task.task.id, progressId))?.id ?? null);
  if (entryId === null) throw new DomainError('evidence_progress_missing', { code, progressId });
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await workRepo.insertEvidence(tx, {
      provinceCode: ctx.provinceCode,
      taskId: task.task.id,
      progressId: entryId,
      fileName: cleanFileName(file.fileName),
      contentType: evidenceContentTypes[type],
      sizeBytes: file.content.length,
      sha256,
      content: file.content,
      uploadedByUserId: ctx.actor.userId,
      uploadedByUsername: ctx.actor.username,
    });
    await recordAudit(tx, ctx, {
      action: 'plan_task.evidence_added',
      entityType: 'plan_task',
      entityId: task.task.id,
      unit: { id: task.task.leadUnitId, path: task.leadUnitPath },
      after: { evidenceId: inserted.id, progressId: entryId, fileName: inserted.fileName, sha256 },
    });
    return inserted;
  });
  return presentEvidence(row);
}

export async function listEvidence(
  ctx: ServiceContext,
  planId: number,
  code: string,
): Promise<{ items: Evidence[] }> {
  const { task } = await loadVisibleTask(ctx, planId, code);
  const rows = await workRepo.findEvidenceList(ctx.db, task.task.id);
  return { items: rows.map(presentEvidence) };
}

/** The stored file, checked against its checksum before it is handed out. */
export async function readEvidence(
  ctx: ServiceContext,
  planId: number,
  code: string,
  evidenceId: number,
) {
  const { task } = await loadVisibleTask(ctx, planId, code);
  const row = await workRepo.findEvidenceFile(ctx.db, task.task.id, evidenceId);
  if (!row) throw new DomainError('evidence_not_found', { evidenceId });
  const content = Buffer.from(row.content);
  if (createHash('sha256').update(content).digest('hex') !== row.sha256) {
    throw new Error(`evidence ${row.id}: stored content does not match its checksum`);
  }
  return { fileName: row.fileName, contentType: row.contentType, sha256: row.sha256, content };
}
