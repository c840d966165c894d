import { z } from 'zod';
import { unitKinds } from '../core/org/unit-kind';
import { calendarDateSchema, pagedSchema, pageQuerySchema, queryBooleanSchema } from './common';

export const unitCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_.-]+$/, 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu gạch');

export const unitKindSchema = z.enum(unitKinds);

export const unitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: unitKindSchema,
  typeLabel: z.string().nullable(),
  parentCode: z.string().nullable(),
  parentName: z.string().nullable(),
  path: z.string(),
  level: z.number().int(),
  validFrom: calendarDateSchema,
  validTo: calendarDateSchema.nullable(),
  childCount: z.number().int(),
});

export type Unit = z.infer<typeof unitSchema>;

export const unitSuccessionSchema = z.object({
  kind: z.enum(['merge', 'split', 'rename']),
  effectiveOn: calendarDateSchema,
  unitCode: z.string(),
  unitName: z.string(),
  note: z.string().nullable(),
});

export const unitDetailSchema = unitSchema.extend({
  ancestors: z.array(z.object({ code: z.string(), name: z.string() })),
  predecessors: z.array(unitSuccessionSchema),
  successors: z.array(unitSuccessionSchema),
});

export type UnitDetail = z.infer<typeof unitDetailSchema>;

export const unitSortSchema = z.enum(['path', 'code', 'name', '-name', 'kind']);

export const listUnitsQuerySchema = pageQuerySchema.extend({
  search: z.string().trim().max(200).optional(),
  kind: unitKindSchema.optional(),
  parent: unitCodeSchema.optional(),
  /** Also list units closed by a merge, split or closure. */
  includeClosed: queryBooleanSchema.optional(),
  sort: unitSortSchema.default('path'),
});

export type ListUnitsQuery = z.output<typeof listUnitsQuerySchema>;

export const unitListSchema = pagedSchema(unitSchema);

export const unitCodeParamsSchema = z.object({ code: unitCodeSchema });

export const createUnitBodySchema = z.strictObject({
  code: unitCodeSchema,
  name: z.string().trim().min(2).max(200),
  shortName: z.string().trim().max(80).nullish(),
  kind: unitKindSchema,
  typeLabel: z.string().trim().max(60).nullish(),
  parentCode: unitCodeSchema,
  validFrom: calendarDateSchema,
});

export type CreateUnitBody = z.infer<typeof createUnitBodySchema>;

export const updateUnitBodySchema = z
  .strictObject({
    name: z.string().trim().min(2).max(200),
    shortName: z.string().trim().max(80).nullable(),
    typeLabel: z.string().trim().max(60).nullable(),
  })
  .partial();

export type UpdateUnitBody = z.infer<typeof updateUnitBodySchema>;

export const closeUnitBodySchema = z.strictObject({
  validTo: calendarDateSchema,
  note: z.string().trim().max(500).nullish(),
});

export const mergeUnitsBodySchema = z.strictObject({
  sourceCodes: z.array(unitCodeSchema).min(1).max(50),
  /** The unit the sources merge into: an existing unit, or a new one to create. */
  into: z.union([
    z.strictObject({ existingCode: unitCodeSchema }),
    createUnitBodySchema.omit({ validFrom: true }),
  ]),
  effectiveOn: calendarDateSchema,
  note: z.string().trim().max(500).nullish(),
});

export type MergeUnitsBody = z.infer<typeof mergeUnitsBodySchema>;

export const splitUnitBodySchema = z.strictObject({
  parts: z
    .array(createUnitBodySchema.omit({ validFrom: true }))
    .min(2)
    .max(20),
  effectiveOn: calendarDateSchema,
  note: z.string().trim().max(500).nullish(),
});

export type SplitUnitBody = z.infer<typeof splitUnitBodySchema>;

export const importRowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});

export const importUnitsResultSchema = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(importRowErrorSchema),
});

export type ImportUnitsResult = z.infer<typeof importUnitsResultSchema>;

/** Columns of the unit import sheet, in order (xlsx or csv, header row first). */
export const unitImportColumns = [
  'code',
  'name',
  'kind',
  'parent_code',
  'type_label',
  'short_name',
  'valid_from',
] as const;
