import type { Dossier, DossierDetail } from '../../../contracts/dossiers';
import { formatInstantVn } from '../../../core/calendar/vn-time';
import {
  type DossierState,
  dossierStateLabelsVi,
  toNationalStatusCode,
} from '../../../core/onestop/dossier-state';
import type { DossierEventListRow, DossierListRow } from './dossiers.repo';

const openStates: readonly DossierState[] = ['received', 'in_progress', 'awaiting_payment'];

function formatOptional(instant: Date | null): string | null {
  return instant ? formatInstantVn(instant) : null;
}

/**
 * A dossier as staff within scope see it. `overdue`: still open, not waiting for the citizen,
 * and past the original appointment (an apology's new date does not make it on time).
 */
export function presentDossier(row: DossierListRow, now: Date): Dossier {
  const d = row.dossier;
  const state = d.state as DossierState;
  return {
    code: d.code,
    procedure: { code: row.procedureCode, name: row.procedureName },
    receivingUnit: row.receivingUnit,
    handlingUnit: row.handlingUnit,
    currentUnit: row.currentUnit,
    channel: d.channel as Dossier['channel'],
    state,
    stateLabel: dossierStateLabelsVi[state],
    nationalStatusCode: toNationalStatusCode(state),
    applicantName: d.applicantName,
    receivedAt: formatInstantVn(d.receivedAt),
    countingFromAt: formatInstantVn(d.countingFromAt),
    dueAt: formatInstantVn(d.dueAt),
    extendedDueAt: formatOptional(d.extendedDueAt),
    finishedAt: formatOptional(d.finishedAt),
    returnedAt: formatOptional(d.returnedAt),
    supplementCount: d.supplementCount,
    timeliness: d.timeliness as Dossier['timeliness'],
    overdue: openStates.includes(state) && d.dueAt.getTime() < now.getTime(),
    submittedAt: formatOptional(d.submittedAt),
    assignee: row.assignee,
  };
}

export function presentDossierDetail(
  row: DossierListRow,
  events: DossierEventListRow[],
  now: Date,
): DossierDetail {
  const d = row.dossier;
  return {
    ...presentDossier(row, now),
    applicant: {
      name: d.applicantName,
      phone: d.applicantPhone,
      email: d.applicantEmail,
      address: d.applicantAddress,
    },
    pausedWorkingMinutes: d.pausedWorkingMinutes,
    apology: d.apologyIssuedAt
      ? {
          issuedAt: formatInstantVn(d.apologyIssuedAt),
          reason: d.apologyReason,
          apologyLate: d.apologyLate ?? false,
        }
      : null,
    result: { note: d.resultNote, digitised: d.resultDigitised },
    rating:
      d.rating !== null && d.ratedAt
        ? { value: d.rating, comment: d.ratingComment, ratedAt: formatInstantVn(d.ratedAt) }
        : null,
    events: events.map((e) => ({
      at: formatInstantVn(e.at),
      kind: e.kind,
      fromUnit: e.fromUnitCode ? { code: e.fromUnitCode, name: e.fromUnitName ?? '' } : null,
      toUnit: e.toUnitCode ? { code: e.toUnitCode, name: e.toUnitName ?? '' } : null,
      actor: e.actor,
      note: e.note,
      ...(e.details == null ? {} : { details: e.details }),
      step: e.stepDueAt
        ? {
            ordinal: e.stepOrdinal,
            name: e.stepName,
            dueAt: formatInstantVn(e.stepDueAt),
            finishedAt: formatOptional(e.stepFinishedAt),
            late: e.stepLate,
          }
        : null,
      assignee: e.assignee,
    })),
  };
}
