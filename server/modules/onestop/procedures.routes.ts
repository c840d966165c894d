import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { queryBooleanSchema } from '../../../contracts/common';
import {
  createProcedureBodySchema,
  exportProceduresQuerySchema,
  importProceduresResultSchema,
  listProceduresQuerySchema,
  procedureCodeParamsSchema,
  procedureDetailSchema,
  procedureFieldsResponseSchema,
  procedureListSchema,
  updateProcedureBodySchema,
} from '../../../contracts/procedures';
import { readUploadedFile } from '../../files/uploaded-file';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { errorResponses, writeErrors } from '../../http/error-responses';
import { exportProcedures } from './procedure-export.service';
import { importProcedures } from './procedure-import.service';
import {
  createProcedure,
  getProcedureDetail,
  listProcedureFields,
  listProcedures,
  setProcedurePublished,
  updateProcedure,
} from './procedures.service';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const readErrors = errorResponses(400, 401, 403, 404);

/** The procedure catalogue (TTHC) of the one-stop shop (issue 4). */
export function registerProcedureRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['onestop'];
  const base = '/api/onestop/procedures';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: 'Danh mục thủ tục hành chính (tìm không phân biệt hoa thường, dấu tiếng Việt)',
        querystring: listProceduresQuerySchema,
        response: { 200: procedureListSchema, ...readErrors },
      },
    },
    (request) => listProcedures(buildServiceContext(deps, request), request.query),
  );

  r.get(
    `${base}/fields`,
    {
      schema: {
        tags,
        summary: 'Các lĩnh vực thủ tục và số thủ tục của mỗi lĩnh vực',
        response: { 200: procedureFieldsResponseSchema, ...readErrors },
      },
    },
    (request) => listProcedureFields(buildServiceContext(deps, request)),
  );

  r.get(
    `${base}/export.xlsx`,
    {
      schema: {
        tags,
        summary: 'Xuất danh mục thủ tục đang áp dụng ra .xlsx (nhập lại được)',
        querystring: exportProceduresQuerySchema,
      },
    },
    async (request, reply) => {
      const content = await exportProcedures(buildServiceContext(deps, request), request.query);
      reply.header('content-disposition', 'attachment; filename="danh-muc-thu-tuc.xlsx"');
      return reply.type(xlsxType).send(content);
    },
  );

  r.post(
    `${base}/import`,
    {
      schema: {
        tags,
        summary: 'Nhập danh mục thủ tục từ .xlsx (tất cả hoặc không; báo lỗi từng dòng)',
        querystring: z.object({ dryRun: queryBooleanSchema.default(false) }),
        response: {
          200: importProceduresResultSchema,
          ...writeErrors,
          ...errorResponses(413, 415),
        },
      },
    },
    async (request) =>
      importProcedures(
        buildServiceContext(deps, request),
        await readUploadedFile(request),
        request.query.dryRun,
      ),
  );

  r.get(
    `${base}/:code`,
    {
      schema: {
        tags,
        summary: 'Chi tiết thủ tục: cơ quan, quy trình, hồ sơ, phí, căn cứ pháp lý',
        params: procedureCodeParamsSchema,
        response: { 200: procedureDetailSchema, ...readErrors },
      },
    },
    (request) => getProcedureDetail(buildServiceContext(deps, request), request.params.code),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: 'Thêm thủ tục (chưa công bố)',
        body: createProcedureBodySchema,
        response: { 201: procedureDetailSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createProcedure(buildServiceContext(deps, request), request.body)),
  );

  r.patch(
    `${base}/:code`,
    {
      schema: {
        tags,
        summary: 'Sửa thủ tục, hoặc cho hết hiệu lực (validTo)',
        params: procedureCodeParamsSchema,
        body: updateProcedureBodySchema,
        response: { 200: procedureDetailSchema, ...writeErrors },
      },
    },
    (request) =>
      updateProcedure(buildServiceContext(deps, request), request.params.code, request.body),
  );

  for (const [action, published, summary] of [
    ['publish', true, 'Công bố thủ tục'],
    ['unpublish', false, 'Thu hồi công bố thủ tục'],
  ] as const) {
    r.post(
      `${base}/:code/${action}`,
      {
        schema: {
          tags,
          summary,
          params: procedureCodeParamsSchema,
          response: { 200: procedureDetailSchema, ...writeErrors },
        },
      },
      (request) =>
        setProcedurePublished(buildServiceContext(deps, request), request.params.code, published),
    );
  }
}
