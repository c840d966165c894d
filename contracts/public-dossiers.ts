import { z } from 'zod';
import { dossierStateSchema } from './dossiers';

/**
 * The citizen's lookup of a dossier (issue 4 "Citizens"): the code from the receipt (Mẫu 01)
 * and the last 4 digits of the applicant's phone. A wrong or missing phone is answered exactly as
 * an unknown code, so the phone is read by the service rather than refused here with a 400.
 */
export const publicDossierParamsSchema = z.object({ code: z.string().trim().min(1).max(60) });

export const publicDossierQuerySchema = z.object({ phone: z.string().max(40).optional() });

export const publicRatingBodySchema = z.strictObject({
  phone: z.string().max(40),
  /** 5 rất hài lòng, 4 hài lòng, 3 bình thường, 2 không hài lòng, 1 rất không hài lòng. */
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).optional(),
});
export type PublicRatingBody = z.infer<typeof publicRatingBodySchema>;

export const publicDossierEventSchema = z.object({
  kind: z.string(),
  kindLabel: z.string(),
  at: z.string(),
  /** The unit that acted; never the officer's name. */
  unitName: z.string().nullable(),
});

/** Nothing personal beyond the masked name (core/onestop/mask-citizen-name.ts). */
export const publicDossierSchema = z.object({
  code: z.string(),
  procedureName: z.string(),
  receivingUnitName: z.string(),
  state: dossierStateSchema,
  stateLabel: z.string(),
  applicantName: z.string(),
  receivedAt: z.string(),
  dueAt: z.string(),
  /** The one new appointment of an apology letter (Mẫu 04). */
  extendedDueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  rated: z.boolean(),
  canRate: z.boolean(),
  timeline: z.array(publicDossierEventSchema),
});
export type PublicDossier = z.infer<typeof publicDossierSchema>;
