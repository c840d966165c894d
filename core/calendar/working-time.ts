import { MS_PER_DAY } from './calendar-date';
import { joinInstantVn, MS_PER_MINUTE, splitInstantVn } from './vn-time';
import { isWorkingDayNumber, type WorkingCalendar, type WorkingSession } from './working-calendar';

/**
 * Working time is the time inside the sessions of working days. A day is the length of a
 * working day (7 h 30 with the default hours) and a half day half of it, so that adding and
 * measuring are exact inverses: this is the arithmetic of clocks that pause (a supplement
 * request) and resume with the time left. The legal rounding of a due date to the end of a day
 * or session lives in computeDueAt, not here.
 */
export type WorkingTimeAmount =
  | { days: number }
  | { halfDays: number }
  | { hours: number }
  | { minutes: number };

const MS_PER_HOUR = 3_600_000;
/** See working-days.ts: a search this long means broken calendar data. */
const MAX_DAYS_WALKED = 200 * 366;

/** Whether an instant falls inside a working session of a working day, in Việt Nam time. */
export function isWorkingTime(calendar: WorkingCalendar, instant: Date): boolean {
  const { dayNumber, msOfDay } = splitInstantVn(instant);
  if (!isWorkingDayNumber(calendar, dayNumber)) return false;
  return calendar.sessions.some((session) => msOfDay >= session.startMs && msOfDay < session.endMs);
}

/**
 * The earliest instant at which `amount` of working time has elapsed since `start` (the latest
 * instant before `start` when the amount is negative). A result may be the end of a session:
 * 4 working hours from 07:30 is 11:30 the same day, not 13:30.
 */
export function addWorkingTime(
  calendar: WorkingCalendar,
  start: Date,
  amount: WorkingTimeAmount,
): Date {
  const ms = toWorkingMs(calendar, amount);
  if (ms === 0) return new Date(start.getTime());
  return ms > 0 ? walkForward(calendar, start, ms) : walkBackward(calendar, start, -ms);
}

/**
 * Working time between two instants, in minutes (fractional when the instants carry seconds);
 * negative when `to` is before `from`. Minutes, because limits are published in days, half days
 * and hours that all divide into whole minutes, and a KPI can sum minutes without rounding.
 */
export function measureWorkingTime(calendar: WorkingCalendar, from: Date, to: Date): number {
  return measureWorkingMs(calendar, from, to) / MS_PER_MINUTE;
}

function measureWorkingMs(calendar: WorkingCalendar, from: Date, to: Date): number {
  if (to.getTime() < from.getTime()) return -measureWorkingMs(calendar, to, from);
  const first = splitInstantVn(from);
  const last = splitInstantVn(to);
  let total = 0;
  for (let dayNumber = first.dayNumber; dayNumber <= last.dayNumber; dayNumber += 1) {
    if (!isWorkingDayNumber(calendar, dayNumber)) continue;
    const dayFrom = dayNumber === first.dayNumber ? first.msOfDay : 0;
    const dayTo = dayNumber === last.dayNumber ? last.msOfDay : MS_PER_DAY;
    for (const session of calendar.sessions) {
      total += Math.max(0, Math.min(dayTo, session.endMs) - Math.max(dayFrom, session.startMs));
    }
  }
  return total;
}

function toWorkingMs(calendar: WorkingCalendar, amount: WorkingTimeAmount): number {
  const ms =
    'days' in amount
      ? amount.days * calendar.dayLengthMs
      : 'halfDays' in amount
        ? (amount.halfDays * calendar.dayLengthMs) / 2
        : 'hours' in amount
          ? amount.hours * MS_PER_HOUR
          : amount.minutes * MS_PER_MINUTE;
  if (!Number.isFinite(ms)) throw new RangeError('Working time amount must be a finite number');
  return Math.round(ms);
}

function walkForward(calendar: WorkingCalendar, start: Date, ms: number): Date {
  const [morning] = calendar.sessions;
  let { dayNumber, msOfDay } = splitInstantVn(start);
  let remaining = ms;
  for (let walked = 0; walked < MAX_DAYS_WALKED; walked += 1) {
    if (isWorkingDayNumber(calendar, dayNumber)) {
      if (msOfDay <= morning.startMs && remaining > calendar.dayLengthMs) {
        remaining -= calendar.dayLengthMs;
      } else {
        for (const session of calendar.sessions) {
          if (msOfDay >= session.endMs) continue;
          const from = Math.max(msOfDay, session.startMs);
          if (remaining <= session.endMs - from) return joinInstantVn(dayNumber, from + remaining);
          remaining -= session.endMs - from;
        }
      }
    }
    dayNumber += 1;
    msOfDay = 0;
  }
  throw new RangeError('Working time reaches beyond the calendar');
}

function walkBackward(calendar: WorkingCalendar, start: Date, ms: number): Date {
  const [, afternoon] = calendar.sessions;
  const latestFirst: readonly WorkingSession[] = [...calendar.sessions].reverse();
  let { dayNumber, msOfDay } = splitInstantVn(start);
  let remaining = ms;
  for (let walked = 0; walked < MAX_DAYS_WALKED; walked += 1) {
    if (isWorkingDayNumber(calendar, dayNumber)) {
      if (msOfDay >= afternoon.endMs && remaining > calendar.dayLengthMs) {
        remaining -= calendar.dayLengthMs;
      } else {
        for (const session of latestFirst) {
          if (msOfDay <= session.startMs) continue;
          const to = Math.min(msOfDay, session.endMs);
          if (remaining <= to - session.startMs) return joinInstantVn(dayNumber, to - remaining);
          remaining -= to - session.startMs;
        }
      }
    }
    dayNumber -= 1;
    msOfDay = MS_PER_DAY;
  }
  throw new RangeError('Working time reaches beyond the calendar');
}
