import canonicalize from 'canonicalize';
import {
  findPublicationGaps,
  isValidTimeLimit,
  stepSharesAddUp,
} from '../../../core/onestop/procedure-rules';
import type { UnitKind } from '../../../core/org/unit-kind';
import { findCommonAncestorPath } from '../../../core/org/unit-path';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import type { Queryable } from '../../db/database';
import type { ErrorCode } from '../../http/error-codes';
import type { AgencyUnit, ProcedureInput } from './procedure-input';
import * as repo from './procedures.repo';

/** Open units by code, loaded once per request (a province has a few hundred). */
export type UnitIndex = Map<string, AgencyUnit>;

export async function loadUnitIndex(db: Queryable, provinceCode: string): Promise<UnitIndex> {
  const rows = await repo.findOpenUnits(db, provinceCode);
  return new Map(rows.map((u) => [u.code, { ...u, kind: u.kind as UnitKind }]));
}

export interface InputProblem {
  code: ErrorCode;
  field: keyof ProcedureInput | 'status';
  message: string;
}

export interface ResolvedProcedure {
  input: ProcedureInput;
  agencies: Array<{ unit: AgencyUnit; role: string }>;
  steps: Array<{
    name: string;
    unitKind: string | null;
    unitId: number | null;
    sharePercent: number;
  }>;
}

/** Agencies by unit: unknown or repeated codes are problems, not exceptions. */
export function resolveAgencies(input: ProcedureInput, unitIndex: UnitIndex) {
  const problems: InputProblem[] = [];
  const agencies: ResolvedProcedure['agencies'] = [];
  const seen = new Set<string>();
  for (const { unitCode, role } of input.agencies) {
    const unit = unitIndex.get(unitCode);
    if (seen.has(unitCode)) {
      problems.push({
        code: 'procedure_agencies_invalid',
        field: 'agencies',
        message: `Đơn vị ${unitCode} được ghi hơn một lần`,
      });
    } else if (!unit) {
      problems.push({
        code: 'unit_not_found',
        field: 'agencies',
        message: `Không tìm thấy đơn vị đang hoạt động có mã ${unitCode}`,
      });
    } else {
      agencies.push({ unit, role });
    }
    seen.add(unitCode);
  }
  return { agencies, problems };
}

/**
 * Everything a procedure must satisfy besides its shape (which the contract checks), as a list
 * of problems so an import can report each one against its row.
 */
export function checkProcedureInput(
  input: ProcedureInput,
  agencies: ResolvedProcedure['agencies'],
  published: boolean,
): { steps: ResolvedProcedure['steps']; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const problem = (code: ErrorCode, field: InputProblem['field'], message: string) =>
    problems.push({ code, field, message });
  const leadCount = input.agencies.filter((a) => a.role === 'lead').length;
  if (leadCount === 0) problem('procedure_agencies_invalid', 'agencies', 'Chưa có cơ quan chủ trì');
  if (input.timeLimit && !isValidTimeLimit(input.timeLimit))
    problem(
      'procedure_time_limit_invalid',
      'timeLimit',
      'Thời hạn phải không âm; số ngày, số buổi làm việc phải là số nguyên',
    );
  if (!stepSharesAddUp(input.steps.map((s) => s.sharePercent))) {
    const total = input.steps.reduce((sum, s) => sum + s.sharePercent, 0);
    problem(
      'procedure_step_shares_invalid',
      'steps',
      `Tỷ lệ thời gian các bước cộng lại ${Math.round(total * 100) / 100}%, phải đúng 100% (tối đa hai chữ số thập phân)`,
    );
  }
  const steps: ResolvedProcedure['steps'] = [];
  for (const step of input.steps) {
    const unit = step.unitCode ? agencies.find((a) => a.unit.code === step.unitCode)?.unit : null;
    const kindHandles = step.unitKind && agencies.some((a) => a.unit.kind === step.unitKind);
    if (step.unitCode && !unit)
      problem(
        'procedure_step_unit_invalid',
        'steps',
        `Bước "${step.name}": đơn vị ${step.unitCode} không phải cơ quan của thủ tục`,
      );
    else if (step.unitKind && !kindHandles)
      problem(
        'procedure_step_unit_invalid',
        'steps',
        `Bước "${step.name}": thủ tục không có cơ quan thuộc loại đã ghi`,
      );
    steps.push({
      name: step.name,
      unitKind: step.unitKind,
      unitId: unit?.id ?? null,
      sharePercent: step.sharePercent,
    });
  }
  if (published) {
    const gap = findPublicationProblem(input);
    if (gap) problems.push(gap);
  }
  return { steps, problems };
}

/** What stops a procedure from being published, if anything. */
export function findPublicationProblem(input: ProcedureInput): InputProblem | null {
  const gaps = findPublicationGaps({
    timeLimit: input.timeLimit,
    documentCount: input.documents.length,
    leadAgencyCount: input.agencies.filter((a) => a.role === 'lead').length,
  });
  if (gaps.length === 0) return null;
  return {
    code: 'procedure_not_publishable',
    field: 'status',
    message: `Chưa công bố được, còn thiếu: ${gaps.map((g) => gapLabels[g]).join(', ')}`,
  };
}

const gapLabels = {
  time_limit: 'thời hạn giải quyết',
  documents: 'thành phần hồ sơ',
  lead_agency: 'cơ quan chủ trì',
} as const;

function procedureColumns(provinceCode: string, input: ProcedureInput) {
  return {
    provinceCode,
    code: input.code,
    name: input.name,
    searchText: normalizeSearchText(`${input.name} ${input.code}`),
    field: input.field,
    level: input.level,
    timeLimitAmount: input.timeLimit?.amount ?? null,
    timeLimitUnit: input.timeLimit?.unit ?? null,
    timeLimitNote: input.timeLimitNote,
    onlineLevel: input.onlineLevel,
    fees: input.fees,
    documents: input.documents,
    legalBasis: input.legalBasis,
    validFrom: input.validFrom,
  };
}

/** Inserts a checked procedure with its agencies and steps. */
export async function insertResolvedProcedure(
  tx: Queryable,
  provinceCode: string,
  resolved: ResolvedProcedure,
  publishedAt: Date | null,
) {
  const row = await repo.insertProcedure(tx, {
    ...procedureColumns(provinceCode, resolved.input),
    status: publishedAt ? 'published' : 'draft',
    publishedAt,
  });
  await repo.replaceAgencies(
    tx,
    row.id,
    provinceCode,
    resolved.agencies.map((a) => ({ unitId: a.unit.id, role: a.role })),
  );
  await repo.replaceSteps(tx, row.id, provinceCode, resolved.steps);
  return row;
}

/** Overwrites a procedure with a checked input; status and validity change elsewhere. */
export async function overwriteProcedure(
  tx: Queryable,
  id: number,
  provinceCode: string,
  resolved: ResolvedProcedure,
  extra: Partial<repo.NewProcedureRow> = {},
) {
  const row = await repo.updateProcedure(tx, id, {
    ...procedureColumns(provinceCode, resolved.input),
    ...extra,
  });
  await repo.replaceAgencies(
    tx,
    id,
    provinceCode,
    resolved.agencies.map((a) => ({ unitId: a.unit.id, role: a.role })),
  );
  await repo.replaceSteps(tx, id, provinceCode, resolved.steps);
  return row;
}

/** A stored procedure back in the input shape: what an edit starts from and an import compares with. */
export function inputOfStored(
  row: repo.ProcedureRow,
  agencies: readonly repo.AgencyRow[],
  steps: readonly repo.StepRow[],
): ProcedureInput {
  return {
    code: row.code,
    name: row.name,
    field: row.field,
    level: row.level as ProcedureInput['level'],
    timeLimit:
      row.timeLimitAmount === null || row.timeLimitUnit === null
        ? null
        : {
            amount: Number(row.timeLimitAmount),
            unit: row.timeLimitUnit as NonNullable<ProcedureInput['timeLimit']>['unit'],
          },
    timeLimitNote: row.timeLimitNote,
    onlineLevel: row.onlineLevel as ProcedureInput['onlineLevel'],
    fees: row.fees.map((f) => ({ description: f.description, amountVnd: f.amountVnd })),
    documents: row.documents.map((d) => ({
      name: d.name,
      copies: d.copies ?? null,
      required: d.required,
    })),
    legalBasis: [...row.legalBasis],
    agencies: agencies.map((a) => ({
      unitCode: a.code,
      role: a.role as ProcedureInput['agencies'][number]['role'],
    })),
    steps: steps.map((s) => ({
      name: s.name,
      unitKind: (s.unitKind as UnitKind | null) ?? null,
      unitCode: s.unitKind ? null : s.unitCode,
      sharePercent: Number(s.sharePercent),
    })),
    validFrom: row.validFrom,
  };
}

/** The same procedure, whatever order its agencies were listed in. */
export function sameProcedureInput(a: ProcedureInput, b: ProcedureInput): boolean {
  const canonical = (p: ProcedureInput) =>
    canonicalize({
      ...p,
      timeLimitNote: p.timeLimitNote || null,
      agencies: [...p.agencies].sort((x, y) =>
        `${x.role}:${x.unitCode}`.localeCompare(`${y.role}:${y.unitCode}`),
      ),
    });
  return canonical(a) === canonical(b);
}

/** The audit entry's unit: the narrowest unit whose scope covers every agency. */
export function auditUnitOf(agencyPaths: readonly string[]): { id: number; path: string } | null {
  const path = findCommonAncestorPath(agencyPaths);
  if (!path) return null;
  return { id: Number(path.split('/').filter(Boolean).at(-1)), path };
}

/** What the audit trail keeps of a procedure. */
export function snapshotOf(row: repo.ProcedureRow, input: ProcedureInput) {
  return {
    ...input,
    id: row.id,
    status: row.status,
    publishedAt: row.publishedAt,
    validTo: row.validTo,
  };
}
