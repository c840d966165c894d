import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { TimeLimit } from '../../../core/calendar/compute-due-at';
import type { WorkingCalendar } from '../../../core/calendar/working-calendar';
import { addWorkingTime } from '../../../core/calendar/working-time';
import type { Queryable } from '../../db/database';
import { dossierEvents } from '../../db/schema/onestop-dossiers';
import { DomainError } from '../../http/domain-error';
import type { DossierRow } from './dossiers.repo';
import { findStepsOf, type StepRow } from './procedures.repo';

/**
 * Per-step deadlines (issue 4): each step of a procedure's internal process has its share of the
 * time limit (vn-regulations.md §1 "Time limits", [practice, Hà Tĩnh internal procedures]: "each
 * step therefore has its own deadline"). A step's due time is its share of the limit, counted in
 * working time from the moment the dossier enters the step. A procedure without internal steps
 * has one step: the whole remaining time, due at the appointment.
 */
export interface StepStart {
  stepOrdinal: number | null;
  stepName: string | null;
  stepDueAt: Date;
}

/** The step's share of the limit, as working minutes (or calendar minutes for calendar days). */
function shareOfLimit(calendar: WorkingCalendar, limit: TimeLimit, sharePercent: number) {
  const dayMinutes = calendar.dayLengthMs / 60_000;
  const share = sharePercent / 100;
  switch (limit.unit) {
    case 'working_days':
      return { workingMinutes: limit.amount * dayMinutes * share };
    case 'half_days':
      return { workingMinutes: (limit.amount * dayMinutes * share) / 2 };
    case 'hours':
      return { workingMinutes: limit.amount * 60 * share };
    default:
      // Calendar days (BLDS 2015 Art. 147–148 counts them as days, not working time).
      return { calendarMinutes: limit.amount * 24 * 60 * share };
  }
}

export function stepDueFrom(
  calendar: WorkingCalendar,
  start: Date,
  limit: TimeLimit,
  sharePercent: number,
): Date {
  const share = shareOfLimit(calendar, limit, sharePercent);
  if (share.workingMinutes !== undefined) {
    return addWorkingTime(calendar, start, { minutes: Math.round(share.workingMinutes) });
  }
  return new Date(start.getTime() + Math.round(share.calendarMinutes) * 60_000);
}

export async function findSteps(db: Queryable, procedureId: number): Promise<StepRow[]> {
  return findStepsOf(db, [procedureId]);
}

/** The open step of a dossier: the latest log entry that started a step not yet finished. */
async function findOpenStep(db: Queryable, dossierId: number) {
  const [row] = await db
    .select()
    .from(dossierEvents)
    .where(
      and(
        eq(dossierEvents.dossierId, dossierId),
        isNotNull(dossierEvents.stepDueAt),
        isNull(dossierEvents.stepFinishedAt),
      ),
    )
    .orderBy(desc(dossierEvents.at), desc(dossierEvents.id))
    .limit(1);
  return row ?? null;
}

/**
 * The step a dossier enters at `now`: the one asked for, or the one after the last recorded step
 * (the first at reception). Without internal steps: the appointment itself.
 */
export async function startStep(
  db: Queryable,
  input: {
    dossier: Pick<DossierRow, 'id' | 'procedureId' | 'dueAt' | 'extendedDueAt'> | null;
    procedureId: number;
    calendar: WorkingCalendar;
    limit: TimeLimit | null;
    now: Date;
    dueAt: Date;
    requestedOrdinal?: number;
  },
): Promise<StepStart> {
  const steps = await findSteps(db, input.procedureId);
  if (steps.length === 0 || !input.limit) {
    if (input.requestedOrdinal !== undefined) {
      throw new DomainError('validation_failed', [
        { field: 'stepOrdinal', message: 'Thủ tục không có quy trình nội bộ với bước này' },
      ]);
    }
    return { stepOrdinal: null, stepName: null, stepDueAt: input.dueAt };
  }
  let ordinal = input.requestedOrdinal;
  if (ordinal === undefined) {
    const last = input.dossier ? await findLastStepOrdinal(db, input.dossier.id) : null;
    ordinal = Math.min((last ?? 0) + 1, steps.at(-1)?.ordinal ?? 1);
  }
  const step = steps.find((s) => s.ordinal === ordinal);
  if (!step) {
    throw new DomainError('validation_failed', [
      { field: 'stepOrdinal', message: 'Không có bước này trong quy trình nội bộ của thủ tục' },
    ]);
  }
  return {
    stepOrdinal: step.ordinal,
    stepName: step.name,
    stepDueAt: stepDueFrom(input.calendar, input.now, input.limit, step.sharePercent),
  };
}

async function findLastStepOrdinal(db: Queryable, dossierId: number): Promise<number | null> {
  const [row] = await db
    .select({ ordinal: dossierEvents.stepOrdinal })
    .from(dossierEvents)
    .where(and(eq(dossierEvents.dossierId, dossierId), isNotNull(dossierEvents.stepOrdinal)))
    .orderBy(desc(dossierEvents.at), desc(dossierEvents.id))
    .limit(1);
  return row?.ordinal ?? null;
}

/** Ends the open step at `now`: late when after its due time (Mẫu 05: early / on time / late). */
export async function closeOpenStep(db: Queryable, dossierId: number, now: Date): Promise<void> {
  const open = await findOpenStep(db, dossierId);
  if (!open?.stepDueAt) return;
  await db
    .update(dossierEvents)
    .set({ stepFinishedAt: now, stepLate: now.getTime() > open.stepDueAt.getTime() })
    .where(eq(dossierEvents.id, open.id));
}

/**
 * The citizen's supplement time is not counted (QĐ 766/QĐ-TTg, vn-regulations.md §2): the open
 * step's due time moves by the working minutes waited, as the appointment does.
 */
export async function shiftOpenStep(
  db: Queryable,
  dossierId: number,
  calendar: WorkingCalendar,
  minutes: number,
): Promise<void> {
  const open = await findOpenStep(db, dossierId);
  if (!open?.stepDueAt || minutes <= 0) return;
  await db
    .update(dossierEvents)
    .set({ stepDueAt: addWorkingTime(calendar, open.stepDueAt, { minutes }) })
    .where(eq(dossierEvents.id, open.id));
}
