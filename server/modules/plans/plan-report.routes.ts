import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  planReportQuerySchema,
  reportTemplateBodySchema,
  reportTemplateQuerySchema,
  reportTemplateSchema,
} from '../../../contracts/plan-work';
import { planIdParamsSchema } from '../../../contracts/plans';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { errorResponses } from '../../http/error-responses';
import { loadPlanReportData } from './plan-report.service';
import { renderPlanReportDocx } from './plan-report-docx';
import { renderPlanReportXlsx } from './plan-report-xlsx';
import { getReportTemplate, saveReportTemplate } from './report-template.service';

const errors = errorResponses(400, 401, 403, 404);
const contentTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The official report of a unit for a period and its editable template (issue 3). */
export function registerPlanReportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];

  r.get(
    '/api/plans/:id/report',
    {
      schema: {
        tags,
        summary:
          'Báo cáo kết quả công tác CCHC theo kỳ (.docx theo Nghị định 30/2020) hoặc phụ lục (.xlsx)',
        params: planIdParamsSchema,
        querystring: planReportQuerySchema,
      },
    },
    async (request, reply) => {
      const ctx = buildServiceContext(deps, request);
      const data = await loadPlanReportData(ctx, request.params.id, request.query);
      const { format } = request.query;
      const content =
        format === 'xlsx' ? await renderPlanReportXlsx(data) : await renderPlanReportDocx(data);
      const name = `bao-cao-cchc-${data.unit.code}-${data.period.code}${format === 'xlsx' ? '-phu-luc' : ''}.${format}`;
      reply.header(
        'content-disposition',
        `attachment; filename="${name.replace(/[^0-9A-Za-z._-]/g, '_')}"`,
      );
      return reply.type(contentTypes[format]).send(content);
    },
  );

  r.get(
    '/api/plans/:id/report-template',
    {
      schema: {
        tags,
        summary:
          'Mẫu báo cáo CCHC của đơn vị theo kế hoạch (tiêu đề, nơi nhận, người ký, nội dung)',
        params: planIdParamsSchema,
        querystring: reportTemplateQuerySchema,
        response: { 200: reportTemplateSchema, ...errors },
      },
    },
    (request) =>
      getReportTemplate(buildServiceContext(deps, request), request.params.id, request.query.unit),
  );

  r.put(
    '/api/plans/:id/report-template',
    {
      schema: {
        tags,
        summary: 'Sửa mẫu báo cáo CCHC của đơn vị (quản trị)',
        params: planIdParamsSchema,
        querystring: reportTemplateQuerySchema,
        body: reportTemplateBodySchema,
        response: { 200: reportTemplateSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    (request) =>
      saveReportTemplate(
        buildServiceContext(deps, request),
        request.params.id,
        request.query.unit,
        request.body,
      ),
  );
}
