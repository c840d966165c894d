import type { Paged } from '../../../contracts/common';
import {
  type CreatePlanTaskBody,
  type CreateUnitPlanBody,
  type IssuePlanBody,
  type PlanDetail,
  type PlanTask,
  type ReturnPlanBody,
  type UnitPlanStatusItem,
  type UnitPlansStatus,
  type UnitPlansStatusQuery,
  type UpdatePlanBody,
  unitPlanKinds,
} from '../../../contracts/plans';
import { canAccessUnit, findPermissionScopes } from '../../../core/auth/access';
import { parsePeriodCode } from '../../../core/periods/period-code';
import { computePeriodRange } from '../../../core/periods/period-range';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import { toVietnamDate } from '../../../core/time/calendar-date';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertUnitPermission } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import { presentTask } from './plans.present';
import type { PlanListRow } from './plans.repo';
import {
  getPlanDetail,
  loadUnitPlanIssuance,
  loadVisiblePlan,
  taskFlagContext,
} from './plans.service';
import * as repo from './unit-plans.repo';

type UnitPlanKind = (typeof unitPlanKinds)[number];

function isUnitPlanKind(kind: string): kind is UnitPlanKind {
  return (unitPlanKinds as readonly string[]).includes(kind);
}

function requireProvincePlan(row: PlanListRow): void {
  if (row.plan.parentPlanId !== null)
    throw new DomainError('plan_not_province', { id: row.plan.id });
}

function requireUnitPlan(row: PlanListRow): void {
  if (row.plan.parentPlanId === null) throw new DomainError('plan_not_unit', { id: row.plan.id });
}

function requireStatus(plan: { id: number; status: string }, expected: string): void {
  if (plan.status !== expected) {
    throw new DomainError('plan_state_invalid', { id: plan.id, status: plan.status, expected });
  }
}

function unitOf(row: PlanListRow) {
  return { id: row.plan.unitId, path: row.unitPath };
}

/**
 * Target 1 (KH 513/KH-UBND, II.1): a department, central agency, district or commune drafts its
 * own plan from the province's. The draft takes every target with its indicators, and the tasks
 * the unit leads or coordinates; a commune also takes those of its district, since the province
 * plan names districts, not communes (docs/decisions/008 and 011).
 */
export async function createUnitPlan(
  ctx: ServiceContext,
  provincePlanId: number,
  body: CreateUnitPlanBody,
): Promise<PlanDetail> {
  const parent = await loadVisiblePlan(ctx, provincePlanId);
  requireProvincePlan(parent);
  requireStatus(parent.plan, 'issued');
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, body.unitCode);
  assertUnitPermission(ctx.actor, 'unit_plans.manage', unit.path);
  if (!isUnitPlanKind(unit.kind) || unit.validTo !== null) {
    throw new DomainError('unit_plan_not_required', { unitCode: unit.code, kind: unit.kind });
  }
  // The unit itself and its ancestors below the province (a commune's district).
  const pathIds = unit.path.split('/').filter(Boolean).map(Number);
  const appliesToUnitIds = pathIds.slice(1);
  const id = await ctx.db.transaction(async (tx) => {
    await repo.lockPlan(tx, parent.plan.id);
    if (await repo.findUnitPlan(tx, parent.plan.id, unit.id)) {
      throw new DomainError('unit_plan_exists', { unitCode: unit.code });
    }
    const title = `Kế hoạch cải cách hành chính năm ${parent.plan.year} của ${unit.name}`;
    const plan = await repo.insertPlan(tx, {
      provinceCode: ctx.provinceCode,
      unitId: unit.id,
      parentPlanId: parent.plan.id,
      year: parent.plan.year,
      title,
      issuer: unit.name,
      status: 'draft',
      progressRollup: parent.plan.progressRollup,
      staleAfterDays: parent.plan.staleAfterDays,
      searchText: normalizeSearchText(title),
    });
    const copied = await repo.copyPlanFrame(tx, {
      fromPlanId: parent.plan.id,
      fromPlanNumber: parent.plan.number,
      toPlanId: plan.id,
      unitId: unit.id,
      provinceCode: ctx.provinceCode,
      appliesToUnitIds,
    });
    await recordAudit(tx, ctx, {
      action: 'unit_plan.created',
      entityType: 'plan',
      entityId: plan.id,
      unit,
      after: { ...plan, copied },
    });
    return plan.id;
  });
  return getPlanDetail(ctx, id);
}

/** Adds a task of the unit's own to its draft plan. */
export async function addOwnTask(
  ctx: ServiceContext,
  planId: number,
  body: CreatePlanTaskBody,
): Promise<PlanTask> {
  const row = await loadVisiblePlan(ctx, planId);
  requireUnitPlan(row);
  assertUnitPermission(ctx.actor, 'unit_plans.manage', row.unitPath);
  const task = await ctx.db.transaction(async (tx) => {
    const plan = (await repo.lockPlan(tx, planId))!;
    requireStatus(plan, 'draft');
    if (!(await repo.findPlanArea(tx, planId, body.areaCode))) {
      throw new DomainError('plan_area_not_found', { areaCode: body.areaCode });
    }
    const { ordinal, ownNumber } = await repo.nextOwnTaskNumbering(tx, planId);
    const inserted = await repo.insertTask(tx, {
      provinceCode: ctx.provinceCode,
      planId,
      code: `DV.${String(ownNumber).padStart(2, '0')}`,
      ordinal,
      areaCode: body.areaCode,
      textVi: body.textVi,
      leadUnitId: plan.unitId,
      leadBasis: 'Nhiệm vụ do đơn vị bổ sung',
      recurrence: 'once',
      deadlineOn: body.deadline ?? null,
      outputs: body.outputs ?? [],
      weight: body.weight ?? 1,
      searchText: normalizeSearchText(body.textVi),
    });
    await recordAudit(tx, ctx, {
      action: 'plan_task.created',
      entityType: 'plan_task',
      entityId: inserted.id,
      unit: unitOf(row),
      after: inserted,
    });
    return inserted;
  });
  return presentTask(
    { task, leadUnitCode: row.unitCode, leadUnitName: row.unitName },
    [],
    taskFlagContext(row.plan, toVietnamDate(new Date())),
  );
}

/** draft → submitted, by the unit's officer or head. */
export async function submitUnitPlan(ctx: ServiceContext, planId: number): Promise<PlanDetail> {
  const row = await loadVisiblePlan(ctx, planId);
  requireUnitPlan(row);
  assertUnitPermission(ctx.actor, 'unit_plans.manage', row.unitPath);
  await ctx.db.transaction(async (tx) => {
    const before = (await repo.lockPlan(tx, planId))!;
    requireStatus(before, 'draft');
    const after = await repo.updatePlan(tx, planId, {
      status: 'submitted',
      submittedAt: new Date(),
    });
    await recordAudit(tx, ctx, {
      action: 'unit_plan.submitted',
      entityType: 'plan',
      entityId: planId,
      unit: unitOf(row),
      before,
      after,
    });
  });
  return getPlanDetail(ctx, planId);
}

/**
 * submitted → draft with a comment, by the level above the unit: Sở Nội vụ (reform_steering at
 * the province) or the head of an ancestor unit (a district's head for its communes). The unit's
 * own head signs its plan; returning it is not theirs (docs/decisions/011).
 */
export async function returnUnitPlan(
  ctx: ServiceContext,
  planId: number,
  body: ReturnPlanBody,
): Promise<PlanDetail> {
  const row = await loadVisiblePlan(ctx, planId);
  requireUnitPlan(row);
  const levelAbove = row.unitPath.replace(/[^/]+\/$/, '');
  if (!canAccessUnit(ctx.actor.grants, 'unit_plans.review', levelAbove)) {
    const holds = findPermissionScopes(ctx.actor.grants, 'unit_plans.review').length > 0;
    throw new DomainError(holds ? 'out_of_scope' : 'forbidden');
  }
  await ctx.db.transaction(async (tx) => {
    const before = (await repo.lockPlan(tx, planId))!;
    requireStatus(before, 'submitted');
    const after = await repo.updatePlan(tx, planId, {
      status: 'draft',
      returnComment: body.comment,
      submittedAt: null,
    });
    await recordAudit(tx, ctx, {
      action: 'unit_plan.returned',
      entityType: 'plan',
      entityId: planId,
      unit: unitOf(row),
      before,
      after,
    });
  });
  return getPlanDetail(ctx, planId);
}

/** submitted → issued: the unit records the number and date its head signed the plan under. */
export async function issueUnitPlan(
  ctx: ServiceContext,
  planId: number,
  body: IssuePlanBody,
  asOf: Date = new Date(),
): Promise<PlanDetail> {
  const row = await loadVisiblePlan(ctx, planId);
  requireUnitPlan(row);
  assertUnitPermission(ctx.actor, 'unit_plans.manage', row.unitPath);
  await ctx.db.transaction(async (tx) => {
    const before = (await repo.lockPlan(tx, planId))!;
    requireStatus(before, 'submitted');
    const parent = (await repo.lockPlan(tx, before.parentPlanId!))!;
    if (
      body.issuedOn > toVietnamDate(asOf) ||
      (parent.issuedOn !== null && body.issuedOn < parent.issuedOn)
    ) {
      throw new DomainError('plan_issue_date_invalid', {
        issuedOn: body.issuedOn,
        provincePlanIssuedOn: parent.issuedOn,
      });
    }
    const after = await repo.updatePlan(tx, planId, {
      status: 'issued',
      number: body.number,
      issuedOn: body.issuedOn,
    });
    await recordAudit(tx, ctx, {
      action: 'unit_plan.issued',
      entityType: 'plan',
      entityId: planId,
      unit: unitOf(row),
      before,
      after,
    });
  });
  return getPlanDetail(ctx, planId);
}

/** Sở Nội vụ's settings of the province plan: the unit-plan deadline and progress follow-up. */
export async function updatePlanSettings(
  ctx: ServiceContext,
  planId: number,
  body: UpdatePlanBody,
): Promise<PlanDetail> {
  const row = await loadVisiblePlan(ctx, planId);
  requireProvincePlan(row);
  assertUnitPermission(ctx.actor, 'plans.steer', row.unitPath);
  await ctx.db.transaction(async (tx) => {
    const before = (await repo.lockPlan(tx, planId))!;
    const after = await repo.updatePlan(tx, planId, {
      ...(body.unitPlanDeadline === undefined ? {} : { unitPlanDeadline: body.unitPlanDeadline }),
      ...(body.staleAfterDays === undefined ? {} : { staleAfterDays: body.staleAfterDays }),
      ...(body.progressRollup === undefined ? {} : { progressRollup: body.progressRollup }),
    });
    await recordAudit(tx, ctx, {
      action: 'plan.settings_updated',
      entityType: 'plan',
      entityId: planId,
      unit: unitOf(row),
      before,
      after,
    });
  });
  return getPlanDetail(ctx, planId);
}

/**
 * Who of a subtree has issued a plan under the province plan, who is late, and the share. The
 * share is T01a for the subtree and the plan's year, from the same rows as the targets.
 */
export async function getUnitPlansStatus(
  ctx: ServiceContext,
  planId: number,
  query: UnitPlansStatusQuery,
  asOf: Date = new Date(),
): Promise<UnitPlansStatus> {
  const row = await loadVisiblePlan(ctx, planId);
  requireProvincePlan(row);
  const unit = query.unit
    ? await resolveUnit(ctx.db, ctx.provinceCode, query.unit)
    : { code: row.unitCode, path: row.unitPath };
  // Names and numbers of the units' plans: only within the reader's subtrees.
  assertUnitPermission(ctx.actor, 'plans.read', unit.path);
  const range = computePeriodRange(parsePeriodCode(String(row.plan.year))!);
  const { rows, share } = await loadUnitPlanIssuance(ctx, planId, unit.path, range);
  const deadline = row.plan.unitPlanDeadline;
  const today = toVietnamDate(asOf);
  const all: UnitPlanStatusItem[] = rows.map((r) => {
    const issuedOn = r.plan?.status === 'issued' ? r.plan.issuedOn : null;
    const state: UnitPlanStatusItem['state'] =
      issuedOn !== null
        ? deadline !== null && issuedOn > deadline
          ? 'late'
          : 'issued'
        : deadline !== null && today > deadline
          ? 'late'
          : 'pending';
    return {
      unitCode: r.code,
      unitName: r.name,
      kind: r.kind as UnitPlanKind,
      planId: r.plan?.id ?? null,
      planStatus: (r.plan?.status ?? null) as UnitPlanStatusItem['planStatus'],
      number: issuedOn !== null ? (r.plan?.number ?? null) : null,
      issuedOn,
      state,
    };
  });
  const filtered = all.filter(
    (item) =>
      (query.kind === undefined || item.kind === query.kind) &&
      (query.state === undefined || item.state === query.state),
  );
  const { page, pageSize } = query;
  const paged: Paged<UnitPlanStatusItem> = {
    items: filtered.slice((page - 1) * pageSize, page * pageSize),
    total: filtered.length,
    page,
    pageSize,
  };
  return {
    ...paged,
    unitCode: unit.code,
    deadline,
    summary: {
      required: all.length,
      issued: all.filter((item) => item.issuedOn !== null).length,
      late: all.filter((item) => item.state === 'late').length,
      share,
    },
  };
}
