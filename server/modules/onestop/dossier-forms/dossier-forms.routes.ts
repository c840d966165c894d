import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { dossierFormParamsSchema, registerQuerySchema } from '../../../../contracts/dossier-forms';
import { type AppDeps, buildServiceContext } from '../../../http/app-deps';
import { exportRegister, renderDossierForm } from './dossier-forms.service';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerDossierFormRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['onestop'];

  r.get(
    '/api/onestop/dossiers/:code/forms/:form',
    {
      schema: {
        tags,
        summary:
          'In biểu mẫu của hồ sơ (A5, PDF): 01 tiếp nhận và hẹn trả, 02 yêu cầu bổ sung, 03 từ chối, 04 xin lỗi, 05 kiểm soát',
        params: dossierFormParamsSchema,
      },
    },
    async (request, reply) => {
      const { code, form } = request.params;
      const content = await renderDossierForm(
        buildServiceContext(deps, request),
        request.params,
        deps.config.publicUrl,
      );
      const name = `mau-${form}-${code.replace(/[^0-9A-Za-z.-]/g, '_')}.pdf`;
      reply.header('content-disposition', `inline; filename="${name}"`);
      return reply.type('application/pdf').send(content);
    },
  );

  r.get(
    '/api/onestop/register.xlsx',
    {
      schema: {
        tags,
        summary: 'Sổ theo dõi hồ sơ (Mẫu 06, .xlsx) của đơn vị theo ngày tiếp nhận',
        querystring: registerQuerySchema,
      },
    },
    async (request, reply) => {
      const { unit, from, to } = request.query;
      const content = await exportRegister(buildServiceContext(deps, request), request.query);
      reply.header(
        'content-disposition',
        `attachment; filename="so-theo-doi-ho-so-${unit}-${from}-${to}.xlsx"`,
      );
      return reply.type(xlsxType).send(content);
    },
  );
}
