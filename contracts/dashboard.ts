import { z } from 'zod';
import { queryBooleanSchema } from './common';
import { onestopKpiSchema } from './kpi';
import { unitCodeSchema } from './units';

/**
 * Plan figures per child unit for the steering dashboard's league tables (issue 5): tasks
 * overdue, unit plans issued and periodic reports on time, composed from the plan and report
 * modules' own services.
 */
export const planUnitsQuerySchema = z.object({
  plan: z.coerce.number().int().positive(),
  /** `2021Q1`, `2021S1` or `2021`; the plan's year when omitted. */
  period: z.string().trim().max(10).optional(),
  /** The unit whose children are ranked; the plan's own unit (the province) when omitted. */
  unit: unitCodeSchema.optional(),
  /** Also count periodic reports on time (slower: every form's slots of every child). */
  reports: queryBooleanSchema.optional(),
});
export type PlanUnitsQuery = z.output<typeof planUnitsQuerySchema>;

export const planUnitFiguresSchema = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  kind: z.string(),
  hasChildren: z.boolean(),
  /** Province-plan tasks the unit leads or coordinates, past their deadline and not done at the period's end (or today). */
  tasksOverdue: z.number().int(),
  /** The same at the end of the previous period; null when there is none within the plan's year. */
  tasksOverduePrevious: z.number().int().nullable(),
  tasksTotal: z.number().int(),
  /** Units of the subtree that must issue a plan (target 1), those that have, and the share (T01a). */
  unitPlansRequired: z.number().int(),
  unitPlansIssued: z.number().int(),
  unitPlansShare: z.number().nullable(),
  /** Periodic reports of the subtree for the period (issue 3): owed, sent on time, and the share. */
  /** Null unless asked with `reports=true`. */
  reportsDue: z.number().int().nullable(),
  reportsOnTime: z.number().int().nullable(),
  reportsOnTimeShare: z.number().nullable(),
});
export type PlanUnitFigures = z.infer<typeof planUnitFiguresSchema>;

export const planUnitsResponseSchema = z.object({
  planId: z.number().int(),
  period: z.string(),
  previousPeriod: z.string().nullable(),
  unit: z.object({ code: z.string(), name: z.string() }),
  items: z.array(planUnitFiguresSchema),
});
export type PlanUnitsResponse = z.infer<typeof planUnitsResponseSchema>;

/** The public scoreboard (`/cong-khai`): aggregates only, never a dossier or a person. */
export const publicScoreboardQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(9999).optional(),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
  unit: unitCodeSchema.optional(),
});
export type PublicScoreboardQuery = z.output<typeof publicScoreboardQuerySchema>;

/** The one-stop KPI without the unit's reference and the processing time. */
export const publicKpiSchema = onestopKpiSchema.pick({
  received: true,
  finished: true,
  onTime: true,
  late: true,
  onTimeRate: true,
  online: true,
  onlineRate: true,
  overdueWithoutApology: true,
  rated: true,
  satisfied: true,
  satisfactionRate: true,
});
export type PublicKpi = z.infer<typeof publicKpiSchema>;

export const publicScoreboardSchema = z.object({
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  /** `2021` or `2021Q1`: the period of the unit table. */
  period: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }),
  /** The unit's figures quarter by quarter of the year. */
  quarters: z.array(
    z.object({ period: z.string(), from: z.string(), to: z.string(), kpi: publicKpiSchema }),
  ),
  /** The unit's figures for the period. */
  total: publicKpiSchema,
  publishedProcedures: z.number().int(),
  units: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      hasChildren: z.boolean(),
      kpi: publicKpiSchema,
      publishedProcedures: z.number().int(),
    }),
  ),
  generatedAt: z.string(),
});
export type PublicScoreboard = z.infer<typeof publicScoreboardSchema>;
