import type {
  Procedure,
  ProcedureAgency,
  ProcedureDetail,
  ProcedureStep,
} from '../../../contracts/procedures';
import type {
  AgencyRole,
  OnlineLevel,
  ProcedureLevel,
  ProcedureStatus,
  TimeLimitUnit,
} from '../../../core/onestop/procedure-rules';
import type { UnitKind } from '../../../core/org/unit-kind';
import type { AgencyRow, ProcedureListRow, ProcedureRow, StepRow } from './procedures.repo';

function presentTimeLimit(row: ProcedureRow): Procedure['timeLimit'] {
  if (row.timeLimitAmount === null || row.timeLimitUnit === null) return null;
  return { amount: Number(row.timeLimitAmount), unit: row.timeLimitUnit as TimeLimitUnit };
}

export function presentProcedure(row: ProcedureListRow): Procedure {
  const { procedure: p } = row;
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    field: p.field,
    level: p.level as ProcedureLevel,
    timeLimit: presentTimeLimit(p),
    timeLimitNote: p.timeLimitNote,
    onlineLevel: p.onlineLevel as OnlineLevel,
    status: p.status as ProcedureStatus,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    validFrom: p.validFrom,
    validTo: p.validTo,
    leadAgencies: row.leadAgencies.map(({ code, name }) => ({ code, name })),
    leadAgencyCount: Number(row.leadAgencyCount),
    coordinatingAgencyCount: Number(row.coordinatingAgencyCount),
  };
}

export function presentAgency(row: AgencyRow): ProcedureAgency {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind as UnitKind,
    role: row.role as AgencyRole,
  };
}

export function presentStep(row: StepRow): ProcedureStep {
  return {
    ordinal: row.ordinal,
    name: row.name,
    unitKind: (row.unitKind as UnitKind | null) ?? null,
    unitCode: row.unitCode,
    unitName: row.unitName,
    sharePercent: Number(row.sharePercent),
  };
}

export function presentProcedureDetail(
  row: ProcedureRow,
  agencies: AgencyRow[],
  steps: StepRow[],
): ProcedureDetail {
  const leads = agencies.filter((a) => a.role === 'lead');
  return {
    ...presentProcedure({
      procedure: row,
      leadAgencies: leads.slice(0, 3).map(({ code, name }) => ({ code, name })),
      leadAgencyCount: leads.length,
      coordinatingAgencyCount: agencies.length - leads.length,
    }),
    fees: row.fees.map((f) => ({ description: f.description, amountVnd: f.amountVnd })),
    documents: row.documents.map((d) => ({
      name: d.name,
      copies: d.copies ?? null,
      required: d.required,
    })),
    legalBasis: row.legalBasis,
    agencies: agencies.map(presentAgency),
    steps: steps.map(presentStep),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
