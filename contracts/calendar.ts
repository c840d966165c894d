import { z } from 'zod';
import { type TimeLimitUnit, timeLimitUnits } from '../core/calendar/compute-due-at';
import { calendarDayKinds, holidayYearStatuses } from '../core/calendar/holiday-year';
import { FIRST_PROJECTED_YEAR, LAST_PROJECTED_YEAR } from '../core/calendar/project-holiday-year';
import type { HolidayYearSource } from '../core/calendar/working-calendar';
import { calendarDateSchema } from './common';

/**
 * The years the calendar answers for: those core can project (2014, the first year under
 * Bộ luật Lao động 2012's five days of Tết, to 2198, where the lunar conversion is trusted).
 * An administrator's year must lie in the same range, so every year of it has an answer.
 */
export const calendarYearRange = { min: FIRST_PROJECTED_YEAR, max: LAST_PROJECTED_YEAR } as const;

export const holidayYearSources = [
  'administrator',
  'built_in',
  'projection',
] as const satisfies readonly HolidayYearSource[];

/** A year in a path or query: a malformed one is 400, one outside the range 422 (service). */
export const calendarYearNumberSchema = z.coerce
  .number({ error: 'Năm phải là số, ví dụ 2021' })
  .int({ error: 'Năm phải là số nguyên, ví dụ 2021' })
  .min(1, { error: 'Năm phải là số dương' })
  .max(9999, { error: 'Năm có tối đa bốn chữ số' });

export const calendarYearParamsSchema = z.object({ year: calendarYearNumberSchema });

// ---------------------------------------------------------------- due date (public)

/** Upper bounds that keep one request cheap; far above any published time limit. */
export const timeLimitAmountMax: Record<TimeLimitUnit, number> = {
  working_days: 1000,
  half_days: 2000,
  hours: 7500,
  calendar_days: 3650,
};

/**
 * A `+` typed unencoded in a query string arrives as a space (`…15:01:00 07:00`); it can only
 * have been the sign of the offset, so it is put back rather than refused.
 */
function restoreOffsetSign(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/ (\d{2}:\d{2})$/, '+$1') : value;
}

export const receivedAtSchema = z.preprocess(
  restoreOffsetSign,
  z.iso.datetime({
    offset: true,
    error:
      'Thời điểm tiếp nhận phải theo ISO 8601, có giây và múi giờ, ví dụ 2021-02-05T15:01:00+07:00',
  }),
);

/**
 * Either `workingDays` (whole or half days: 0.5 is half a working day) or the richer
 * `unit` + `amount`, in which `amount=0` `working_days` is a same-day procedure
 * ("giải quyết trong ngày"). The service maps `workingDays` to core's limit units.
 */
export const dueDateQuerySchema = z
  .object({
    receivedAt: receivedAtSchema,
    workingDays: z.coerce
      .number({ error: 'Số ngày làm việc phải là số' })
      .positive({ error: 'Số ngày làm việc phải lớn hơn 0' })
      .multipleOf(0.5, { error: 'Số ngày làm việc là số nguyên hoặc có nửa ngày (0,5)' })
      .max(timeLimitAmountMax.working_days, {
        error: `Số ngày làm việc tối đa ${timeLimitAmountMax.working_days}`,
      })
      .optional(),
    unit: z.enum(timeLimitUnits).optional(),
    amount: z.coerce
      .number({ error: 'Thời hạn phải là số' })
      .min(0, { error: 'Thời hạn không được âm' })
      .optional(),
  })
  .superRefine((query, ctx) => {
    const rich = query.unit !== undefined || query.amount !== undefined;
    if (query.workingDays !== undefined && rich) {
      ctx.addIssue({
        code: 'custom',
        path: ['workingDays'],
        message: 'Chỉ dùng workingDays hoặc cặp unit và amount, không dùng cả hai',
      });
      return;
    }
    if (query.workingDays !== undefined) return;
    if (!rich) {
      ctx.addIssue({
        code: 'custom',
        path: ['workingDays'],
        message: 'Cần số ngày làm việc (workingDays), hoặc cặp unit và amount',
      });
      return;
    }
    if (query.unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'Cần đơn vị thời hạn (unit)' });
      return;
    }
    if (query.amount === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Cần độ dài thời hạn (amount)' });
      return;
    }
    if (query.unit !== 'hours' && !Number.isInteger(query.amount)) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: 'Thời hạn tính theo ngày hoặc buổi phải là số nguyên',
      });
    }
    if (query.amount > timeLimitAmountMax[query.unit]) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: `Thời hạn tối đa ${timeLimitAmountMax[query.unit]}`,
      });
    }
  });

export type DueDateQuery = z.output<typeof dueDateQuerySchema>;

export const timeLimitSchema = z.object({
  amount: z.number(),
  unit: z.enum(timeLimitUnits),
});

/** Instants are ISO 8601 with `+07:00` (docs/decisions/003-time.md). */
export const dueDateResponseSchema = z.object({
  receivedAt: z.string(),
  /** When counting starts: the receipt, or the next opening after the cut-off or a day off. */
  countedFrom: z.string(),
  dueAt: z.string(),
  /** The limit as core counted it: `workingDays=2.5` is `{ amount: 5, unit: 'half_days' }`. */
  limit: timeLimitSchema,
  /** True when the count passes through a year without an official notice. */
  projected: z.boolean(),
});

export type DueDateResponse = z.infer<typeof dueDateResponseSchema>;

// ---------------------------------------------------------------- non-working days (public)

/**
 * The public API folds core's two swap kinds into `swap`: `workingDay` tells the weekday given
 * off (false) from the Saturday worked in exchange (true). Core keeps them apart because the
 * two days are separate facts of the notice (holiday-year.ts).
 */
export const nonWorkingDayKinds = ['holiday', 'compensatory', 'swap'] as const;

export type NonWorkingDayKind = (typeof nonWorkingDayKinds)[number];

export const nonWorkingDaySchema = z.object({
  date: calendarDateSchema,
  name: z.string(),
  kind: z.enum(nonWorkingDayKinds),
  workingDay: z.boolean(),
  projected: z.boolean(),
  source: z.enum(holidayYearSources),
});

export type NonWorkingDay = z.infer<typeof nonWorkingDaySchema>;

export const nonWorkingDaysQuerySchema = z.object({ year: calendarYearNumberSchema });

export const nonWorkingDaysResponseSchema = z.object({
  year: z.number().int(),
  status: z.enum(holidayYearStatuses),
  source: z.enum(holidayYearSources),
  sourceDocument: z.string().nullable(),
  note: z.string().nullable(),
  items: z.array(nonWorkingDaySchema),
});

export type NonWorkingDaysResponse = z.infer<typeof nonWorkingDaysResponseSchema>;

// ---------------------------------------------------------------- years (administrator)

export const maxCalendarDaysPerYear = 60;

/** A day as stored and edited: core's four kinds, since a swap's two days are separate facts. */
export const calendarDaySchema = z.strictObject({
  date: calendarDateSchema,
  name: z.string().trim().min(1, { error: 'Cần tên ngày nghỉ' }).max(200),
  kind: z.enum(calendarDayKinds),
});

export type CalendarDayInput = z.infer<typeof calendarDaySchema>;

/** `projected` is what the calendar computes without a notice; an administrator never sets it. */
export const enteredYearStatuses = ['official', 'expected'] as const;

export const replaceCalendarYearBodySchema = z.strictObject({
  status: z.enum(enteredYearStatuses),
  /** The notice the days come from: "Thông báo số 6150/TB-LĐTBXH ngày 01/12/2023". */
  sourceDocument: z.string().trim().max(300).nullish(),
  note: z.string().trim().max(1000).nullish(),
  days: z.array(calendarDaySchema).max(maxCalendarDaysPerYear),
});

export type ReplaceCalendarYearBody = z.infer<typeof replaceCalendarYearBodySchema>;

export const calendarYearSummarySchema = z.object({
  year: z.number().int(),
  status: z.enum(holidayYearStatuses),
  source: z.enum(holidayYearSources),
  /** Whether the app ships data for the year, to which deleting the administrator's returns. */
  hasBuiltIn: z.boolean(),
  sourceDocument: z.string().nullable(),
  note: z.string().nullable(),
  dayCount: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

export type CalendarYearSummary = z.infer<typeof calendarYearSummarySchema>;

export const calendarYearListSchema = z.object({
  items: z.array(calendarYearSummarySchema),
  total: z.number().int(),
});

export const calendarYearDetailSchema = calendarYearSummarySchema.extend({
  days: z.array(
    z.object({ date: calendarDateSchema, name: z.string(), kind: z.enum(calendarDayKinds) }),
  ),
});

export type CalendarYearDetail = z.infer<typeof calendarYearDetailSchema>;

/** One reason a day of an entered year was refused (422 `calendar_year_invalid`). */
export interface CalendarYearProblem {
  index: number;
  date: string;
  code: string;
  message: string;
}

// ---------------------------------------------------------------- settings (administrator)

const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Giờ theo dạng HH:mm, ví dụ 07:30' });

const workingSessionSchema = z.strictObject({ start: timeOfDaySchema, end: timeOfDaySchema });

export const calendarSettingsBodySchema = z.strictObject({
  morning: workingSessionSchema,
  afternoon: workingSessionSchema,
  /** null: no cut-off. NĐ 61/2018 practice is 15:00 (vn-regulations.md §1). */
  receptionCutOff: timeOfDaySchema.nullable(),
});

export type CalendarSettingsBody = z.infer<typeof calendarSettingsBodySchema>;

export const calendarSettingsSchema = z.object({
  morning: z.object({ start: z.string(), end: z.string() }),
  afternoon: z.object({ start: z.string(), end: z.string() }),
  receptionCutOff: z.string().nullable(),
  /** True while no administrator has saved settings: core's defaults apply. */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;
