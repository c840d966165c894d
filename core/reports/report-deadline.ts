import type { WorkingCalendar } from '../calendar/working-calendar';
import { addWorkingDays } from '../calendar/working-days';
import type { Period } from '../periods/period-code';
import { computeDataWindow, type DataWindowRule, type DateRange } from '../periods/period-range';

/**
 * NĐ 09/2019/NĐ-CP (chế độ báo cáo của cơ quan hành chính nhà nước), as vn-regulations.md §6
 * records it [practice]: figures are cut off on the 14th (windows 15th–14th), and the report is
 * sent a few working days after the cut-off, the number being set per sector ("e.g. 2 working
 * days"). Both are settings of each form; these are the defaults.
 */
export const defaultCutOffDay = 14;
export const defaultDueWorkingDays = 2;

export interface FormDeadlineSettings {
  /** `null`: calendar months, for a form whose sector sets no cut-off. */
  cutOffDay: number | null;
  dueWorkingDays: number;
}

export function toDataWindowRule(cutOffDay: number | null): DataWindowRule {
  return cutOffDay === null ? { kind: 'calendar' } : { kind: 'cut_off_day', cutOffDay };
}

/** The default data window and due date of a form for one period. */
export function computeDefaultReportSchedule(
  period: Period,
  settings: FormDeadlineSettings,
  calendar: WorkingCalendar,
): { window: DateRange; dueOn: string } {
  const window = computeDataWindow(period, toDataWindowRule(settings.cutOffDay));
  return { window, dueOn: addWorkingDays(calendar, window.end, settings.dueWorkingDays) };
}

export const reportStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** A cell of the completeness matrix: the report's state, or `missing` when none was started. */
export type ReportSlotStatus = ReportStatus | 'missing';

/**
 * `on_time`/`late`: sent by / after the due date (the first sending counts: a report returned
 * for corrections was still sent on time). `overdue`: not sent and the due date has passed.
 * `pending`: not sent, still time.
 */
export const reportTimeliness = ['on_time', 'late', 'overdue', 'pending'] as const;
export type ReportTimeliness = (typeof reportTimeliness)[number];

export function classifyReportTimeliness(input: {
  /** Việt Nam date of the first sending, or null when never sent. */
  firstSubmittedOn: string | null;
  dueOn: string;
  today: string;
}): ReportTimeliness {
  if (input.firstSubmittedOn !== null)
    return input.firstSubmittedOn <= input.dueOn ? 'on_time' : 'late';
  return input.today > input.dueOn ? 'overdue' : 'pending';
}

/**
 * After the due date a unit can no longer change or send its report, unless Sở Nội vụ granted
 * an exception for this unit and period that runs at least until today (issue 3).
 */
export function isReportLocked(input: {
  dueOn: string;
  today: string;
  exceptionUntil: string | null;
}): boolean {
  if (input.today <= input.dueOn) return false;
  return input.exceptionUntil === null || input.today > input.exceptionUntil;
}
