import { z } from 'zod';
import { calendarDateSchema } from '../../../contracts/common';
import type { ImportUnitsResult } from '../../../contracts/units';
import { unitCodeSchema, unitImportColumns, unitKindSchema } from '../../../contracts/units';
import { canAccessUnit } from '../../../core/auth/access';
import { canHaveParent, type UnitKind } from '../../../core/org/unit-kind';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import { toVietnamDate } from '../../../core/time/calendar-date';
import { readTabularFile, writeSheet } from '../../files/tabular-file';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import * as repo from './units.repo';
import { insertOpenUnit } from './units.service';

const importRowSchema = z.object({
  code: unitCodeSchema,
  name: z.string().trim().min(2).max(200),
  kind: unitKindSchema,
  parent_code: unitCodeSchema,
  type_label: z.string().trim().max(60).optional(),
  short_name: z.string().trim().max(80).optional(),
  valid_from: calendarDateSchema.optional(),
});

type ImportRow = z.infer<typeof importRowSchema> & { row: number };
type RowError = ImportUnitsResult['errors'][number];

/**
 * Imports units from an .xlsx or .csv sheet. All or nothing: the file is checked row by row
 * first and, if any row is wrong, nothing is written and every bad row is reported.
 */
export async function importUnits(
  ctx: ServiceContext,
  content: Buffer,
  dryRun: boolean,
): Promise<ImportUnitsResult> {
  const sheet = await readTabularFile(content);
  const errors: RowError[] = [];
  const rows: ImportRow[] = [];
  // A row without valid_from takes effect today in Việt Nam, not today in UTC.
  const today = toVietnamDate(new Date());
  for (const { row, values } of sheet) {
    const parsed = importRowSchema.safeParse(
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' ? undefined : v])),
    );
    // The default date is set here, so the plan checks the same date that is written.
    if (parsed.success)
      rows.push({ ...parsed.data, valid_from: parsed.data.valid_from ?? today, row });
    else
      for (const issue of parsed.error.issues)
        errors.push({ row, column: String(issue.path[0] ?? ''), message: issue.message });
  }
  if (sheet.length === 0)
    errors.push({ row: 1, column: null, message: 'Tệp không có dòng dữ liệu nào' });

  return ctx.db.transaction(async (tx) => {
    const plan = await planImport(tx, ctx, rows, errors);
    if (errors.length > 0) {
      if (dryRun) return { dryRun, created: 0, updated: 0, errors: sortErrors(errors) };
      throw new DomainError('import_has_errors', { errors: sortErrors(errors) });
    }
    if (dryRun)
      return { dryRun, created: plan.creates.length, updated: plan.updates.length, errors: [] };
    for (const row of plan.creates) {
      const unit = await insertOpenUnit(
        tx,
        ctx,
        {
          code: row.code,
          name: row.name,
          kind: row.kind,
          parentCode: row.parent_code,
          typeLabel: row.type_label ?? null,
          shortName: row.short_name ?? null,
        },
        row.valid_from ?? today,
      );
      await recordAudit(tx, ctx, {
        action: 'unit.imported',
        entityType: 'unit',
        entityId: unit.id,
        unit,
        after: unit,
      });
    }
    for (const { row, unit: before } of plan.updates) {
      const after = await repo.updateUnit(tx, before.id, {
        name: row.name,
        typeLabel: row.type_label ?? before.typeLabel,
        shortName: row.short_name ?? before.shortName,
        searchText: normalizeSearchText(`${row.name} ${row.short_name ?? before.shortName ?? ''}`),
      });
      await recordAudit(tx, ctx, {
        action: 'unit.updated',
        entityType: 'unit',
        entityId: after.id,
        unit: after,
        before,
        after,
      });
    }
    return { dryRun, created: plan.creates.length, updated: plan.updates.length, errors: [] };
  });
}

async function planImport(
  tx: Parameters<typeof repo.findUnitByCode>[0],
  ctx: ServiceContext,
  rows: ImportRow[],
  errors: RowError[],
) {
  const creates: ImportRow[] = [];
  const updates: Array<{ row: ImportRow; unit: repo.UnitRow }> = [];
  const inFile = new Map<string, ImportRow>();
  for (const row of rows) {
    const fail = (column: string | null, message: string) =>
      errors.push({ row: row.row, column, message });
    if (inFile.has(row.code)) {
      fail('code', `Mã ${row.code} lặp lại (đã có ở dòng ${inFile.get(row.code)?.row})`);
      continue;
    }
    inFile.set(row.code, row);
    const parentInFile = inFile.get(row.parent_code);
    const parentRow = parentInFile
      ? null
      : await repo.findUnitByCode(tx, ctx.provinceCode, row.parent_code);
    const parentKind =
      parentInFile?.kind ??
      (parentRow?.unit.validTo === null ? (parentRow.unit.kind as UnitKind) : null);
    if (!parentKind) {
      fail('parent_code', `Không tìm thấy đơn vị cấp trên đang hoạt động có mã ${row.parent_code}`);
      continue;
    }
    if (!canHaveParent(row.kind, parentKind))
      fail('kind', 'Loại đơn vị này không thể trực thuộc đơn vị cấp trên đã chọn');
    const scopePath =
      parentRow?.unit.path ?? (await findScopePathOfFileParent(tx, ctx, parentInFile, inFile));
    // Out of scope is a refusal of the whole request, not a row error: nothing of it is written.
    if (scopePath && !canAccessUnit(ctx.actor.grants, 'units.manage', scopePath)) {
      throw new DomainError('out_of_scope', { row: row.row, column: 'parent_code' });
    }
    const existing = await repo.findUnitByCode(tx, ctx.provinceCode, row.code);
    if (existing && existing.unit.validTo === null) {
      if (existing.parentCode !== row.parent_code)
        fail(
          'parent_code',
          'Không đổi đơn vị cấp trên qua tệp nhập; hãy dùng thao tác sáp nhập/chia tách',
        );
      else if (existing.unit.kind !== row.kind) fail('kind', 'Không đổi loại của đơn vị đã có');
      else updates.push({ row, unit: existing.unit });
    } else {
      // Checked here as well as on insert, so a dry run reports it against its row.
      const parentValidFrom = parentRow?.unit.validFrom ?? parentInFile?.valid_from;
      if (parentValidFrom && row.valid_from && row.valid_from < parentValidFrom) {
        fail(
          'valid_from',
          `Ngày hiệu lực trước ngày đơn vị cấp trên bắt đầu hoạt động (${parentValidFrom})`,
        );
      }
      creates.push(row);
    }
  }
  return { creates, updates };
}

/** A parent created earlier in the same file is checked against the scope of its own nearest stored ancestor. */
async function findScopePathOfFileParent(
  tx: Parameters<typeof repo.findUnitByCode>[0],
  ctx: ServiceContext,
  parent: ImportRow | undefined,
  inFile: Map<string, ImportRow>,
): Promise<string | null> {
  const seen = new Set<string>();
  for (let p = parent; p && !seen.has(p.code); p = inFile.get(p.parent_code)) {
    seen.add(p.code);
    if (!inFile.has(p.parent_code)) {
      return (await repo.findUnitByCode(tx, ctx.provinceCode, p.parent_code))?.unit.path ?? null;
    }
  }
  return null;
}

function sortErrors(errors: RowError[]): RowError[] {
  return [...errors].sort((a, b) => a.row - b.row);
}

/** The import template: header row plus two example rows that a clerk overwrites. */
export function buildUnitImportTemplate(): Promise<Buffer> {
  return writeSheet(
    'Don vi',
    unitImportColumns.map((key) => ({ header: key, key, width: key === 'name' ? 40 : 16 })),
    [
      {
        code: '18XXX',
        name: 'Xã Ví dụ',
        kind: 'commune',
        parent_code: '443',
        type_label: 'Xã',
        short_name: '',
        valid_from: '2021-01-01',
      },
      {
        code: 'PHONG_VD',
        name: 'Phòng Ví dụ',
        kind: 'department',
        parent_code: '42',
        type_label: '',
        short_name: '',
        valid_from: '2021-01-01',
      },
    ],
  );
}
