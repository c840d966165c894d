import type { ProcedureDocument, ProcedureFee } from '../../../contracts/procedures';
import type {
  AgencyRole,
  OnlineLevel,
  ProcedureLevel,
  TimeLimit,
} from '../../../core/onestop/procedure-rules';
import type { UnitKind } from '../../../core/org/unit-kind';

/**
 * A procedure as written by the API, the import sheet and the seed alike: one shape, checked by
 * one function (`checkProcedureInput`) before anything is stored.
 */
export interface ProcedureInput {
  code: string;
  name: string;
  field: string;
  level: ProcedureLevel;
  timeLimit: TimeLimit | null;
  timeLimitNote: string | null;
  onlineLevel: OnlineLevel;
  fees: ProcedureFee[];
  documents: ProcedureDocument[];
  legalBasis: string[];
  agencies: Array<{ unitCode: string; role: AgencyRole }>;
  steps: Array<{
    name: string;
    unitKind: UnitKind | null;
    unitCode: string | null;
    sharePercent: number;
  }>;
  validFrom: string;
}

/** An open unit as procedures refer to it. */
export interface AgencyUnit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  path: string;
}
