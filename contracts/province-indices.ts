import { z } from 'zod';

/**
 * The national indices KH 513/KH-UBND (I.1) wants Hà Tĩnh to climb: PAPI (governance, UNDP),
 * PCI (competitiveness, VCCI), PAR INDEX and SIPAS (Bộ Nội vụ), ICT (readiness, Bộ TT&TT).
 */
export const provinceIndexKinds = ['PAPI', 'PCI', 'PAR_INDEX', 'SIPAS', 'ICT'] as const;
export const provinceIndexKindSchema = z.enum(provinceIndexKinds);
export type ProvinceIndexKind = (typeof provinceIndexKinds)[number];

export const provinceIndexLabelsVi: Record<ProvinceIndexKind, string> = {
  PAPI: 'PAPI — Hiệu quả quản trị và hành chính công',
  PCI: 'PCI — Năng lực cạnh tranh cấp tỉnh',
  PAR_INDEX: 'PAR INDEX — Chỉ số cải cách hành chính',
  SIPAS: 'SIPAS — Sự hài lòng của người dân, tổ chức',
  ICT: 'ICT Index — Sẵn sàng ứng dụng CNTT-TT',
};

export const provinceIndexSchema = z.object({
  id: z.number().int(),
  index: provinceIndexKindSchema,
  year: z.number().int(),
  value: z.number().nullable(),
  rank: z.number().int().nullable(),
  rankOf: z.number().int().nullable(),
  sourceDocument: z.string().nullable(),
  updatedAt: z.string(),
});
export type ProvinceIndex = z.infer<typeof provinceIndexSchema>;

export const listProvinceIndicesQuerySchema = z.object({
  index: provinceIndexKindSchema.optional(),
  fromYear: z.coerce.number().int().min(2000).max(9999).optional(),
  toYear: z.coerce.number().int().min(2000).max(9999).optional(),
});
export type ListProvinceIndicesQuery = z.output<typeof listProvinceIndicesQuerySchema>;

export const provinceIndexListSchema = z.object({
  items: z.array(provinceIndexSchema),
  total: z.number().int(),
});

const rankFields = {
  value: z.number().min(0).max(100_000).nullable(),
  rank: z.number().int().min(1).max(100).nullable(),
  rankOf: z.number().int().min(1).max(100).nullable(),
  sourceDocument: z.string().trim().max(500).nullable(),
};

const rankWithinCount = (body: { rank?: number | null; rankOf?: number | null }) =>
  body.rank == null || body.rankOf == null || body.rank <= body.rankOf;
const rankProblem = {
  message: 'Thứ hạng không được lớn hơn số tỉnh được xếp hạng',
  path: ['rank'],
};

export const createProvinceIndexBodySchema = z
  .strictObject({
    index: provinceIndexKindSchema,
    year: z.number().int().min(2000).max(9999),
    ...rankFields,
  })
  .refine(rankWithinCount, rankProblem);
export type CreateProvinceIndexBody = z.output<typeof createProvinceIndexBodySchema>;

export const updateProvinceIndexBodySchema = z
  .strictObject({
    value: rankFields.value.optional(),
    rank: rankFields.rank.optional(),
    rankOf: rankFields.rankOf.optional(),
    sourceDocument: rankFields.sourceDocument.optional(),
  })
  .refine(rankWithinCount, rankProblem);
export type UpdateProvinceIndexBody = z.output<typeof updateProvinceIndexBodySchema>;

export const provinceIndexParamsSchema = z.object({ id: z.coerce.number().int().positive() });
