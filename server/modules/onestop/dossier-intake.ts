import { toVnDate } from '../../../core/calendar/vn-time';
import type { WorkingCalendar } from '../../../core/calendar/working-calendar';
import {
  formatDossierCode,
  isUnitIdentifier,
  maxDossierSequence,
} from '../../../core/onestop/dossier-code';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import type { Queryable, Transaction } from '../../db/database';
import { DomainError } from '../../http/domain-error';
import { resolveUnit } from '../org/units.service';
import { chooseHandlingUnit, computeDue, timeLimitOf, unitIdentifierOf } from './dossier-rules';
import { startStep } from './dossier-steps';
import * as repo from './dossiers.repo';
import * as procedureRepo from './procedures.repo';

/** What a new dossier is checked against before it gets a code: unit, procedure, lead agency. */
export async function prepareIntake(
  db: Queryable,
  provinceCode: string,
  input: { procedureCode: string; receivingUnitCode: string; handlingUnitCode?: string },
) {
  const receiving = await resolveUnit(db, provinceCode, input.receivingUnitCode);
  if (receiving.validTo !== null) throw new DomainError('unit_closed', { code: receiving.code });
  const procedure = await procedureRepo.findProcedureByCode(db, provinceCode, input.procedureCode);
  if (!procedure) throw new DomainError('procedure_not_found', { code: input.procedureCode });
  const limit = timeLimitOf(procedure);
  if (procedure.status !== 'published' || procedure.validTo !== null || !limit) {
    throw new DomainError('dossier_procedure_unavailable', { code: procedure.code });
  }
  const leads = (await procedureRepo.findAgenciesOf(db, [procedure.id])).filter(
    (a) => a.role === 'lead',
  );
  const handling = chooseHandlingUnit(leads, receiving.path, input.handlingUnitCode);
  const identifier = unitIdentifierOf(receiving.code);
  if (!isUnitIdentifier(identifier)) {
    throw new DomainError('dossier_unit_identifier_invalid', { code: receiving.code });
  }
  return { receiving, procedure, limit, handling, identifier };
}

export type Intake = Awaited<ReturnType<typeof prepareIntake>>;

export interface NewDossierInput {
  state: 'received' | 'refused' | 'submitted';
  channel: 'counter' | 'online' | 'postal';
  applicant: {
    name: string;
    phone: string | null;
    email: string | null;
    address: string | null;
  };
  now: Date;
  actorUserId: number | null;
  /** The refusal's reason or the citizen's note, kept in the log entry. */
  note?: string | null;
}

/**
 * Numbers and inserts a dossier with its first log entry, inside the caller's transaction.
 * The appointment of a received dossier follows the 15:00 rule of `computeDue`; a received
 * dossier also starts the first step of the internal process (the desk's own step).
 */
export async function insertNewDossier(
  tx: Transaction,
  provinceCode: string,
  calendar: WorkingCalendar,
  intake: Intake,
  input: NewDossierInput,
) {
  const { receiving, procedure, limit, handling, identifier } = intake;
  const { now } = input;
  const receiptDay = toVnDate(now);
  const { countingFromAt, dueAt } = computeDue(calendar, now, limit);
  const sequence = await repo.takeNextDayNumber(tx, provinceCode, receiving.id, receiptDay);
  if (sequence > maxDossierSequence) throw new DomainError('dossier_daily_limit_reached');
  const code = formatDossierCode({ unitIdentifier: identifier, receivedOn: receiptDay, sequence });
  const dossier = await repo.insertDossier(tx, {
    provinceCode,
    code,
    procedureId: procedure.id,
    receivingUnitId: receiving.id,
    receivingUnitPath: receiving.path,
    handlingUnitId: handling.unitId,
    unitPath: handling.path,
    currentUnitId: receiving.id,
    currentUnitPath: receiving.path,
    channel: input.channel,
    state: input.state,
    applicantName: input.applicant.name,
    applicantPhone: input.applicant.phone,
    applicantEmail: input.applicant.email,
    applicantAddress: input.applicant.address,
    searchText: normalizeSearchText(`${code} ${input.applicant.name}`),
    receivedAt: now,
    receiptDay,
    countingFromAt,
    dueAt,
    submittedAt: input.state === 'submitted' ? now : null,
    createdAt: now,
    updatedAt: now,
  });
  const step =
    input.state === 'received'
      ? await startStep(tx, {
          dossier: null,
          procedureId: procedure.id,
          calendar,
          limit,
          now,
          dueAt,
        })
      : null;
  await repo.insertDossierEvent(tx, {
    provinceCode,
    dossierId: dossier.id,
    at: now,
    kind: input.state,
    toUnitId: receiving.id,
    actorUserId: input.actorUserId,
    note: input.note ?? null,
    ...step,
  });
  return { dossier, code, dueAt };
}
