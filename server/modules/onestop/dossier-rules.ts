import {
  computeDueAt,
  findCountingStart,
  type TimeLimit,
} from '../../../core/calendar/compute-due-at';
import type { WorkingCalendar } from '../../../core/calendar/working-calendar';
import { DomainError } from '../../http/domain-error';
import type * as procedureRepo from './procedures.repo';

/**
 * The dossier identifier of a receiving unit in its codes (NĐ 61/2018 `<identifier>-YYMMDD-NNNN`).
 * Units carry no electronic identifier (QĐ 20/2020/QĐ-TTg) yet, so the unit's own code stands in
 * for it, upper-cased, with any character outside [0-9A-Z.] turned into a dot (`VP_UBND` →
 * `VP.UBND`) so that the code still parses (docs/decisions/012-dossiers-and-kpi-rollups.md).
 */
export function unitIdentifierOf(unitCode: string): string {
  return unitCode
    .toUpperCase()
    .replace(/[^0-9A-Z.]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/**
 * An appraisal that finds the dossier incomplete must tell the citizen within 3 working days of
 * receipt; the limit then restarts from zero when the complete dossier arrives (NĐ 61/2018,
 * vn-regulations.md §1 "Flow" 4). A later request only pauses the clock (§2: the citizen's
 * waiting time is not counted).
 */
export const restartWindowWorkingDays = 3;

export function timeLimitOf(procedure: procedureRepo.ProcedureRow): TimeLimit | null {
  if (procedure.timeLimitAmount === null || procedure.timeLimitUnit === null) return null;
  return { amount: procedure.timeLimitAmount, unit: procedure.timeLimitUnit as TimeLimit['unit'] };
}

/** computeDueAt refuses only a count past the calendar's last supported year. */
export function computeDue(calendar: WorkingCalendar, receivedAt: Date, limit: TimeLimit) {
  try {
    return {
      countingFromAt: findCountingStart(calendar, receivedAt),
      dueAt: computeDueAt({ receivedAt, limit, calendar }),
    };
  } catch (error) {
    if (error instanceof RangeError) throw new DomainError('calendar_year_unsupported');
    throw error;
  }
}

/** Resolves the lead agency: named, or the one over the receiving unit, or the only one. */
export function chooseHandlingUnit(
  leads: procedureRepo.AgencyRow[],
  receivingPath: string,
  requestedCode: string | undefined,
): procedureRepo.AgencyRow {
  if (requestedCode !== undefined) {
    const named = leads.find((a) => a.code === requestedCode);
    if (!named)
      throw new DomainError('dossier_handling_unit_invalid', { field: 'handlingUnitCode' });
    return named;
  }
  const over = leads
    .filter((a) => receivingPath.startsWith(a.path))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (over) return over;
  const [only, ...others] = leads;
  if (only && others.length === 0) return only;
  throw new DomainError('dossier_handling_unit_invalid', { field: 'handlingUnitCode' });
}
