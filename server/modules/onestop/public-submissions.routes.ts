import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  onlineProcedureListSchema,
  onlineProceduresQuerySchema,
  onlineProcedureUnitsParamsSchema,
  onlineProcedureUnitsQuerySchema,
  onlineProcedureUnitsSchema,
  publicSubmissionBodySchema,
  publicSubmissionResultSchema,
} from '../../../contracts/public-submissions';
import type { AppDeps } from '../../http/app-deps';
import { errorResponses } from '../../http/error-responses';
import { readRequestMeta } from '../../http/request-context';
import {
  listOnlineProcedures,
  listOnlineProcedureUnits,
  submitOnline,
} from './public-submissions.service';

/** Online submission by a citizen without an account, and the catalogue it needs. */
export function registerPublicSubmissionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const { db, config } = deps;
  // No account: limited per address like the lookup (public-dossiers.routes.ts).
  const publicAccess = {
    access: 'public' as const,
    rateLimit: { max: config.publicRateLimitPerMinute, timeWindow: '1 minute' },
  };
  const context = (request: { id: string; ip: string }) => ({
    db,
    provinceCode: config.provinceCode,
    meta: readRequestMeta(request),
  });

  r.post(
    '/api/public/dossiers',
    {
      config: publicAccess,
      schema: {
        tags,
        summary: 'Người dân nộp hồ sơ trực tuyến (không cần tài khoản); trả về mã hồ sơ',
        body: publicSubmissionBodySchema,
        response: {
          201: publicSubmissionResultSchema,
          ...errorResponses(400, 404, 409, 422, 429),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitOnline(context(request), request.body, config.publicUrl)),
  );

  r.get(
    '/api/public/online-procedures',
    {
      config: publicAccess,
      schema: {
        tags,
        summary: 'Thủ tục được nộp trực tuyến (một phần hoặc toàn trình)',
        querystring: onlineProceduresQuerySchema,
        response: { 200: onlineProcedureListSchema, ...errorResponses(400, 429) },
      },
    },
    (request) => listOnlineProcedures(context(request), request.query),
  );

  r.get(
    '/api/public/online-procedures/:code/units',
    {
      config: publicAccess,
      schema: {
        tags,
        summary: 'Cơ quan tiếp nhận hồ sơ trực tuyến của thủ tục',
        params: onlineProcedureUnitsParamsSchema,
        querystring: onlineProcedureUnitsQuerySchema,
        response: { 200: onlineProcedureUnitsSchema, ...errorResponses(400, 404, 429) },
      },
    },
    (request) =>
      listOnlineProcedureUnits(context(request), request.params.code, request.query.search),
  );
}
