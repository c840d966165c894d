import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { onestopKpiQuerySchema, onestopKpiSchema } from '../../../contracts/kpi';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { writeErrors } from '../../http/error-responses';
import { getOnestopKpi } from './kpi.service';

export function registerOnestopKpiRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/onestop/kpi',
    {
      schema: {
        tags: ['onestop'],
        summary: 'Chỉ số một cửa trực tuyến của đơn vị và đơn vị trực thuộc theo ngày tiếp nhận',
        querystring: onestopKpiQuerySchema,
        response: { 200: onestopKpiSchema, ...writeErrors },
      },
    },
    (request) => getOnestopKpi(buildServiceContext(deps, request), request.query),
  );
}
