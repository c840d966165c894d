import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  apologyBodySchema,
  dossierCodeParamsSchema,
  dossierDetailSchema,
  dossierListSchema,
  finishBodySchema,
  handOverBodySchema,
  listDossiersQuerySchema,
  noteBodySchema,
  ratingBodySchema,
  receiveDossierBodySchema,
  supplementRequestBodySchema,
} from '../../../contracts/dossiers';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { writeErrors } from '../../http/error-responses';
import type { ServiceContext } from '../../http/request-context';
import {
  finishDossier,
  issueApology,
  rateDossier,
  receiveSupplement,
  requestSupplement,
  returnDossier,
  withdrawDossier,
} from './dossier-actions.service';
import { handOverDossier } from './dossier-handover.service';
import { getDossierDetail, listDossiers, receiveDossier } from './dossiers.service';

const base = '/api/onestop/dossiers';

export function registerDossierRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['onestop'];

  r.post(
    base,
    {
      schema: {
        tags,
        summary: 'Tiếp nhận hồ sơ tại bộ phận một cửa (cấp số hồ sơ và ngày hẹn trả)',
        body: receiveDossierBodySchema,
        response: { 201: dossierDetailSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await receiveDossier(buildServiceContext(deps, request), request.body)),
  );

  r.get(
    base,
    {
      schema: {
        tags,
        summary:
          'Danh sách hồ sơ trong phạm vi (lọc quá hạn, sắp đến hạn, cán bộ xử lý; tìm theo số, tên)',
        querystring: listDossiersQuerySchema,
        response: { 200: dossierListSchema, ...writeErrors },
      },
    },
    (request) => listDossiers(buildServiceContext(deps, request), request.query),
  );

  r.get(
    `${base}/:code`,
    {
      schema: {
        tags,
        summary: 'Chi tiết hồ sơ và nhật ký luân chuyển',
        params: dossierCodeParamsSchema,
        response: { 200: dossierDetailSchema, ...writeErrors },
      },
    },
    (request) => getDossierDetail(buildServiceContext(deps, request), request.params.code),
  );

  function action<B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (ctx: ServiceContext, code: string, body: z.output<B>) => Promise<unknown>,
  ) {
    r.post(
      `${base}/:code/${path}`,
      {
        schema: {
          tags,
          summary,
          params: dossierCodeParamsSchema,
          body,
          response: { 200: dossierDetailSchema, ...writeErrors },
        },
      },
      (request) =>
        run(
          buildServiceContext(deps, request),
          request.params.code,
          request.body as z.output<B>,
        ) as never,
    );
  }

  action(
    'hand-over',
    'Chuyển hồ sơ sang đơn vị khác (Mẫu 05)',
    handOverBodySchema,
    handOverDossier,
  );
  action(
    'supplement-request',
    'Yêu cầu bổ sung hồ sơ (Mẫu 02; dừng tính thời gian)',
    supplementRequestBodySchema,
    requestSupplement,
  );
  action(
    'supplement-received',
    'Nhận hồ sơ bổ sung (tính lại thời hạn)',
    noteBodySchema,
    receiveSupplement,
  );
  action('finish', 'Ghi nhận kết quả giải quyết', finishBodySchema, finishDossier);
  action('return', 'Trả kết quả cho người dân', noteBodySchema, returnDossier);
  action('withdraw', 'Người dân rút hồ sơ', noteBodySchema, withdrawDossier);
  action(
    'apology',
    'Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04; chỉ một lần)',
    apologyBodySchema,
    issueApology,
  );
  action(
    'rating',
    'Ghi nhận đánh giá của người dân tại bộ phận một cửa',
    ratingBodySchema,
    rateDossier,
  );
}
