import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { importDossiersQuerySchema, importDossiersResultSchema } from '../../../contracts/dossiers';
import { readUploadedFile } from '../../files/uploaded-file';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { errorResponses, writeErrors } from '../../http/error-responses';
import { importDossiers } from './dossier-import.service';

export function registerDossierImportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/onestop/dossiers/import',
    {
      schema: {
        tags: ['onestop'],
        summary:
          'Nhập hồ sơ lịch sử từ phần mềm một cửa cũ (.csv hoặc .xlsx; tất cả hoặc không; báo lỗi từng dòng)',
        querystring: importDossiersQuerySchema,
        response: {
          200: importDossiersResultSchema,
          ...writeErrors,
          ...errorResponses(413, 415),
        },
      },
    },
    async (request) =>
      importDossiers(
        buildServiceContext(deps, request),
        await readUploadedFile(request),
        request.query.dryRun,
      ),
  );
}
