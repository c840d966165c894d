import { z } from 'zod';
import { dossierStates } from '../core/onestop/dossier-state';
import { calendarDateSchema, pagedSchema, pageQuerySchema, queryBooleanSchema } from './common';
import { procedureCodeSchema } from './procedures';
import { unitCodeSchema } from './units';

/** How a dossier reached the desk (NĐ 61/2018; national channel codes 1–3, vn-regulations.md §1). */
export const dossierChannels = ['counter', 'online', 'postal'] as const;
export const dossierChannelSchema = z.enum(dossierChannels);
export const dossierStateSchema = z.enum(dossierStates);

/** An instant with its offset, as received from clients (docs/decisions/003-time.md). */
const instantSchema = z.iso.datetime({ offset: true });

export const dossierCodeParamsSchema = z.object({ code: z.string().trim().min(1).max(60) });

export const applicantSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{6,20}$/, 'Số điện thoại không hợp lệ')
    .nullable()
    .default(null),
  email: z.email().max(200).nullable().default(null),
  address: z.string().trim().max(500).nullable().default(null),
});

export const receiveDossierBodySchema = z.strictObject({
  procedureCode: procedureCodeSchema,
  receivingUnitCode: unitCodeSchema,
  /** Needed only when several lead agencies could handle it (e.g. a district procedure at the province centre). */
  handlingUnitCode: unitCodeSchema.optional(),
  applicant: applicantSchema,
  channel: dossierChannelSchema.default('counter'),
  /**
   * Not eligible at the counter: the dossier is recorded as refused with this reason and the
   * refusal slip (Mẫu 03) instead of a receipt (NĐ 61/2018, vn-regulations.md §1 "Flow" 2).
   */
  refusalReason: z.string().trim().min(1).max(2000).optional(),
});
export type ReceiveDossierBody = z.infer<typeof receiveDossierBodySchema>;

export const handOverBodySchema = z.strictObject({
  toUnitCode: unitCodeSchema,
  note: z.string().trim().max(2000).optional(),
  /** The internal-process step the dossier enters; by default the step after the last one. */
  stepOrdinal: z.number().int().min(1).max(100).optional(),
  /** The processing officer of the receiving unit who takes the dossier (issue 4). */
  assigneeUserId: z.number().int().positive().optional(),
});
export type HandOverBody = z.infer<typeof handOverBodySchema>;

export const supplementRequestBodySchema = z.strictObject({
  items: z.array(z.string().trim().min(1).max(500)).min(1).max(50),
  reason: z.string().trim().min(1).max(2000),
});
export type SupplementRequestBody = z.infer<typeof supplementRequestBodySchema>;

export const noteBodySchema = z.strictObject({ note: z.string().trim().max(2000).optional() });
export type NoteBody = z.infer<typeof noteBodySchema>;

export const finishBodySchema = z.strictObject({
  resultNote: z.string().trim().max(2000).optional(),
  digitised: z.boolean().default(false),
});
export type FinishBody = z.infer<typeof finishBodySchema>;

export const apologyBodySchema = z.strictObject({
  reason: z.string().trim().min(1).max(2000),
  newDueAt: instantSchema,
});
export type ApologyBody = z.infer<typeof apologyBodySchema>;

export const ratingBodySchema = z.strictObject({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).optional(),
});
export type RatingBody = z.infer<typeof ratingBodySchema>;

export const dossierSorts = ['receivedAt', '-receivedAt', 'dueAt', '-dueAt'] as const;

export const listDossiersQuerySchema = pageQuerySchema.extend({
  unit: unitCodeSchema.optional(),
  state: dossierStateSchema.optional(),
  overdue: queryBooleanSchema.optional(),
  atRisk: queryBooleanSchema.optional(),
  /** at_risk: open and due within one working day; overdue: open and past due (issue 4). */
  due: z.enum(['at_risk', 'overdue']).optional(),
  /** `me` or a user id: the dossiers whose current assignee it is. */
  assignee: z
    .string()
    .regex(/^(me|[1-9][0-9]{0,9})$/, 'Giá trị hợp lệ: me hoặc mã người dùng')
    .optional(),
  /** How an ended dossier was judged (the KPI's on time / late): drill-down from the KPI page. */
  timeliness: z.enum(['early', 'on_time', 'late']).optional(),
  /** Ended late without an apology letter: the KPI's `overdueWithoutApology`. */
  overdueWithoutApology: queryBooleanSchema.optional(),
  /** Receipt days (Việt Nam), both ends included: the window of a KPI figure. */
  receivedFrom: calendarDateSchema.optional(),
  receivedTo: calendarDateSchema.optional(),
  search: z.string().trim().max(200).optional(),
  sort: z.enum(dossierSorts).default('-receivedAt'),
});
export type ListDossiersQuery = z.infer<typeof listDossiersQuerySchema>;

const unitRefSchema = z.object({ code: z.string(), name: z.string() });

export const dossierSchema = z.object({
  code: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  receivingUnit: unitRefSchema,
  handlingUnit: unitRefSchema,
  currentUnit: unitRefSchema,
  channel: dossierChannelSchema,
  state: dossierStateSchema,
  stateLabel: z.string(),
  nationalStatusCode: z.number().int(),
  applicantName: z.string(),
  receivedAt: z.string(),
  countingFromAt: z.string(),
  dueAt: z.string(),
  extendedDueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  supplementCount: z.number().int(),
  timeliness: z.enum(['early', 'on_time', 'late']).nullable(),
  overdue: z.boolean(),
  /** When a citizen submitted it online, before the desk accepted it. */
  submittedAt: z.string().nullable(),
  assignee: z
    .object({ id: z.number().int(), username: z.string(), fullName: z.string() })
    .nullable(),
});
export type Dossier = z.infer<typeof dossierSchema>;

export const dossierEventSchema = z.object({
  at: z.string(),
  kind: z.string(),
  fromUnit: unitRefSchema.nullable(),
  toUnit: unitRefSchema.nullable(),
  actor: z.string().nullable(),
  note: z.string().nullable(),
  details: z.unknown().optional(),
  /** The step a hand-over started, with its own deadline; `late` once it ended after it. */
  step: z
    .object({
      ordinal: z.number().int().nullable(),
      name: z.string().nullable(),
      dueAt: z.string(),
      finishedAt: z.string().nullable(),
      late: z.boolean().nullable(),
    })
    .nullable(),
  assignee: z.string().nullable(),
});

export const dossierDetailSchema = dossierSchema.extend({
  applicant: z.object({
    name: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
  }),
  pausedWorkingMinutes: z.number().int(),
  apology: z
    .object({ issuedAt: z.string(), reason: z.string().nullable(), apologyLate: z.boolean() })
    .nullable(),
  result: z.object({ note: z.string().nullable(), digitised: z.boolean() }),
  rating: z
    .object({ value: z.number().int(), comment: z.string().nullable(), ratedAt: z.string() })
    .nullable(),
  events: z.array(dossierEventSchema),
});
export type DossierDetail = z.infer<typeof dossierDetailSchema>;

export const dossierListSchema = pagedSchema(dossierSchema);

/**
 * The historical import (issue 4): CSV or .xlsx rows, all or nothing. Each bad row is reported
 * with its row number in the file, its column and the reason.
 */
export const importDossiersQuerySchema = z.object({
  dryRun: queryBooleanSchema.default(false),
});

export const importDossiersResultSchema = z.object({
  dryRun: z.boolean(),
  /** Dossiers written (0 on a dry run). */
  imported: z.number().int(),
  /** Rows checked and found valid. */
  valid: z.number().int(),
  errors: z.array(
    z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() }),
  ),
});
export type ImportDossiersResult = z.infer<typeof importDossiersResultSchema>;

/** The columns every import file carries; others (applicant_name, returned_at, …) are optional. */
export const dossierImportRequiredColumns = [
  'code',
  'procedure_code',
  'unit_code',
  'channel',
  'received_at',
  'due_at',
  'finished_at',
  'apology_issued_at',
  'rating',
  'applicant_phone',
] as const;
