import { joinInstantVn, MS_PER_MINUTE, splitInstantVn } from './vn-time';
import { isWorkingDayNumber, type WorkingCalendar } from './working-calendar';
import {
  addWorkingDayNumbers,
  findNextWorkingDayNumber,
  findWorkingDayNumberOnOrAfter,
} from './working-days';
import { addWorkingTime } from './working-time';

/**
 * How a procedure's time limit is published (vn-regulations.md §1): working days, half days,
 * working hours or calendar days. A same-day procedure ("ngay trong ngày", `immediate` in
 * procedures-sample.json) is 0 working days: due at the close of the day it counts from.
 */
export const timeLimitUnits = ['working_days', 'half_days', 'hours', 'calendar_days'] as const;

export type TimeLimitUnit = (typeof timeLimitUnits)[number];

export interface TimeLimit {
  amount: number;
  unit: TimeLimitUnit;
}

export interface ComputeDueAtInput {
  receivedAt: Date;
  limit: TimeLimit;
  calendar: WorkingCalendar;
}

/**
 * The appointment for a dossier (ngày hẹn trả).
 *
 * Bộ luật Dân sự 2015 Art. 147–148 (vn-regulations.md §1): the day of receipt is not counted,
 * a period in days ends at the end of its last day, and a last day that is not a working day
 * gives way to the end of the next working day. "End of the day" is taken as the close of the
 * afternoon session (17:00 by default), when the desk can still hand over a result; Art. 148.6
 * puts the end of a day at 24:00, which no desk is open to honour.
 *
 * - working days: the close of the `amount`-th working day after the day counting starts from;
 * - half days: the same rule one session at a time, ending at the close of a session;
 * - hours: `amount` working hours after the counting start (no rounding);
 * - calendar days: the close of the `amount`-th day after, moved to the next working day.
 */
export function computeDueAt({ receivedAt, limit, calendar }: ComputeDueAtInput): Date {
  assertLimit(limit);
  const countingStart = findCountingStart(calendar, receivedAt);
  const { dayNumber, msOfDay } = splitInstantVn(countingStart);
  const closingMs = calendar.sessions[1].endMs;
  switch (limit.unit) {
    case 'working_days':
      return joinInstantVn(addWorkingDayNumbers(calendar, dayNumber, limit.amount), closingMs);
    case 'half_days':
      return findHalfDayDue(calendar, dayNumber, msOfDay, limit.amount);
    case 'hours':
      return addWorkingTime(calendar, countingStart, { hours: limit.amount });
    case 'calendar_days': {
      const lastDay = findWorkingDayNumberOnOrAfter(calendar, dayNumber + limit.amount);
      return joinInstantVn(lastDay, closingMs);
    }
  }
}

/**
 * The instant a dossier is deemed received, from which its limit is counted.
 *
 * - On a working day, up to the cut-off: the receipt itself, or the next session's opening
 *   when received before opening or over the midday break.
 * - After the cut-off (15:00), after closing, or on a day off: the opening of the next working
 *   day. NĐ 61/2018 hands a paper dossier received after 15:00 on at the start of the next
 *   working day, and systems count it from that day [practice]; a receipt outside working hours
 *   starts at the next working day's opening [unverified] (vn-regulations.md §1).
 *
 * The cut-off is judged on the minute, as the receipt slip records `hh:mm` (Mẫu 01): 15:00:59
 * is 15:00, not after it.
 */
export function findCountingStart(calendar: WorkingCalendar, receivedAt: Date): Date {
  const { dayNumber, msOfDay } = splitInstantVn(receivedAt);
  const [morning, afternoon] = calendar.sessions;
  const minuteMs = Math.floor(msOfDay / MS_PER_MINUTE) * MS_PER_MINUTE;
  const afterCutOff = calendar.cutOffMs !== null && minuteMs > calendar.cutOffMs;
  if (isWorkingDayNumber(calendar, dayNumber) && !afterCutOff) {
    if (msOfDay < morning.startMs) return joinInstantVn(dayNumber, morning.startMs);
    if (msOfDay < morning.endMs) return new Date(receivedAt.getTime());
    if (msOfDay < afternoon.startMs) return joinInstantVn(dayNumber, afternoon.startMs);
    if (msOfDay < afternoon.endMs) return new Date(receivedAt.getTime());
  }
  return joinInstantVn(findNextWorkingDayNumber(calendar, dayNumber), morning.startMs);
}

/**
 * Half days count sessions as days count days: the session of receipt is not counted and the
 * limit ends at the close of its last session. Received in the morning, half a day is due at the
 * close of that afternoon; received in the afternoon, at the close of the next working morning.
 */
function findHalfDayDue(
  calendar: WorkingCalendar,
  dayNumber: number,
  msOfDay: number,
  count: number,
): Date {
  let day = dayNumber;
  let session: 0 | 1 = msOfDay < calendar.sessions[0].endMs ? 0 : 1;
  for (let counted = 0; counted < count; counted += 1) {
    if (session === 0) {
      session = 1;
    } else {
      day = findNextWorkingDayNumber(calendar, day);
      session = 0;
    }
  }
  return joinInstantVn(day, calendar.sessions[session].endMs);
}

function assertLimit({ amount, unit }: TimeLimit): void {
  const wholeUnits = unit !== 'hours';
  const knownUnit = (timeLimitUnits as readonly string[]).includes(unit);
  if (
    !knownUnit ||
    !Number.isFinite(amount) ||
    amount < 0 ||
    (wholeUnits && !Number.isInteger(amount))
  ) {
    throw new RangeError(`Not a time limit: ${amount} ${unit}`);
  }
}
