import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditListSchema, listAuditQuerySchema } from '../../../contracts/audit';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { errorResponses } from '../../http/error-responses';
import { listAuditEntries } from './audit-query.service';

export function registerAuditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thay đổi dữ liệu và đăng nhập trong phạm vi quản trị',
        querystring: listAuditQuerySchema,
        response: {
          200: auditListSchema,
          ...errorResponses(400, 401, 403),
        },
      },
    },
    (request) => listAuditEntries(buildServiceContext(deps, request), request.query),
  );
}
