import { and, eq } from 'drizzle-orm';
import type { ReportTemplate, ReportTemplateBody } from '../../../contracts/plan-work';
import type { Queryable } from '../../db/database';
import { units } from '../../db/schema/org';
import { planReportTemplates } from '../../db/schema/plan-work';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertUnitPermission } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import type { PlanListRow } from './plans.repo';
import { loadVisiblePlan } from './plans.service';

type ReportUnit = { id: number; code: string; name: string; kind: string; path: string };

const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

/** People's committees issue as "ỦY BAN NHÂN DÂN <tên>"; their symbol is UBND (NĐ 30/2020, Phụ lục III). */
const committeeKinds = new Set(['province', 'district', 'commune']);

/**
 * The template used until an administrator saves one: the issuer from the unit (NĐ 30/2020,
 * Phụ lục I, ô số 2: a department writes its governing body above its own name), the report's
 * usual recipients, and the plan's signer when the report is the plan's own unit's.
 */
export function defaultReportTemplate(
  plan: PlanListRow,
  unit: ReportUnit,
  provinceName: string,
  parentName: string | null,
): ReportTemplateBody {
  const committee = committeeKinds.has(unit.kind);
  const ownPlan = plan.plan.unitId === unit.id;
  const recipients =
    unit.kind === 'province'
      ? [
          'Bộ Nội vụ',
          'TT Tỉnh ủy, TT HĐND tỉnh',
          'Chủ tịch, các PCT UBND tỉnh',
          'Sở Nội vụ',
          'Lưu: VT, NC.',
        ]
      : unit.kind === 'commune' && parentName
        ? [`UBND ${parentName}`, 'Lưu: VT.']
        : ['UBND tỉnh (để báo cáo)', 'Sở Nội vụ (để tổng hợp)', 'Lưu: VT.'];
  return {
    issuerParent: committee ? null : `UBND ${upper(provinceName)}`,
    issuerName: committee ? `ỦY BAN NHÂN DÂN\n${upper(unit.name)}` : upper(unit.name),
    numberSymbol: committee ? 'UBND' : unit.code.replace(/[^0-9A-Za-z]/g, ''),
    place: plan.plan.place ?? provinceName.replace(/^Tỉnh\s+/i, ''),
    titlePattern: 'Kết quả công tác cải cách hành chính {ky}',
    recipients,
    signingCapacity: committee ? 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH' : 'KT. GIÁM ĐỐC',
    signerTitle: committee ? 'PHÓ CHỦ TỊCH' : 'PHÓ GIÁM ĐỐC',
    signerName: ownPlan ? (plan.plan.signerName ?? '') : '',
    sections: { direction: '', results: '', assessment: '', nextTasks: '', proposals: '' },
  };
}

async function findTemplateRow(db: Queryable, planId: number, unitId: number) {
  const [row] = await db
    .select()
    .from(planReportTemplates)
    .where(and(eq(planReportTemplates.planId, planId), eq(planReportTemplates.unitId, unitId)));
  return row ?? null;
}

/** The plan's reporting unit: the plan's own when none is named; refused outside the reader's subtree. */
export async function resolveReportUnit(
  ctx: ServiceContext,
  plan: PlanListRow,
  unitCode: string | undefined,
): Promise<ReportUnit> {
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, unitCode ?? plan.unitCode);
  assertUnitPermission(ctx.actor, 'plans.read', unit.path);
  return { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind, path: unit.path };
}

/** The template in force: the saved one, or the defaults. */
export async function loadReportTemplate(
  ctx: ServiceContext,
  plan: PlanListRow,
  unit: ReportUnit,
): Promise<ReportTemplate> {
  const ids = unit.path.split('/').filter(Boolean).map(Number);
  const province = await resolveUnitById(ctx, ids[0]!);
  const parent = ids.length > 1 ? await resolveUnitById(ctx, ids[ids.length - 2]!) : null;
  const defaults = defaultReportTemplate(plan, unit, province?.name ?? '', parent?.name ?? null);
  const row = await findTemplateRow(ctx.db, plan.plan.id, unit.id);
  const base = { unitCode: unit.code, unitName: unit.name };
  if (!row) return { ...defaults, ...base, saved: false, updatedAt: null };
  return {
    ...base,
    issuerParent: row.issuerParent,
    issuerName: row.issuerName ?? defaults.issuerName,
    numberSymbol: row.numberSymbol ?? defaults.numberSymbol,
    place: row.place ?? defaults.place,
    titlePattern: row.titlePattern ?? defaults.titlePattern,
    recipients: row.recipients ?? defaults.recipients,
    signingCapacity: row.signingCapacity ?? defaults.signingCapacity,
    signerTitle: row.signerTitle ?? defaults.signerTitle,
    signerName: row.signerName ?? defaults.signerName,
    sections: { ...defaults.sections, ...row.sections },
    saved: true,
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function resolveUnitById(ctx: ServiceContext, id: number) {
  const [row] = await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, id));
  return row ?? null;
}

export async function getReportTemplate(
  ctx: ServiceContext,
  planId: number,
  unitCode: string | undefined,
): Promise<ReportTemplate> {
  const plan = await loadVisiblePlan(ctx, planId);
  const unit = await resolveReportUnit(ctx, plan, unitCode);
  return loadReportTemplate(ctx, plan, unit);
}

/** Administrators of the unit (or Sở Nội vụ) keep the wording of its report. */
export async function saveReportTemplate(
  ctx: ServiceContext,
  planId: number,
  unitCode: string | undefined,
  body: ReportTemplateBody,
): Promise<ReportTemplate> {
  const plan = await loadVisiblePlan(ctx, planId);
  const unit = await resolveReportUnit(ctx, plan, unitCode);
  assertUnitPermission(ctx.actor, 'plan_reports.template', unit.path);
  await ctx.db.transaction(async (tx) => {
    const before = await findTemplateRow(tx, planId, unit.id);
    const values = {
      issuerParent: body.issuerParent || null,
      issuerName: body.issuerName,
      numberSymbol: body.numberSymbol,
      place: body.place,
      titlePattern: body.titlePattern,
      recipients: body.recipients,
      signingCapacity: body.signingCapacity,
      signerTitle: body.signerTitle,
      signerName: body.signerName,
      sections: body.sections,
      updatedByUserId: ctx.actor.userId,
      updatedAt: new Date(),
    };
    const [after] = before
      ? await tx
          .update(planReportTemplates)
          .set(values)
          .where(eq(planReportTemplates.id, before.id))
          .returning()
      : await tx
          .insert(planReportTemplates)
          .values({ ...values, provinceCode: ctx.provinceCode, planId, unitId: unit.id })
          .returning();
    await recordAudit(tx, ctx, {
      action: 'plan_report_template.saved',
      entityType: 'plan_report_template',
      entityId: after!.id,
      unit,
      before: before ?? undefined,
      after,
    });
  });
  return loadReportTemplate(ctx, plan, unit);
}
