import {
  createProcedureBodySchema,
  type ImportProceduresResult,
} from '../../../contracts/procedures';
import type { Queryable } from '../../db/database';
import { readTabularFile } from '../../files/tabular-file';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { requirePermissionScopes } from '../org/units.policy';
import { unitCodesByKind } from './procedure-export.service';
import type { ProcedureInput } from './procedure-input';
import {
  type ProcedureSheetKey,
  procedureSheetColumns,
  procedureSheetHeader,
  readProcedureRow,
} from './procedure-sheet';
import {
  auditUnitOf,
  checkProcedureInput,
  type InputProblem,
  inputOfStored,
  insertResolvedProcedure,
  loadUnitIndex,
  overwriteProcedure,
  type ResolvedProcedure,
  resolveAgencies,
  sameProcedureInput,
  snapshotOf,
  type UnitIndex,
} from './procedure-store';
import { assertCanManageAgencies } from './procedures.policy';
import * as repo from './procedures.repo';

type RowError = ImportProceduresResult['errors'][number];

interface PlannedRow {
  row: number;
  resolved: ResolvedProcedure;
  published: boolean;
  existing: { row: repo.ProcedureRow; input: ProcedureInput; paths: string[] } | null;
}

/** Which sheet column an input field is written in, for row errors. */
const columnOfField: Record<InputProblem['field'], ProcedureSheetKey> = {
  code: 'code',
  name: 'name',
  field: 'field',
  level: 'level',
  timeLimit: 'timeLimitAmount',
  timeLimitNote: 'timeLimitNote',
  onlineLevel: 'onlineLevel',
  fees: 'fees',
  documents: 'documents',
  legalBasis: 'legalBasis',
  agencies: 'leadAgencies',
  steps: 'steps',
  validFrom: 'validFrom',
  status: 'status',
};

/**
 * Imports the catalogue from the sheet the export writes (.xlsx, or .csv with the same headers).
 * All or nothing: every row is checked first and, if any is wrong, nothing is written and every
 * bad row is reported. A row equal to the stored procedure is left alone (no write, no audit),
 * so re-importing an export changes nothing.
 */
export async function importProcedures(
  ctx: ServiceContext,
  content: Buffer,
  dryRun: boolean,
): Promise<ImportProceduresResult> {
  requirePermissionScopes(ctx.actor, 'procedures.manage');
  const sheet = await readTabularFile(content);
  const errors: RowError[] = [];
  if (sheet.length === 0)
    errors.push({ row: 1, column: null, message: 'Tệp không có dòng dữ liệu nào' });
  const headers = new Set(Object.keys(sheet[0]?.values ?? {}));
  for (const { header } of procedureSheetColumns)
    if (sheet.length > 0 && !headers.has(header.toLowerCase()))
      errors.push({ row: 1, column: header, message: `Thiếu cột "${header}"` });
  if (errors.length > 0) return finish(dryRun, errors);

  return ctx.db.transaction(async (tx) => {
    const unitIndex = await loadUnitIndex(tx, ctx.provinceCode);
    const plan = await planImport(tx, ctx, sheet, unitIndex, errors);
    if (errors.length > 0 || dryRun) return finish(dryRun, errors, plan);
    for (const planned of plan) await writePlannedRow(tx, ctx, planned);
    return finish(dryRun, errors, plan);
  });
}

function finish(dryRun: boolean, errors: RowError[], plan: PlannedRow[] = []) {
  if (errors.length > 0) {
    const sorted = [...errors].sort((a, b) => a.row - b.row);
    if (!dryRun) throw new DomainError('import_has_errors', { errors: sorted });
    return { dryRun, created: 0, updated: 0, unchanged: 0, errors: sorted };
  }
  const changed = plan.filter((p) => !p.existing || !isUnchanged(p));
  return {
    dryRun,
    created: changed.filter((p) => !p.existing).length,
    updated: changed.filter((p) => p.existing).length,
    unchanged: plan.length - changed.length,
    errors: [],
  };
}

function isUnchanged({ existing, resolved, published }: PlannedRow): boolean {
  return (
    existing !== null &&
    (existing.row.status === 'published') === published &&
    sameProcedureInput(existing.input, resolved.input)
  );
}

async function planImport(
  tx: Queryable,
  ctx: ServiceContext,
  sheet: Awaited<ReturnType<typeof readTabularFile>>,
  unitIndex: UnitIndex,
  errors: RowError[],
): Promise<PlannedRow[]> {
  const byKind = unitCodesByKind(unitIndex);
  const firstRowOfCode = new Map<string, number>();
  const plan: PlannedRow[] = [];
  for (const { row, values } of sheet) {
    const fail = (column: ProcedureSheetKey | null, message: string) =>
      errors.push({ row, column: column ? procedureSheetHeader[column] : null, message });
    const parsed = readProcedureRow(values, byKind);
    if (!parsed.ok) {
      for (const e of parsed.errors) fail(e.column, e.message);
      continue;
    }
    const { input, published } = parsed.procedure;
    const shape = createProcedureBodySchema.safeParse(input);
    if (!shape.success) {
      for (const issue of shape.error.issues)
        fail(columnOfField[issue.path[0] as InputProblem['field']] ?? null, issue.message);
      continue;
    }
    const earlier = firstRowOfCode.get(input.code);
    if (earlier !== undefined) {
      fail('code', `Mã ${input.code} lặp lại (đã có ở dòng ${earlier})`);
      continue;
    }
    firstRowOfCode.set(input.code, row);
    const { agencies, problems } = resolveAgencies(input, unitIndex);
    const existing = await findOpenProcedure(tx, ctx.provinceCode, input.code);
    // Out of scope refuses the whole request, not a row: nothing of it is written.
    const paths = [...agencies.map((a) => a.unit.path), ...(existing?.paths ?? [])];
    try {
      assertCanManageAgencies(ctx.actor, paths);
    } catch (error) {
      if (error instanceof DomainError)
        throw new DomainError(error.code, { row, column: procedureSheetHeader.leadAgencies });
      throw error;
    }
    const checked = checkProcedureInput(input, agencies, published);
    for (const p of [...problems, ...checked.problems]) fail(columnOfField[p.field], p.message);
    plan.push({ row, published, existing, resolved: { input, agencies, steps: checked.steps } });
  }
  return plan;
}

async function findOpenProcedure(tx: Queryable, provinceCode: string, code: string) {
  const row = await repo.findProcedureByCode(tx, provinceCode, code);
  if (!row || row.validTo !== null) return null;
  const [agencies, steps] = await Promise.all([
    repo.findAgenciesOf(tx, [row.id]),
    repo.findStepsOf(tx, [row.id]),
  ]);
  return { row, input: inputOfStored(row, agencies, steps), paths: agencies.map((a) => a.path) };
}

async function writePlannedRow(tx: Queryable, ctx: ServiceContext, planned: PlannedRow) {
  const { existing, resolved, published } = planned;
  const paths = resolved.agencies.map((a) => a.unit.path);
  if (!existing) {
    const row = await insertResolvedProcedure(
      tx,
      ctx.provinceCode,
      resolved,
      published ? new Date() : null,
    );
    await recordAudit(tx, ctx, {
      action: 'procedure.imported',
      entityType: 'procedure',
      entityId: row.id,
      unit: auditUnitOf(paths),
      after: snapshotOf(row, resolved.input),
    });
    return;
  }
  if (isUnchanged(planned)) return;
  const wasPublished = existing.row.status === 'published';
  const after = await overwriteProcedure(tx, existing.row.id, ctx.provinceCode, resolved, {
    status: published ? 'published' : 'draft',
    publishedAt: published ? (wasPublished ? existing.row.publishedAt : new Date()) : null,
  });
  await recordAudit(tx, ctx, {
    action: 'procedure.updated',
    entityType: 'procedure',
    entityId: after.id,
    unit: auditUnitOf([...existing.paths, ...paths]),
    before: snapshotOf(existing.row, existing.input),
    after: snapshotOf(after, resolved.input),
  });
}
