import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  publicDossierParamsSchema,
  publicDossierQuerySchema,
  publicDossierSchema,
  publicRatingBodySchema,
} from '../../../contracts/public-dossiers';
import type { AppDeps } from '../../http/app-deps';
import { errorResponses } from '../../http/error-responses';
import { readRequestMeta } from '../../http/request-context';
import { lookUpPublicDossier, ratePublicDossier } from './public-dossiers.service';

const base = '/api/public/dossiers';

export function registerPublicDossierRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const { db, config } = deps;
  // No account: limited per address, which also bounds guessing the phone's 4 digits.
  const publicAccess = {
    access: 'public' as const,
    rateLimit: { max: config.publicRateLimitPerMinute, timeWindow: '1 minute' },
  };
  const context = (request: { id: string; ip: string }) => ({
    db,
    provinceCode: config.provinceCode,
    meta: readRequestMeta(request),
  });

  r.get(
    `${base}/:code`,
    {
      config: publicAccess,
      schema: {
        tags,
        summary: 'Tra cứu tình trạng hồ sơ (mã hồ sơ và 4 số cuối điện thoại)',
        params: publicDossierParamsSchema,
        querystring: publicDossierQuerySchema,
        response: { 200: publicDossierSchema, ...errorResponses(400, 404, 422, 429) },
      },
    },
    (request) => lookUpPublicDossier(context(request), request.params.code, request.query.phone),
  );

  r.post(
    `${base}/:code/rating`,
    {
      config: publicAccess,
      schema: {
        tags,
        summary: 'Người dân đánh giá mức độ hài lòng sau khi có kết quả (một lần)',
        params: publicDossierParamsSchema,
        body: publicRatingBodySchema,
        response: { 200: publicDossierSchema, ...errorResponses(400, 404, 409, 422, 429) },
      },
    },
    (request) => ratePublicDossier(context(request), request.params.code, request.body),
  );
}
