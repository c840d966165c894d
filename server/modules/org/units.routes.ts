import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { queryBooleanSchema } from '../../../contracts/common';
import {
  closeUnitBodySchema,
  createUnitBodySchema,
  importUnitsResultSchema,
  listUnitsQuerySchema,
  mergeUnitsBodySchema,
  splitUnitBodySchema,
  unitCodeParamsSchema,
  unitDetailSchema,
  unitListSchema,
  updateUnitBodySchema,
} from '../../../contracts/units';
import { readUploadedFile } from '../../files/uploaded-file';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { errorResponses, writeErrors } from '../../http/error-responses';
import { buildUnitImportTemplate, importUnits } from './unit-import.service';
import {
  closeUnit,
  createUnit,
  getUnitDetail,
  listUnits,
  mergeUnits,
  splitUnit,
  updateUnit,
} from './units.service';

const errors = writeErrors;

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerUnitRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['units'];

  r.get(
    '/api/units',
    {
      schema: {
        tags,
        summary: 'Tìm đơn vị (không phân biệt hoa thường, dấu tiếng Việt)',
        querystring: listUnitsQuerySchema,
        response: { 200: unitListSchema, ...errors },
      },
    },
    (request) => listUnits(buildServiceContext(deps, request), request.query),
  );

  r.get(
    '/api/units/import-template',
    { schema: { tags, summary: 'Tệp mẫu nhập đơn vị (.xlsx)' } },
    async (_request, reply) => {
      reply.header('content-disposition', 'attachment; filename="mau-nhap-don-vi.xlsx"');
      return reply.type(xlsxType).send(await buildUnitImportTemplate());
    },
  );

  r.post(
    '/api/units/import',
    {
      schema: {
        tags,
        summary: 'Nhập đơn vị từ .xlsx/.csv (tất cả hoặc không; báo lỗi từng dòng)',
        querystring: z.object({ dryRun: queryBooleanSchema.default(false) }),
        response: {
          200: importUnitsResultSchema,
          ...errors,
          ...errorResponses(413, 415),
        },
      },
    },
    async (request) => {
      const ctx = buildServiceContext(deps, request);
      return importUnits(ctx, await readUploadedFile(request), request.query.dryRun);
    },
  );

  r.post(
    '/api/units/merge',
    {
      schema: {
        tags,
        summary: 'Sáp nhập đơn vị (giữ lịch sử)',
        body: mergeUnitsBodySchema,
        response: { 200: unitDetailSchema, ...errors },
      },
    },
    (request) => mergeUnits(buildServiceContext(deps, request), request.body),
  );

  r.get(
    '/api/units/:code',
    {
      schema: {
        tags,
        summary: 'Chi tiết đơn vị, cấp trên, đơn vị tiền thân và kế thừa',
        params: unitCodeParamsSchema,
        response: { 200: unitDetailSchema, ...errors },
      },
    },
    (request) => getUnitDetail(buildServiceContext(deps, request), request.params.code),
  );

  r.post(
    '/api/units',
    {
      schema: {
        tags,
        summary: 'Tạo đơn vị',
        body: createUnitBodySchema,
        response: { 201: unitDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUnit(buildServiceContext(deps, request), request.body)),
  );

  r.patch(
    '/api/units/:code',
    {
      schema: {
        tags,
        summary: 'Sửa tên, tên viết tắt, loại hình',
        params: unitCodeParamsSchema,
        body: updateUnitBodySchema,
        response: { 200: unitDetailSchema, ...errors },
      },
    },
    (request) => updateUnit(buildServiceContext(deps, request), request.params.code, request.body),
  );

  r.post(
    '/api/units/:code/close',
    {
      schema: {
        tags,
        summary: 'Đóng đơn vị (ngừng hoạt động từ ngày sau validTo)',
        params: unitCodeParamsSchema,
        body: closeUnitBodySchema,
        response: { 200: unitDetailSchema, ...errors },
      },
    },
    (request) => closeUnit(buildServiceContext(deps, request), request.params.code, request.body),
  );

  r.post(
    '/api/units/:code/split',
    {
      schema: {
        tags,
        summary: 'Chia tách đơn vị (giữ lịch sử)',
        params: unitCodeParamsSchema,
        body: splitUnitBodySchema,
        response: { 200: unitDetailSchema, ...errors },
      },
    },
    (request) => splitUnit(buildServiceContext(deps, request), request.params.code, request.body),
  );
}
