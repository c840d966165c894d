import { z } from 'zod';
import { calendarDateSchema } from './common';
import { unitCodeSchema } from './units';

export const onestopKpiQuerySchema = z.object({
  unit: unitCodeSchema,
  from: calendarDateSchema,
  to: calendarDateSchema,
});
export type OnestopKpiQuery = z.infer<typeof onestopKpiQuerySchema>;

/** Live one-stop KPIs of a unit's subtree for the dossiers received in a window (issue 4). */
export const onestopKpiSchema = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  from: z.string(),
  to: z.string(),
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
export type OnestopKpi = z.infer<typeof onestopKpiSchema>;
