import { z } from 'zod';
import { pageQuerySchema } from './common';
import { procedureCodeSchema } from './procedures';
import { unitCodeSchema } from './units';

/**
 * A citizen's online submission without an account (NĐ 61/2018 "Channels": online via the public
 * service portal; vn-regulations.md §3: level 3/4, "một phần"/"toàn trình"). The phone is
 * required: its last 4 digits are the key of the public lookup.
 */
export const publicSubmissionBodySchema = z.strictObject({
  procedureCode: procedureCodeSchema,
  receivingUnitCode: unitCodeSchema,
  applicant: z.strictObject({
    name: z.string().trim().min(1).max(200),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 .-]{6,20}$/, 'Số điện thoại không hợp lệ'),
    email: z.email().max(200).nullable().default(null),
    address: z.string().trim().max(500).nullable().default(null),
  }),
  note: z.string().trim().max(2000).optional(),
});
export type PublicSubmissionBody = z.infer<typeof publicSubmissionBodySchema>;

export const publicSubmissionResultSchema = z.object({
  code: z.string(),
  state: z.literal('submitted'),
  stateLabel: z.string(),
  nationalStatusCode: z.literal(1),
  submittedAt: z.string(),
  procedureName: z.string(),
  receivingUnitName: z.string(),
  /** What to do next, in Vietnamese: keep the code, look it up with the phone's last 4 digits. */
  confirmation: z.string(),
  lookupUrl: z.string(),
});
export type PublicSubmissionResult = z.infer<typeof publicSubmissionResultSchema>;

/** Procedures a citizen may submit online (published, online level partial or full). */
export const onlineProceduresQuerySchema = pageQuerySchema.extend({
  search: z.string().trim().max(200).optional(),
});
export const onlineProcedureSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  onlineLevel: z.string(),
});
export const onlineProcedureListSchema = z.object({
  items: z.array(onlineProcedureSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const onlineProcedureUnitsParamsSchema = z.object({ code: procedureCodeSchema });
export const onlineProcedureUnitsQuerySchema = z.object({
  search: z.string().trim().max(200).optional(),
});
export const onlineProcedureUnitsSchema = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string() })),
});
