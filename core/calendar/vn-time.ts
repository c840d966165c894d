import { type IsoDate, MS_PER_DAY, toDayNumber, toIsoDate } from './calendar-date';

/**
 * Instants are stored in UTC and read in Asia/Ho_Chi_Minh (ARCHITECTURE.md). Việt Nam keeps
 * UTC+7 all year, with no daylight saving time, so the offset is applied by hand: a browser or
 * server in another zone (or with an outdated tz database) gets the same answer.
 */
export const VN_UTC_OFFSET_MS = 7 * 3_600_000;

export const MS_PER_MINUTE = 60_000;

/** A moment as seen on a clock in Việt Nam: the local day and the milliseconds since its midnight. */
export interface VnLocalTime {
  dayNumber: number;
  msOfDay: number;
}

export function splitInstantVn(instant: Date): VnLocalTime {
  const localMs = instant.getTime() + VN_UTC_OFFSET_MS;
  if (!Number.isFinite(localMs)) throw new RangeError('Invalid instant');
  const dayNumber = Math.floor(localMs / MS_PER_DAY);
  return { dayNumber, msOfDay: localMs - dayNumber * MS_PER_DAY };
}

export function joinInstantVn(dayNumber: number, msOfDay: number): Date {
  return new Date(dayNumber * MS_PER_DAY + msOfDay - VN_UTC_OFFSET_MS);
}

/** The calendar date in Việt Nam at an instant. */
export function toVnDate(instant: Date): IsoDate {
  return toIsoDate(splitInstantVn(instant).dayNumber);
}

/** The instant at which clocks in Việt Nam show `date` and `time` (`HH:MM` or `HH:MM:SS`). */
export function toVnInstant(date: IsoDate, time: string): Date {
  return joinInstantVn(toDayNumber(date), parseTimeOfDay(time));
}

/** `HH:MM` or `HH:MM:SS` (00:00–24:00) to milliseconds after midnight. */
export function parseTimeOfDay(time: string): number {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  const seconds = Number(match?.[3] ?? 0);
  const ms = ((hours * 60 + minutes) * 60 + seconds) * 1000;
  if (!match || minutes > 59 || seconds > 59 || ms > MS_PER_DAY) {
    throw new RangeError(`Not a time of day (HH:MM): ${time}`);
  }
  return ms;
}

/**
 * ISO 8601 with the Việt Nam offset, as the API returns due dates: `2021-03-05T17:00:00+07:00`.
 * Milliseconds appear only when they are not zero.
 */
export function formatInstantVn(instant: Date): string {
  const { dayNumber, msOfDay } = splitInstantVn(instant);
  const pad = (value: number) => String(value).padStart(2, '0');
  const hours = Math.floor(msOfDay / 3_600_000);
  const minutes = Math.floor(msOfDay / MS_PER_MINUTE) % 60;
  const seconds = Math.floor(msOfDay / 1000) % 60;
  const millis = msOfDay % 1000;
  const fraction = millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`;
  return `${toIsoDate(dayNumber)}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${fraction}+07:00`;
}
