import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { CreatePlanBody, ImportPlanTasksResult } from '../../../contracts/plan-work';
import type { ListPlanTasksQuery, PlanDetail, taskRecurrences } from '../../../contracts/plans';
import { isCalendarDate } from '../../../core/periods/calendar-date';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import { toVietnamDate } from '../../../core/time/calendar-date';
import type { Queryable } from '../../db/database';
import { units } from '../../db/schema/org';
import {
  planAreas,
  plans,
  planTaskCoordinatingUnits,
  planTaskProgress,
  planTasks,
} from '../../db/schema/plans';
import { readTabularFile, type SheetRow } from '../../files/tabular-file';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertUnitPermission } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import type { PlanListRow } from './plans.repo';
import { getPlanDetail, listPlanTasks, loadVisiblePlan } from './plans.service';

type Recurrence = (typeof taskRecurrences)[number];

/** The columns of a plan's annex of key tasks, as the export writes them and the import reads. */
export const taskSheetColumns = [
  { key: 'code', header: 'Mã nhiệm vụ', width: 14 },
  { key: 'area', header: 'Lĩnh vực', width: 16 },
  { key: 'areaName', header: 'Tên lĩnh vực', width: 28 },
  { key: 'text', header: 'Nội dung nhiệm vụ', width: 70 },
  { key: 'lead', header: 'Đơn vị chủ trì', width: 14 },
  { key: 'coordinating', header: 'Đơn vị phối hợp', width: 20 },
  { key: 'recurrence', header: 'Tần suất', width: 14 },
  { key: 'deadline', header: 'Thời hạn', width: 12 },
  { key: 'outputs', header: 'Sản phẩm', width: 40 },
  { key: 'budget', header: 'Kinh phí (đồng)', width: 16 },
  { key: 'weight', header: 'Trọng số', width: 10 },
] as const;
type ColumnKey = (typeof taskSheetColumns)[number]['key'];
const headerOf = Object.fromEntries(taskSheetColumns.map((c) => [c.key, c.header])) as Record<
  ColumnKey,
  string
>;

/** Status columns the list export adds after the annex columns; the import ignores them. */
const statusColumns = [
  { key: 'leadName', header: 'Tên đơn vị chủ trì', width: 28 },
  { key: 'status', header: 'Trạng thái', width: 16 },
  { key: 'progress', header: 'Tiến độ (%)', width: 10 },
  { key: 'overdue', header: 'Quá hạn', width: 9 },
  { key: 'stale', header: 'Chậm cập nhật', width: 9 },
  { key: 'parent', header: 'Thuộc nhiệm vụ', width: 14 },
] as const;

const recurrenceVi: Record<Recurrence, string> = {
  once: 'Một lần',
  continuous: 'Thường xuyên',
  periodic: 'Định kỳ',
  yearly: 'Hằng năm',
};
const statusVi = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  overdue: 'Quá hạn',
} as const;

function readRecurrence(text: string): Recurrence | null {
  if (text === '') return 'once';
  const normalized = normalizeSearchText(text);
  for (const [code, label] of Object.entries(recurrenceVi) as Array<[Recurrence, string]>) {
    if (normalized === code || normalized === normalizeSearchText(label)) return code;
  }
  return null;
}

/** `dd/MM/yyyy` as the province writes dates, or ISO `yyyy-MM-dd` (what ExcelJS gives for a date cell). */
function readDate(text: string): string | null | 'invalid' {
  if (text === '') return null;
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = vi ? `${vi[3]}-${vi[2]!.padStart(2, '0')}-${vi[1]!.padStart(2, '0')}` : text;
  return isCalendarDate(iso) ? iso : 'invalid';
}

function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Who may change a plan's tasks by file: Sở Nội vụ for a province plan, the unit for its own. */
function assertCanImport(ctx: ServiceContext, plan: PlanListRow): void {
  assertUnitPermission(
    ctx.actor,
    plan.plan.parentPlanId === null ? 'plans.import' : 'unit_plans.manage',
    plan.unitPath,
  );
}

// ---------------------------------------------------------------- export

/** The plan's tasks with the list's filters, as an .xlsx the import reads back. */
export async function exportPlanTasks(
  ctx: ServiceContext,
  planId: number,
  filter: Omit<ListPlanTasksQuery, 'page' | 'pageSize'>,
): Promise<{ content: Buffer; plan: PlanListRow }> {
  const plan = await loadVisiblePlan(ctx, planId);
  const items: Awaited<ReturnType<typeof listPlanTasks>>['items'] = [];
  for (let page = 1; ; page += 1) {
    const chunk = await listPlanTasks(ctx, planId, { ...filter, page, pageSize: 500 });
    items.push(...chunk.items);
    if (items.length >= chunk.total || chunk.items.length === 0) break;
  }
  const areas = await ctx.db
    .select({ code: planAreas.code, nameVi: planAreas.nameVi })
    .from(planAreas)
    .where(eq(planAreas.planId, planId));
  const areaNames = new Map(areas.map((a) => [a.code, a.nameVi]));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cchc';
  const sheet = workbook.addWorksheet('Nhiệm vụ');
  sheet.columns = [...taskSheetColumns, ...statusColumns].map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  for (const task of items) {
    const row = sheet.addRow({
      code: task.code,
      area: task.areaCode,
      areaName: areaNames.get(task.areaCode) ?? '',
      text: task.textVi,
      lead: task.leadUnitCode,
      coordinating: task.coordinatingUnitCodes.join('; '),
      recurrence: recurrenceVi[task.recurrence],
      deadline: task.deadline ? task.deadline.split('-').reverse().join('/') : '',
      outputs: task.outputs.join('\n'),
      budget: task.budgetVnd,
      weight: task.weight,
      leadName: task.leadUnitName,
      status: statusVi[task.status],
      progress: task.progress,
      overdue: task.overdue ? 'x' : '',
      stale: task.stale ? 'x' : '',
      parent: task.parentCode ?? '',
    });
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell('budget').numFmt = '#,##0';
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
  return { content: Buffer.from(await workbook.xlsx.writeBuffer()), plan };
}

// ---------------------------------------------------------------- import

type RowError = ImportPlanTasksResult['errors'][number];

interface ParsedTask {
  row: number;
  code: string;
  areaCode: string;
  areaName: string | null;
  textVi: string;
  leadUnitId: number;
  coordinatingUnitIds: number[];
  recurrence: Recurrence;
  deadline: string | null;
  outputs: string[];
  budgetVnd: number | null;
  weight: number;
}

type UnitIndex = Map<string, { id: number; path: string; open: boolean }>;

async function loadUnitIndex(db: Queryable, provinceCode: string): Promise<UnitIndex> {
  const rows = await db
    .select({ id: units.id, code: units.code, path: units.path, validTo: units.validTo })
    .from(units)
    .where(eq(units.provinceCode, provinceCode));
  const index: UnitIndex = new Map();
  for (const row of rows) {
    const known = index.get(row.code);
    // An open unit wins over a closed one that once had the same code.
    if (!known || (row.validTo === null && !known.open))
      index.set(row.code, { id: row.id, path: row.path, open: row.validTo === null });
  }
  return index;
}

function parseRow(
  { row, values }: SheetRow,
  plan: PlanListRow,
  unitIndex: UnitIndex,
  fail: (column: ColumnKey | null, message: string) => void,
): ParsedTask | null {
  const get = (key: ColumnKey) => (values[headerOf[key].toLowerCase()] ?? '').trim();
  const before = { count: 0 };
  const failCounting = (column: ColumnKey | null, message: string) => {
    before.count += 1;
    fail(column, message);
  };
  const code = get('code');
  if (!code) failCounting('code', 'Thiếu mã nhiệm vụ');
  else if (code.length > 40 || !/^[\p{L}\p{N}._-]+$/u.test(code))
    failCounting('code', 'Mã nhiệm vụ chỉ gồm chữ, số, dấu chấm, gạch ngang (tối đa 40 ký tự)');
  const areaCode = get('area');
  if (!areaCode) failCounting('area', 'Thiếu mã lĩnh vực');
  const textVi = get('text');
  if (!textVi) failCounting('text', 'Thiếu nội dung nhiệm vụ');
  else if (textVi.length > 4000) failCounting('text', 'Nội dung dài quá 4000 ký tự');
  const leadCode = get('lead');
  const lead = unitIndex.get(leadCode);
  if (!leadCode) failCounting('lead', 'Thiếu mã đơn vị chủ trì');
  else if (!lead?.open) failCounting('lead', `Không có đơn vị đang hoạt động mã ${leadCode}`);
  else if (!lead.path.startsWith(plan.unitPath))
    failCounting('lead', `Đơn vị ${leadCode} không thuộc ${plan.unitName}`);
  const coordinatingUnitIds: number[] = [];
  for (const c of splitList(get('coordinating'), /[;,\n]/)) {
    const unit = unitIndex.get(c);
    if (!unit?.open) failCounting('coordinating', `Không có đơn vị đang hoạt động mã ${c}`);
    else if (unit.id !== lead?.id && !coordinatingUnitIds.includes(unit.id))
      coordinatingUnitIds.push(unit.id);
  }
  const recurrence = readRecurrence(get('recurrence'));
  if (!recurrence)
    failCounting('recurrence', 'Tần suất phải là: Một lần, Thường xuyên, Định kỳ hoặc Hằng năm');
  const deadline = readDate(get('deadline'));
  if (deadline === 'invalid') failCounting('deadline', 'Thời hạn phải là ngày dạng dd/mm/yyyy');
  else if (deadline !== null && Number(deadline.slice(0, 4)) > plan.plan.year + 10)
    failCounting('deadline', 'Thời hạn quá xa so với năm của kế hoạch');
  const outputs = splitList(get('outputs'), /\n|;/);
  if (outputs.length > 20 || outputs.some((o) => o.length > 500))
    failCounting('outputs', 'Tối đa 20 sản phẩm, mỗi sản phẩm tối đa 500 ký tự');
  const budgetText = get('budget').replace(/[.\s]/g, '');
  const budgetVnd = budgetText === '' ? null : Number(budgetText);
  if (budgetVnd !== null && !(Number.isSafeInteger(budgetVnd) && budgetVnd >= 0))
    failCounting('budget', 'Kinh phí phải là số đồng nguyên, không âm');
  const weightText = get('weight');
  const weight = weightText === '' ? 1 : Number(weightText);
  if (!(Number.isInteger(weight) && weight >= 1 && weight <= 100))
    failCounting('weight', 'Trọng số phải là số nguyên từ 1 đến 100');
  if (before.count > 0) return null;
  return {
    row,
    code,
    areaCode,
    areaName: get('areaName') || null,
    textVi,
    leadUnitId: lead!.id,
    coordinatingUnitIds,
    recurrence: recurrence!,
    deadline: deadline as string | null,
    outputs,
    budgetVnd,
    weight,
  };
}

/**
 * Imports the plan's annex of key tasks from the sheet the export writes (.xlsx or .csv). All or
 * nothing: every row is checked, and with any error nothing is written and each bad row is
 * reported. A row equal to the stored task is left alone; a task already reported on (or split)
 * is not rewritten by a file. Areas missing from the plan are added from the sheet's "Tên lĩnh
 * vực", or from an earlier plan of the province with the same area code.
 */
export async function importPlanTasks(
  ctx: ServiceContext,
  planId: number,
  content: Buffer,
  dryRun: boolean,
): Promise<ImportPlanTasksResult> {
  const plan = await loadVisiblePlan(ctx, planId);
  assertCanImport(ctx, plan);
  const sheet = await readTabularFile(content);
  const errors: RowError[] = [];
  if (sheet.length === 0)
    errors.push({ row: 1, column: null, message: 'Tệp không có dòng dữ liệu nào' });
  const headers = new Set(Object.keys(sheet[0]?.values ?? {}));
  for (const key of ['code', 'area', 'text', 'lead'] as const)
    if (sheet.length > 0 && !headers.has(headerOf[key].toLowerCase()))
      errors.push({ row: 1, column: headerOf[key], message: `Thiếu cột "${headerOf[key]}"` });
  if (errors.length > 0) return finish(dryRun, errors);

  return ctx.db.transaction(async (tx) => {
    await tx.select({ id: plans.id }).from(plans).where(eq(plans.id, planId)).for('update');
    const unitIndex = await loadUnitIndex(tx, ctx.provinceCode);
    const areas = await tx.select().from(planAreas).where(eq(planAreas.planId, planId));
    const areaCodes = new Set(areas.map((a) => a.code));
    const knownAreas = await tx
      .select({ code: planAreas.code, nameVi: planAreas.nameVi, section: planAreas.section })
      .from(planAreas)
      .innerJoin(plans, eq(plans.id, planAreas.planId))
      .where(and(eq(plans.provinceCode, ctx.provinceCode), isNull(plans.parentPlanId)))
      .orderBy(asc(plans.year));
    const knownAreaByCode = new Map(knownAreas.map((a) => [a.code, a]));
    const existing = await tx.select().from(planTasks).where(eq(planTasks.planId, planId));
    const existingByCode = new Map(existing.map((t) => [t.code, t]));
    const coordinating = existing.length
      ? await tx
          .select()
          .from(planTaskCoordinatingUnits)
          .where(
            inArray(
              planTaskCoordinatingUnits.taskId,
              existing.map((t) => t.id),
            ),
          )
      : [];
    const reported = new Set(
      existing.length
        ? (
            await tx
              .selectDistinct({ taskId: planTaskProgress.taskId })
              .from(planTaskProgress)
              .where(
                inArray(
                  planTaskProgress.taskId,
                  existing.map((t) => t.id),
                ),
              )
          ).map((r) => r.taskId)
        : [],
    );
    const split = new Set(existing.map((t) => t.parentTaskId).filter((id) => id !== null));

    const newAreas = new Map<string, { nameVi: string; section: string }>();
    const seen = new Map<string, number>();
    const planned: Array<{
      parsed: ParsedTask;
      existing: (typeof existing)[number] | null;
      changed: boolean;
    }> = [];
    for (const sheetRow of sheet) {
      const fail = (column: ColumnKey | null, message: string) =>
        errors.push({ row: sheetRow.row, column: column ? headerOf[column] : null, message });
      const parsed = parseRow(sheetRow, plan, unitIndex, fail);
      if (!parsed) continue;
      const earlier = seen.get(parsed.code);
      if (earlier !== undefined) {
        fail('code', `Mã ${parsed.code} lặp lại (đã có ở dòng ${earlier})`);
        continue;
      }
      seen.set(parsed.code, parsed.row);
      if (!areaCodes.has(parsed.areaCode) && !newAreas.has(parsed.areaCode)) {
        const known = knownAreaByCode.get(parsed.areaCode);
        if (parsed.areaName)
          newAreas.set(parsed.areaCode, { nameVi: parsed.areaName, section: known?.section ?? '' });
        else if (known)
          newAreas.set(parsed.areaCode, { nameVi: known.nameVi, section: known.section });
        else {
          fail('area', `Kế hoạch chưa có lĩnh vực ${parsed.areaCode}; hãy ghi "Tên lĩnh vực"`);
          continue;
        }
      }
      const stored = existingByCode.get(parsed.code) ?? null;
      if (stored?.parentTaskId) {
        fail('code', `${parsed.code} là nhiệm vụ con, không nhập bằng tệp`);
        continue;
      }
      const changed = stored === null || !sameTask(stored, coordinating, parsed);
      if (stored && changed && (reported.has(stored.id) || split.has(stored.id))) {
        fail(
          'code',
          `Nhiệm vụ ${parsed.code} đã có cập nhật tiến độ hoặc nhiệm vụ con, không sửa bằng tệp`,
        );
        continue;
      }
      planned.push({ parsed, existing: stored, changed });
    }
    if (errors.length > 0 || dryRun) return finish(dryRun, errors, planned, newAreas.size);

    let ordinal = existing.reduce((max, t) => Math.max(max, t.ordinal), 0);
    let areaOrdinal = areas.reduce((max, a) => Math.max(max, a.ordinal), 0);
    for (const [code, area] of newAreas) {
      areaOrdinal += 1;
      await tx.insert(planAreas).values({
        provinceCode: ctx.provinceCode,
        planId,
        code,
        section: area.section,
        nameVi: area.nameVi,
        ordinal: areaOrdinal,
      });
    }
    for (const { parsed, existing: stored, changed } of planned) {
      if (!changed) continue;
      const values = {
        areaCode: parsed.areaCode,
        textVi: parsed.textVi,
        leadUnitId: parsed.leadUnitId,
        recurrence: parsed.recurrence,
        deadlineOn: parsed.deadline,
        outputs: parsed.outputs,
        budgetVnd: parsed.budgetVnd,
        weight: parsed.weight,
        searchText: normalizeSearchText(`${parsed.code} ${parsed.textVi}`),
      };
      const row = stored
        ? (
            await tx.update(planTasks).set(values).where(eq(planTasks.id, stored.id)).returning()
          )[0]!
        : (
            await tx
              .insert(planTasks)
              .values({
                ...values,
                provinceCode: ctx.provinceCode,
                planId,
                code: parsed.code,
                ordinal: ++ordinal,
                leadBasis: 'Nhập từ phụ lục nhiệm vụ (.xlsx)',
              })
              .returning()
          )[0]!;
      await tx
        .delete(planTaskCoordinatingUnits)
        .where(eq(planTaskCoordinatingUnits.taskId, row.id));
      if (parsed.coordinatingUnitIds.length > 0) {
        await tx
          .insert(planTaskCoordinatingUnits)
          .values(parsed.coordinatingUnitIds.map((unitId) => ({ taskId: row.id, unitId })));
      }
      await recordAudit(tx, ctx, {
        action: stored ? 'plan_task.updated' : 'plan_task.imported',
        entityType: 'plan_task',
        entityId: row.id,
        unit: { id: plan.plan.unitId, path: plan.unitPath },
        before: stored ?? undefined,
        after: { ...row, coordinatingUnitIds: parsed.coordinatingUnitIds },
      });
    }
    return finish(dryRun, errors, planned, newAreas.size);
  });
}

function sameTask(
  stored: typeof planTasks.$inferSelect,
  coordinating: Array<{ taskId: number; unitId: number }>,
  parsed: ParsedTask,
): boolean {
  const storedCoordinating = coordinating
    .filter((c) => c.taskId === stored.id)
    .map((c) => c.unitId)
    .sort();
  return (
    stored.areaCode === parsed.areaCode &&
    stored.textVi === parsed.textVi &&
    stored.leadUnitId === parsed.leadUnitId &&
    stored.recurrence === parsed.recurrence &&
    stored.deadlineOn === parsed.deadline &&
    JSON.stringify(stored.outputs) === JSON.stringify(parsed.outputs) &&
    (stored.budgetVnd ?? null) === parsed.budgetVnd &&
    stored.weight === parsed.weight &&
    JSON.stringify(storedCoordinating) === JSON.stringify([...parsed.coordinatingUnitIds].sort())
  );
}

function finish(
  dryRun: boolean,
  errors: RowError[],
  planned: Array<{ existing: unknown; changed: boolean }> = [],
  areasCreated = 0,
): ImportPlanTasksResult {
  if (errors.length > 0) {
    const sorted = [...errors].sort((a, b) => a.row - b.row);
    if (!dryRun) throw new DomainError('import_has_errors', { errors: sorted });
    return { dryRun, created: 0, updated: 0, unchanged: 0, areasCreated: 0, errors: sorted };
  }
  return {
    dryRun,
    created: planned.filter((p) => p.changed && !p.existing).length,
    updated: planned.filter((p) => p.changed && p.existing).length,
    unchanged: planned.filter((p) => !p.changed).length,
    areasCreated,
    errors: [],
  };
}

// ---------------------------------------------------------------- a plan of another year

/**
 * A province plan of another year, recorded by Sở Nội vụ (its tasks then come from the annex
 * import). Already signed: recorded as issued on that date; otherwise a draft.
 */
export async function createProvincePlan(
  ctx: ServiceContext,
  body: CreatePlanBody,
): Promise<PlanDetail> {
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, body.unitCode);
  assertUnitPermission(ctx.actor, 'plans.import', unit.path);
  if (unit.kind !== 'province' || unit.validTo !== null) {
    throw new DomainError('unit_plan_not_required', { unitCode: unit.code, kind: unit.kind });
  }
  if (body.issuedOn && body.issuedOn > toVietnamDate(new Date())) {
    throw new DomainError('plan_issue_date_invalid', { issuedOn: body.issuedOn });
  }
  const id = await ctx.db.transaction(async (tx) => {
    await tx.select({ id: units.id }).from(units).where(eq(units.id, unit.id)).for('update');
    const [clash] = await tx
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.unitId, unit.id), eq(plans.year, body.year), isNull(plans.parentPlanId)));
    if (clash) throw new DomainError('plan_exists', { unitCode: unit.code, year: body.year });
    const previous = await tx
      .select()
      .from(plans)
      .where(and(eq(plans.unitId, unit.id), isNull(plans.parentPlanId)))
      .orderBy(asc(plans.year));
    const last = previous.at(-1);
    const [row] = await tx
      .insert(plans)
      .values({
        provinceCode: ctx.provinceCode,
        unitId: unit.id,
        year: body.year,
        number: body.number,
        title: body.title,
        issuer: last?.issuer ?? `UBND ${unit.name.replace(/^Tỉnh/, 'tỉnh')}`,
        place: last?.place ?? null,
        issuedOn: body.issuedOn ?? null,
        signerName: body.signerName ?? null,
        signerTitle: body.signerTitle ?? null,
        status: body.issuedOn ? 'issued' : 'draft',
        progressRollup: last?.progressRollup ?? 'by_status',
        staleAfterDays: last?.staleAfterDays ?? 30,
        searchText: normalizeSearchText(`${body.number} ${body.title}`),
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'plan.created',
      entityType: 'plan',
      entityId: row!.id,
      unit: { id: unit.id, path: unit.path },
      after: row,
    });
    return row!.id;
  });
  return getPlanDetail(ctx, id);
}
