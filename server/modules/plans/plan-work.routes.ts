import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createPlanBodySchema,
  createSubtaskBodySchema,
  evidenceListSchema,
  evidenceParamsSchema,
  evidenceSchema,
  evidenceUploadQuerySchema,
  exportPlanTasksQuerySchema,
  importDryRunQuerySchema,
  importPlanTasksResultSchema,
  myTaskListSchema,
  myTasksQuerySchema,
  reminderSweepResultSchema,
  subtaskListSchema,
} from '../../../contracts/plan-work';
import {
  planDetailSchema,
  planIdParamsSchema,
  planTaskParamsSchema,
  planTaskSchema,
} from '../../../contracts/plans';
import { readUploadedFile } from '../../files/uploaded-file';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { DomainError } from '../../http/domain-error';
import { errorResponses, writeErrors } from '../../http/error-responses';
import { assertUnitPermission } from '../org/units.policy';
import { listMyTasks } from './my-tasks.service';
import { createProvincePlan, exportPlanTasks, importPlanTasks } from './plan-tasks-sheet.service';
import { loadVisiblePlan } from './plans.service';
import { createMailTransport, runTaskReminders } from './task-reminders.service';
import {
  addEvidence,
  createSubtask,
  listEvidence,
  listSubtasks,
  readEvidence,
} from './task-work.service';

const readErrors = errorResponses(400, 401, 403, 404);
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The evidence file of a multipart upload, refused past the configured size. */
async function readEvidenceUpload(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart()) throw new DomainError('unsupported_media_type');
  try {
    const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
    if (!file)
      throw new DomainError('validation_failed', [{ path: 'body.file', message: 'Chưa chọn tệp' }]);
    return { fileName: file.filename, content: await file.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new DomainError('evidence_too_large', { maxBytes });
    throw error;
  }
}

/** Evidence, sub-tasks, export/import, plans of other years, my tasks, reminders (issue 3). */
export function registerPlanWorkRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];

  r.post(
    '/api/plans',
    {
      schema: {
        tags,
        summary: 'Tạo kế hoạch CCHC của tỉnh cho một năm khác (nhập nhiệm vụ sau bằng tệp)',
        body: createPlanBodySchema,
        response: { 201: planDetailSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createProvincePlan(buildServiceContext(deps, request), request.body)),
  );

  r.get(
    '/api/plans/:id/tasks/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất danh sách nhiệm vụ (theo bộ lọc) ra .xlsx, nhập lại được',
        params: planIdParamsSchema,
        querystring: exportPlanTasksQuerySchema,
      },
    },
    async (request, reply) => {
      const { content, plan } = await exportPlanTasks(
        buildServiceContext(deps, request),
        request.params.id,
        request.query,
      );
      reply.header(
        'content-disposition',
        `attachment; filename="nhiem-vu-ke-hoach-${plan.plan.year}-${plan.unitCode}.xlsx"`,
      );
      return reply.type(xlsxType).send(content);
    },
  );

  r.post(
    '/api/plans/:id/tasks/import',
    {
      schema: {
        tags,
        summary:
          'Nhập phụ lục nhiệm vụ của kế hoạch từ .xlsx (tất cả hoặc không; báo lỗi từng dòng)',
        params: planIdParamsSchema,
        querystring: importDryRunQuerySchema,
        response: { 200: importPlanTasksResultSchema, ...writeErrors, ...errorResponses(413, 415) },
      },
    },
    async (request) =>
      importPlanTasks(
        buildServiceContext(deps, request),
        request.params.id,
        await readUploadedFile(request),
        request.query.dryRun,
      ),
  );

  r.get(
    '/api/plans/:id/tasks/:code/subtasks',
    {
      schema: {
        tags,
        summary: 'Nhiệm vụ con giao cho các đơn vị trực thuộc đơn vị chủ trì',
        params: planTaskParamsSchema,
        response: { 200: subtaskListSchema, ...readErrors },
      },
    },
    (request) =>
      listSubtasks(buildServiceContext(deps, request), request.params.id, request.params.code),
  );

  r.post(
    '/api/plans/:id/tasks/:code/subtasks',
    {
      schema: {
        tags,
        summary: 'Giao nhiệm vụ con cho đơn vị trực thuộc đơn vị chủ trì',
        params: planTaskParamsSchema,
        body: createSubtaskBodySchema,
        response: { 201: planTaskSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createSubtask(
            buildServiceContext(deps, request),
            request.params.id,
            request.params.code,
            request.body,
          ),
        ),
  );

  r.get(
    '/api/plans/:id/tasks/:code/evidence',
    {
      schema: {
        tags,
        summary: 'Tệp minh chứng của nhiệm vụ (tên, loại, dung lượng, SHA-256)',
        params: planTaskParamsSchema,
        response: { 200: evidenceListSchema, ...readErrors },
      },
    },
    (request) =>
      listEvidence(buildServiceContext(deps, request), request.params.id, request.params.code),
  );

  r.post(
    '/api/plans/:id/tasks/:code/evidence',
    {
      schema: {
        tags,
        summary: 'Đính kèm tệp minh chứng cho lần cập nhật tiến độ (PDF, DOCX, XLSX, JPG, PNG)',
        params: planTaskParamsSchema,
        querystring: evidenceUploadQuerySchema,
        response: { 201: evidenceSchema, ...writeErrors, ...errorResponses(413, 415) },
      },
    },
    async (request, reply) => {
      const ctx = buildServiceContext(deps, request);
      const file = await readEvidenceUpload(request, deps.config.evidenceMaxBytes);
      const evidence = await addEvidence(
        ctx,
        request.params.id,
        request.params.code,
        file,
        request.query.progressId,
      );
      return reply.status(201).send(evidence);
    },
  );

  r.get(
    '/api/plans/:id/tasks/:code/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Tải tệp minh chứng của nhiệm vụ',
        params: evidenceParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await readEvidence(
        buildServiceContext(deps, request),
        request.params.id,
        request.params.code,
        request.params.evidenceId,
      );
      reply.header(
        'content-disposition',
        `attachment; filename="${file.fileName.replace(/[^0-9A-Za-z._-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      );
      reply.header('x-content-sha256', file.sha256);
      reply.header('x-content-type-options', 'nosniff');
      return reply.type(file.contentType).send(file.content);
    },
  );

  r.get(
    '/api/my-tasks',
    {
      schema: {
        tags,
        summary: 'Việc của tôi: nhiệm vụ của đơn vị mình và nhiệm vụ con đã giao, quá hạn trước',
        querystring: myTasksQuerySchema,
        response: { 200: myTaskListSchema, ...readErrors },
      },
    },
    (request) => listMyTasks(buildServiceContext(deps, request), request.query),
  );

  r.post(
    '/api/plans/:id/reminders',
    {
      schema: {
        tags,
        summary: 'Nhắc việc ngay: nhiệm vụ quá hạn, chậm cập nhật tiến độ (Sở Nội vụ)',
        params: planIdParamsSchema,
        response: { 200: reminderSweepResultSchema, ...readErrors },
      },
    },
    async (request) => {
      const ctx = buildServiceContext(deps, request);
      const plan = await loadVisiblePlan(ctx, request.params.id);
      assertUnitPermission(ctx.actor, 'plans.steer', plan.unitPath);
      const transport = createMailTransport(deps.config.smtp);
      return runTaskReminders(deps.db, {
        provinceCode: ctx.provinceCode,
        planId: plan.plan.id,
        mail:
          transport && deps.config.smtp
            ? { transport, from: deps.config.smtp.from, publicUrl: deps.config.publicUrl }
            : null,
      });
    },
  );
}
