import { z } from 'zod';
import { calendarDateSchema } from './common';
import { unitCodeSchema } from './units';

/** The printable forms of a dossier (TT 01/2018): receipt, supplement request, refusal, apology, control sheet. */
export const dossierFormNumbers = ['01', '02', '03', '04', '05'] as const;

export const dossierFormParamsSchema = z.object({
  code: z.string().trim().min(1).max(60),
  form: z.enum(dossierFormNumbers),
});
export type DossierFormParams = z.infer<typeof dossierFormParamsSchema>;

/** Mẫu 06: dossiers received by a unit's subtree on days `from`–`to` (Việt Nam). */
export const registerQuerySchema = z.object({
  unit: unitCodeSchema,
  from: calendarDateSchema,
  to: calendarDateSchema,
});
export type RegisterQuery = z.infer<typeof registerQuerySchema>;
