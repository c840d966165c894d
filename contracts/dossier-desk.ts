import { z } from 'zod';
import { unitCodeSchema } from './units';

/** Refusal of an online submission at reception (Mẫu 03; NĐ 61/2018, vn-regulations.md §1). */
export const refuseDossierBodySchema = z.strictObject({
  reason: z.string().trim().min(1).max(2000),
});
export type RefuseDossierBody = z.infer<typeof refuseDossierBodySchema>;

export const acceptDossierBodySchema = z.strictObject({
  note: z.string().trim().max(2000).optional(),
});
export type AcceptDossierBody = z.infer<typeof acceptDossierBodySchema>;

/** Officers who may be named in a hand-over to `unit` (processing officers and clerks there). */
export const dossierOfficersQuerySchema = z.object({ unit: unitCodeSchema });

export const dossierOfficerSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: z.string(),
});
export const dossierOfficerListSchema = z.object({ items: z.array(dossierOfficerSchema) });
export type DossierOfficer = z.infer<typeof dossierOfficerSchema>;

/** At-risk and overdue counts per current unit and assignee, within the caller's scope. */
export const dueSummaryQuerySchema = z.object({ unit: unitCodeSchema.optional() });

export const dueSummaryRowSchema = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  assignee: z
    .object({ id: z.number().int(), username: z.string(), fullName: z.string() })
    .nullable(),
  atRisk: z.number().int(),
  overdue: z.number().int(),
});
export const dueSummarySchema = z.object({
  items: z.array(dueSummaryRowSchema),
  totals: z.object({ atRisk: z.number().int(), overdue: z.number().int() }),
  mine: z.object({
    assigned: z.number().int(),
    atRisk: z.number().int(),
    overdue: z.number().int(),
  }),
  /** Online submissions waiting for the desk in scope. */
  submitted: z.number().int(),
});
export type DueSummary = z.infer<typeof dueSummarySchema>;
