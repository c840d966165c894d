import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  acceptDossierBodySchema,
  dossierOfficerListSchema,
  dossierOfficersQuerySchema,
  dueSummaryQuerySchema,
  dueSummarySchema,
  refuseDossierBodySchema,
} from '../../../contracts/dossier-desk';
import { dossierCodeParamsSchema, dossierDetailSchema } from '../../../contracts/dossiers';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { writeErrors } from '../../http/error-responses';
import { getDueSummary, listDossierOfficers } from './dossier-desk.service';
import { acceptDossier, refuseDossier } from './dossier-reception.service';

const base = '/api/onestop/dossiers';

/** The desk's handling of online submissions, and its officers' and deadlines' views. */
export function registerDossierDeskRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['onestop'];

  r.post(
    `${base}/:code/accept`,
    {
      schema: {
        tags,
        summary: 'Tiếp nhận hồ sơ nộp trực tuyến (cấp giấy hẹn Mẫu 01)',
        params: dossierCodeParamsSchema,
        body: acceptDossierBodySchema,
        response: { 200: dossierDetailSchema, ...writeErrors },
      },
    },
    (request) =>
      acceptDossier(buildServiceContext(deps, request), request.params.code, request.body),
  );

  r.post(
    `${base}/:code/refuse`,
    {
      schema: {
        tags,
        summary: 'Từ chối tiếp nhận hồ sơ nộp trực tuyến (Mẫu 03)',
        params: dossierCodeParamsSchema,
        body: refuseDossierBodySchema,
        response: { 200: dossierDetailSchema, ...writeErrors },
      },
    },
    (request) =>
      refuseDossier(buildServiceContext(deps, request), request.params.code, request.body),
  );

  r.get(
    '/api/onestop/officers',
    {
      schema: {
        tags,
        summary: 'Cán bộ xử lý và cán bộ một cửa của đơn vị (để giao xử lý hồ sơ)',
        querystring: dossierOfficersQuerySchema,
        response: { 200: dossierOfficerListSchema, ...writeErrors },
      },
    },
    (request) => listDossierOfficers(buildServiceContext(deps, request), request.query.unit),
  );

  r.get(
    '/api/onestop/due-summary',
    {
      schema: {
        tags,
        summary: 'Hồ sơ sắp đến hạn, quá hạn theo đơn vị và cán bộ; hồ sơ của tôi',
        querystring: dueSummaryQuerySchema,
        response: { 200: dueSummarySchema, ...writeErrors },
      },
    },
    (request) => getDueSummary(buildServiceContext(deps, request), request.query),
  );
}
