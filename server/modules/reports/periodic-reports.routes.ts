import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  approveReportBodySchema,
  completenessQuerySchema,
  completenessSchema,
  createExceptionBodySchema,
  createReportBodySchema,
  createReportFormBodySchema,
  listReportFormsQuerySchema,
  listReportsQuerySchema,
  reportDetailSchema,
  reportExceptionSchema,
  reportFormDetailSchema,
  reportFormIdParamsSchema,
  reportFormListSchema,
  reportFormPeriodParamsSchema,
  reportIdParamsSchema,
  reportSlotListSchema,
  reportTimelinessCountsSchema,
  reviewCommentBodySchema,
  rollupQuerySchema,
  rollupSchema,
  saveReportBodySchema,
  timelinessQuerySchema,
  updateReportFormBodySchema,
  updateReportFormPeriodBodySchema,
} from '../../../contracts/periodic-reports';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { errorResponses, writeErrors } from '../../http/error-responses';
import { registerPeriodicReportFigures } from '../plans/periodic-report-figures';
import { registerUnitReportIndicatorReader } from '../plans/unit-report-indicators';
import { readOfficialReportFigures } from './official-report-figures';
import {
  approveReport,
  createReport,
  getReport,
  grantReportException,
  returnReport,
  saveReport,
  submitReport,
} from './periodic-reports.service';
import {
  createReportForm,
  getReportForm,
  listReportForms,
  updateReportForm,
  updateReportFormPeriod,
} from './report-forms.service';
import { readUnitReportIndicatorValues } from './report-indicator-values';
import {
  getCompleteness,
  getReportTimeliness,
  getRollup,
  listReports,
} from './report-tracking.service';

const readErrors = errorResponses(400, 401, 403, 404);

/** Periodic reports: forms, filling, review, completeness and roll-up (docs/decisions/016). */
export function registerPeriodicReportRoutes(app: FastifyInstance, deps: AppDeps): void {
  // The official report and the plan's indicators read approved figures through the plan
  // module's seams, so the plan module does not import this one (docs/decisions/016, 018).
  registerPeriodicReportFigures(readOfficialReportFigures);
  registerUnitReportIndicatorReader(readUnitReportIndicatorValues);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['periodic-reports'];
  const ctx = (request: Parameters<typeof buildServiceContext>[1]) =>
    buildServiceContext(deps, request);

  r.get(
    '/api/report-forms',
    {
      schema: {
        tags,
        summary: 'Danh sách mẫu báo cáo định kỳ',
        querystring: listReportFormsQuerySchema,
        response: { 200: reportFormListSchema, ...readErrors },
      },
    },
    (request) => listReportForms(ctx(request), request.query),
  );

  r.post(
    '/api/report-forms',
    {
      schema: {
        tags,
        summary: 'Tạo mẫu báo cáo định kỳ (Sở Nội vụ)',
        body: createReportFormBodySchema,
        response: { 201: reportFormDetailSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createReportForm(ctx(request), request.body)),
  );

  r.get(
    '/api/report-forms/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết mẫu báo cáo: chỉ tiêu, mục, quy tắc, kỳ và hạn gửi',
        params: reportFormIdParamsSchema,
        response: { 200: reportFormDetailSchema, ...readErrors },
      },
    },
    (request) => getReportForm(ctx(request), request.params.id),
  );

  r.patch(
    '/api/report-forms/:id',
    {
      schema: {
        tags,
        summary: 'Sửa mẫu báo cáo (Sở Nội vụ)',
        params: reportFormIdParamsSchema,
        body: updateReportFormBodySchema,
        response: { 200: reportFormDetailSchema, ...writeErrors },
      },
    },
    (request) => updateReportForm(ctx(request), request.params.id, request.body),
  );

  r.put(
    '/api/report-forms/:id/periods/:period',
    {
      schema: {
        tags,
        summary: 'Đặt hạn gửi báo cáo của một kỳ (Sở Nội vụ)',
        params: reportFormPeriodParamsSchema,
        body: updateReportFormPeriodBodySchema,
        response: { 200: reportFormDetailSchema, ...writeErrors },
      },
    },
    (request) =>
      updateReportFormPeriod(ctx(request), request.params.id, request.params.period, request.body),
  );

  r.get(
    '/api/periodic-reports',
    {
      schema: {
        tags,
        summary: 'Hộp báo cáo: báo cáo cần lập, báo cáo cần duyệt',
        querystring: listReportsQuerySchema,
        response: { 200: reportSlotListSchema, ...readErrors },
      },
    },
    (request) => listReports(ctx(request), request.query),
  );

  r.post(
    '/api/periodic-reports',
    {
      schema: {
        tags,
        summary: 'Lập báo cáo của đơn vị cho một kỳ (số liệu có sẵn được điền trước)',
        body: createReportBodySchema,
        response: { 201: reportDetailSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createReport(ctx(request), request.body)),
  );

  r.get(
    '/api/periodic-reports/completeness',
    {
      schema: {
        tags,
        summary: 'Tình hình gửi báo cáo: đơn vị × kỳ, đúng hạn hay chậm',
        querystring: completenessQuerySchema,
        response: { 200: completenessSchema, ...readErrors },
      },
    },
    (request) => getCompleteness(ctx(request), request.query),
  );

  r.get(
    '/api/periodic-reports/rollup',
    {
      schema: {
        tags,
        summary: 'Tổng hợp số liệu báo cáo theo cây đơn vị',
        querystring: rollupQuerySchema,
        response: { 200: rollupSchema, ...readErrors },
      },
    },
    (request) => getRollup(ctx(request), request.query),
  );

  r.get(
    '/api/periodic-reports/timeliness',
    {
      schema: {
        tags,
        summary: 'Số báo cáo phải gửi, gửi đúng hạn, gửi chậm của một đơn vị và kỳ',
        querystring: timelinessQuerySchema,
        response: { 200: reportTimelinessCountsSchema, ...readErrors },
      },
    },
    (request) => getReportTimeliness(ctx(request), request.query),
  );

  r.post(
    '/api/periodic-reports/exceptions',
    {
      schema: {
        tags,
        summary: 'Cho phép đơn vị gửi báo cáo sau hạn đến một ngày (Sở Nội vụ)',
        body: createExceptionBodySchema,
        response: { 201: reportExceptionSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await grantReportException(ctx(request), request.body)),
  );

  r.get(
    '/api/periodic-reports/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết báo cáo: số liệu, nguồn điền sẵn, lịch sử, trạng thái',
        params: reportIdParamsSchema,
        response: { 200: reportDetailSchema, ...readErrors },
      },
    },
    (request) => getReport(ctx(request), request.params.id),
  );

  r.patch(
    '/api/periodic-reports/:id',
    {
      schema: {
        tags,
        summary: 'Lưu nháp số liệu và nội dung báo cáo',
        params: reportIdParamsSchema,
        body: saveReportBodySchema,
        response: { 200: reportDetailSchema, ...writeErrors },
      },
    },
    (request) => saveReport(ctx(request), request.params.id, request.body),
  );

  r.post(
    '/api/periodic-reports/:id/submit',
    {
      schema: {
        tags,
        summary: 'Gửi báo cáo lên cấp trên',
        params: reportIdParamsSchema,
        response: { 200: reportDetailSchema, ...writeErrors },
      },
    },
    (request) => submitReport(ctx(request), request.params.id),
  );

  r.post(
    '/api/periodic-reports/:id/return',
    {
      schema: {
        tags,
        summary: 'Trả lại báo cáo kèm ý kiến (cấp trên)',
        params: reportIdParamsSchema,
        body: reviewCommentBodySchema,
        response: { 200: reportDetailSchema, ...writeErrors },
      },
    },
    (request) => returnReport(ctx(request), request.params.id, request.body),
  );

  r.post(
    '/api/periodic-reports/:id/approve',
    {
      schema: {
        tags,
        summary: 'Duyệt báo cáo (cấp trên)',
        params: reportIdParamsSchema,
        body: approveReportBodySchema,
        response: { 200: reportDetailSchema, ...writeErrors },
      },
    },
    (request) => approveReport(ctx(request), request.params.id, request.body),
  );
}
