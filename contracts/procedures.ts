import { z } from 'zod';
import {
  agencyRoles,
  onlineLevels,
  procedureLevels,
  procedureStatuses,
  timeLimitUnits,
} from '../core/onestop/procedure-rules';
import { calendarDateSchema, pagedSchema, pageQuerySchema, queryBooleanSchema } from './common';
import { importRowErrorSchema, unitCodeSchema, unitKindSchema } from './units';

/** Limits shared by client and server. */
export const procedureLimits = {
  maxAgencies: 2000,
  maxSteps: 30,
  maxDocuments: 100,
  maxFees: 50,
  maxLegalBasis: 100,
} as const;

/** The national code (`1.001193`, `2.000488`) or, until it is known, a local one (`HT-01`). */
export const procedureCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, 'Mã thủ tục chỉ gồm chữ không dấu, số, dấu chấm, gạch');

export const procedureLevelSchema = z.enum(procedureLevels);
export const onlineLevelSchema = z.enum(onlineLevels);
export const agencyRoleSchema = z.enum(agencyRoles);
export const procedureStatusSchema = z.enum(procedureStatuses);
export const timeLimitUnitSchema = z.enum(timeLimitUnits);

export const timeLimitSchema = z.strictObject({
  amount: z.number().min(0).max(9999),
  unit: timeLimitUnitSchema,
});

export const procedureFeeSchema = z.strictObject({
  description: z.string().trim().min(1).max(1000),
  /** Null where the amount is not fixed here (set by the provincial People's Council, by case). */
  amountVnd: z.number().int().min(0).max(100_000_000_000).nullable(),
});

export type ProcedureFee = z.infer<typeof procedureFeeSchema>;

export const procedureDocumentSchema = z.strictObject({
  name: z.string().trim().min(1).max(1000),
  copies: z.number().int().min(1).max(99).nullable().default(null),
  required: z.boolean(),
});

export type ProcedureDocument = z.infer<typeof procedureDocumentSchema>;

export const procedureAgencyInputSchema = z.strictObject({
  unitCode: unitCodeSchema,
  role: agencyRoleSchema,
});

/** A step is done by one named unit, or by whichever agency of a kind handles the dossier. */
export const procedureStepInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(500),
    unitKind: unitKindSchema.nullish(),
    unitCode: unitCodeSchema.nullish(),
    sharePercent: z.number().gt(0).max(100),
  })
  .refine((s) => Boolean(s.unitKind) !== Boolean(s.unitCode), {
    message: 'Mỗi bước ghi hoặc loại đơn vị (unitKind) hoặc mã đơn vị (unitCode), không cả hai',
    path: ['unitCode'],
  });

export type ProcedureStepInput = z.infer<typeof procedureStepInputSchema>;

const procedureFieldsSchema = {
  name: z.string().trim().min(2).max(1000),
  field: z.string().trim().min(1).max(200),
  level: procedureLevelSchema,
  timeLimit: timeLimitSchema.nullable(),
  timeLimitNote: z.string().trim().max(2000).nullish(),
  onlineLevel: onlineLevelSchema,
  fees: z.array(procedureFeeSchema).max(procedureLimits.maxFees),
  documents: z.array(procedureDocumentSchema).max(procedureLimits.maxDocuments),
  legalBasis: z.array(z.string().trim().min(1).max(500)).max(procedureLimits.maxLegalBasis),
  agencies: z.array(procedureAgencyInputSchema).min(1).max(procedureLimits.maxAgencies),
  steps: z.array(procedureStepInputSchema).max(procedureLimits.maxSteps),
};

export const createProcedureBodySchema = z.strictObject({
  code: procedureCodeSchema,
  ...procedureFieldsSchema,
  onlineLevel: onlineLevelSchema.default('none'),
  fees: procedureFieldsSchema.fees.default([]),
  documents: procedureFieldsSchema.documents.default([]),
  legalBasis: procedureFieldsSchema.legalBasis.default([]),
  steps: procedureFieldsSchema.steps.default([]),
  validFrom: calendarDateSchema,
});

export type CreateProcedureBody = z.infer<typeof createProcedureBodySchema>;

export const updateProcedureBodySchema = z
  .strictObject({
    code: procedureCodeSchema,
    ...procedureFieldsSchema,
    validFrom: calendarDateSchema,
    /** Closing a procedure (bãi bỏ, thay thế): it stays readable, its code becomes free. */
    validTo: calendarDateSchema.nullable(),
  })
  .partial();

export type UpdateProcedureBody = z.infer<typeof updateProcedureBodySchema>;

const agencyRefSchema = z.object({ code: z.string(), name: z.string() });

export const procedureSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  field: z.string(),
  level: procedureLevelSchema,
  timeLimit: z.object({ amount: z.number(), unit: timeLimitUnitSchema }).nullable(),
  timeLimitNote: z.string().nullable(),
  onlineLevel: onlineLevelSchema,
  status: procedureStatusSchema,
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  validFrom: calendarDateSchema,
  validTo: calendarDateSchema.nullable(),
  /** The first lead agencies by name; `leadAgencyCount` tells how many there are in all. */
  leadAgencies: z.array(agencyRefSchema),
  leadAgencyCount: z.number().int(),
  coordinatingAgencyCount: z.number().int(),
});

export type Procedure = z.infer<typeof procedureSchema>;

export const procedureAgencySchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: unitKindSchema,
  role: agencyRoleSchema,
});

export type ProcedureAgency = z.infer<typeof procedureAgencySchema>;

export const procedureStepSchema = z.object({
  ordinal: z.number().int(),
  name: z.string(),
  unitKind: unitKindSchema.nullable(),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  sharePercent: z.number(),
});

export type ProcedureStep = z.infer<typeof procedureStepSchema>;

export const procedureDetailSchema = procedureSchema.extend({
  fees: z.array(z.object({ description: z.string(), amountVnd: z.number().int().nullable() })),
  documents: z.array(
    z.object({ name: z.string(), copies: z.number().int().nullable(), required: z.boolean() }),
  ),
  legalBasis: z.array(z.string()),
  agencies: z.array(procedureAgencySchema),
  steps: z.array(procedureStepSchema),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});

export type ProcedureDetail = z.infer<typeof procedureDetailSchema>;

export const procedureSorts = ['code', '-code', 'name', '-name', 'field'] as const;
export const procedureSortSchema = z.enum(procedureSorts);

const procedureFilterSchema = z.object({
  /** Procedures that this unit receives or handles (lead or coordinating). */
  unit: unitCodeSchema.optional(),
  search: z.string().trim().max(200).optional(),
  field: z.string().trim().max(200).optional(),
  level: procedureLevelSchema.optional(),
  onlineLevel: onlineLevelSchema.optional(),
  published: queryBooleanSchema.optional(),
  /** Also list procedures that are no longer in force. */
  includeClosed: queryBooleanSchema.optional(),
});

export const listProceduresQuerySchema = pageQuerySchema.extend({
  ...procedureFilterSchema.shape,
  sort: procedureSortSchema.default('code'),
});

export type ListProceduresQuery = z.output<typeof listProceduresQuerySchema>;

/** The export holds the procedures in force, so that it re-imports unchanged. */
export const exportProceduresQuerySchema = procedureFilterSchema
  .omit({ includeClosed: true })
  .extend({
    sort: procedureSortSchema.default('code'),
  });

export type ExportProceduresQuery = z.output<typeof exportProceduresQuerySchema>;

export const procedureListSchema = pagedSchema(procedureSchema);

export const procedureCodeParamsSchema = z.object({ code: procedureCodeSchema });

export const procedureFieldsResponseSchema = z.object({
  items: z.array(z.object({ field: z.string(), count: z.number().int() })),
});

export const importProceduresResultSchema = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  /** Rows identical to the catalogue: nothing is written for them. */
  unchanged: z.number().int(),
  errors: z.array(importRowErrorSchema),
});

export type ImportProceduresResult = z.infer<typeof importProceduresResultSchema>;
