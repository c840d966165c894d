/**
 * Early / on time / late, as on the process-control slip (Mẫu 05, TT 01/2018: "result early /
 * on time / late") and in the on-time rate (QĐ 766/QĐ-TTg, vn-regulations.md §2 [practice]).
 */
export const timelinessClasses = ['early', 'on_time', 'late', 'pending'] as const;
export type Timeliness = (typeof timelinessClasses)[number];

export const timelinessLabelsVi: Record<Timeliness, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
  pending: 'Đang trong hạn',
};

/** Việt Nam is UTC+7 all year (no daylight saving since 1975). */
export const vietnamUtcOffsetMinutes = 420;

export type ClassifyTimelinessInput = {
  /**
   * The appointment as an instant, pauses already added (`core/calendar/`). Pass the original
   * appointment: a new one given with an apology letter (Mẫu 04) does not make a late dossier
   * on time — the letter exists because it is late.
   */
  dueAt: Date | string;
  /** When the dossier ended (finished, stopped, refused, withdrawn); `null` while still open. */
  finishedAt: Date | string | null;
  /** Supplement requests sent to the citizen (Mẫu 02) while handling this dossier. */
  supplementRequests: number;
  /** Judge an open dossier at this instant, e.g. the end of a reporting period. */
  asOf?: Date | string;
  utcOffsetMinutes?: number;
};

/**
 * The rule, in order:
 * 1. More than one supplement request → late, finished or not: the citizen must be told what is
 *    missing once, completely (NĐ 61/2018, vn-regulations.md §1 "Flow" 1 [text]), and "more than
 *    one supplement request counts as late" (QĐ 766/QĐ-TTg, vn-regulations.md §2 [practice]).
 * 2. Still open → late when `asOf` is past the appointment ("an unfinished dossier is judged at
 *    the end of the period", §2), otherwise pending.
 * 3. Ended after the appointment instant → late.
 * 4. Ended on an earlier calendar day (in Việt Nam) than the appointment → early.
 * 5. Otherwise (the appointment's day, not after its instant) → on time.
 * "Early" is judged by day, not hour: finishing at 09:00 on the due day is on time.
 */
export function classifyTimeliness(input: ClassifyTimelinessInput): Timeliness {
  const { supplementRequests, utcOffsetMinutes = vietnamUtcOffsetMinutes } = input;
  if (!Number.isInteger(supplementRequests) || supplementRequests < 0) {
    throw new RangeError(`supplement requests must be a count: ${supplementRequests}`);
  }
  const dueAt = readInstant(input.dueAt);
  if (supplementRequests > 1) return 'late';
  if (input.finishedAt === null) {
    if (input.asOf === undefined) return 'pending';
    return readInstant(input.asOf) > dueAt ? 'late' : 'pending';
  }
  const finishedAt = readInstant(input.finishedAt);
  if (finishedAt > dueAt) return 'late';
  const finishedOn = findLocalDate(finishedAt, utcOffsetMinutes);
  const dueOn = findLocalDate(dueAt, utcOffsetMinutes);
  return finishedOn < dueOn ? 'early' : 'on_time';
}

function readInstant(value: Date | string): number {
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) throw new RangeError(`not an instant: ${String(value)}`);
  return time;
}

function findLocalDate(time: number, utcOffsetMinutes: number): string {
  return new Date(time + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}
