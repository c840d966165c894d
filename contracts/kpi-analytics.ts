import { z } from 'zod';
import { bucketGranularities } from '../core/periods/window-buckets';
import { calendarDateSchema, pageQuerySchema } from './common';
import { unitCodeSchema } from './units';

/**
 * One-stop KPI analytics on top of the daily rollups (issue 4 "a unit's KPI page with charts",
 * issue 5 league tables): a trend by month or quarter and the children of a unit ranked.
 * Figures are exactly those of `GET /api/onestop/kpi` (contracts/kpi.ts) for the same window.
 */
export const kpiFiguresSchema = z.object({
  received: z.number().int(),
  finished: z.number().int(),
  withdrawn: z.number().int(),
  pending: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  onTimeRate: z.number().nullable(),
  online: z.number().int(),
  onlineRate: z.number().nullable(),
  overdueWithoutApology: z.number().int(),
  rated: z.number().int(),
  satisfied: z.number().int(),
  satisfactionRate: z.number().nullable(),
  averageProcessingWorkingDays: z.number().nullable(),
});
export type KpiFigures = z.infer<typeof kpiFiguresSchema>;

const kpiUnitRefSchema = z.object({ code: z.string(), name: z.string(), kind: z.string() });

export const onestopKpiSeriesQuerySchema = z.object({
  unit: unitCodeSchema,
  from: calendarDateSchema,
  to: calendarDateSchema,
  granularity: z.enum(bucketGranularities).default('month'),
});
export type OnestopKpiSeriesQuery = z.output<typeof onestopKpiSeriesQuerySchema>;

export const kpiSeriesItemSchema = kpiFiguresSchema.extend({
  /** `2021-03` for a month, `2021Q1` for a quarter. */
  period: z.string(),
  /** The part of the asked window this step covers (the first and last steps may be partial). */
  from: z.string(),
  to: z.string(),
});
export type KpiSeriesItem = z.infer<typeof kpiSeriesItemSchema>;

export const onestopKpiSeriesSchema = z.object({
  unit: kpiUnitRefSchema,
  from: z.string(),
  to: z.string(),
  granularity: z.enum(bucketGranularities),
  items: z.array(kpiSeriesItemSchema),
});
export type OnestopKpiSeries = z.infer<typeof onestopKpiSeriesSchema>;

/** Figures a league table sorts on, plus the unit's code and name. */
export const kpiUnitSorts = [
  'code',
  'name',
  'received',
  'finished',
  'pending',
  'onTime',
  'late',
  'onTimeRate',
  'online',
  'onlineRate',
  'overdueWithoutApology',
  'rated',
  'satisfied',
  'satisfactionRate',
  'averageProcessingWorkingDays',
] as const;
export type KpiUnitSort = (typeof kpiUnitSorts)[number];

export const onestopKpiUnitsQuerySchema = pageQuerySchema.extend({
  unit: unitCodeSchema,
  from: calendarDateSchema,
  to: calendarDateSchema,
  /** Part of a child's name or code, without diacritics if wished. */
  search: z.string().trim().max(200).optional(),
  sort: z.enum(kpiUnitSorts).default('onTimeRate'),
  /** Units without a figure (null rate) always come last, whichever the order. */
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type OnestopKpiUnitsQuery = z.output<typeof onestopKpiUnitsQuerySchema>;

/** Current minus previous: counts in dossiers, rates in percentage points, days in working days. */
export const kpiChangeSchema = z.object({
  received: z.number().int(),
  onTimeRate: z.number().nullable(),
  onlineRate: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
  overdueWithoutApology: z.number().int(),
  averageProcessingWorkingDays: z.number().nullable(),
});
export type KpiChange = z.infer<typeof kpiChangeSchema>;

export const kpiUnitRowSchema = kpiFiguresSchema.extend({
  unit: kpiUnitRefSchema,
  /** Whether the league table can drill further down (a district's communes). */
  hasChildren: z.boolean(),
  previous: kpiFiguresSchema,
  change: kpiChangeSchema,
});
export type KpiUnitRow = z.infer<typeof kpiUnitRowSchema>;

export const onestopKpiUnitsSchema = z.object({
  unit: kpiUnitRefSchema,
  from: z.string(),
  to: z.string(),
  /** The window compared with: the same number of whole months (or days) just before. */
  previousFrom: z.string(),
  previousTo: z.string(),
  /** The whole subtree, as `GET /api/onestop/kpi` answers it, now and in the previous window. */
  totals: kpiFiguresSchema.extend({ previous: kpiFiguresSchema }),
  /** Dossiers the unit handles itself (a district's own procedures), outside every child. */
  own: kpiFiguresSchema,
  items: z.array(kpiUnitRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type OnestopKpiUnits = z.infer<typeof onestopKpiUnitsSchema>;
