import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createPlanTaskBodySchema,
  createUnitPlanBodySchema,
  issuePlanBodySchema,
  planDetailSchema,
  planIdParamsSchema,
  planTaskDetailSchema,
  planTaskParamsSchema,
  planTaskSchema,
  returnPlanBodySchema,
  taskProgressBodySchema,
  unitPlansStatusQuerySchema,
  unitPlansStatusSchema,
  updatePlanBodySchema,
} from '../../../contracts/plans';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { errorResponses } from '../../http/error-responses';
import { getPlanTask, recordTaskProgress } from './task-progress.service';
import {
  addOwnTask,
  createUnitPlan,
  getUnitPlansStatus,
  issueUnitPlan,
  returnUnitPlan,
  submitUnitPlan,
  updatePlanSettings,
} from './unit-plans.service';

const errors = errorResponses(400, 401, 403, 404, 409, 422);

/** Unit plans (target 1) and task progress (issue 3, docs/decisions/011). */
export function registerUnitPlanRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];

  r.patch(
    '/api/plans/:id',
    {
      schema: {
        tags,
        summary: 'Cài đặt kế hoạch của tỉnh: hạn ban hành kế hoạch đơn vị, theo dõi tiến độ',
        params: planIdParamsSchema,
        body: updatePlanBodySchema,
        response: { 200: planDetailSchema, ...errors },
      },
    },
    (request) =>
      updatePlanSettings(buildServiceContext(deps, request), request.params.id, request.body),
  );

  r.post(
    '/api/plans/:id/unit-plans',
    {
      schema: {
        tags,
        summary: 'Tạo dự thảo kế hoạch CCHC của đơn vị từ kế hoạch của tỉnh',
        params: planIdParamsSchema,
        body: createUnitPlanBodySchema,
        response: { 201: planDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createUnitPlan(buildServiceContext(deps, request), request.params.id, request.body),
        ),
  );

  r.get(
    '/api/plans/:id/unit-plans-status',
    {
      schema: {
        tags,
        summary: 'Tình hình ban hành kế hoạch CCHC của các đơn vị: đã ban hành, chậm, tỷ lệ',
        params: planIdParamsSchema,
        querystring: unitPlansStatusQuerySchema,
        response: { 200: unitPlansStatusSchema, ...errors },
      },
    },
    (request) =>
      getUnitPlansStatus(buildServiceContext(deps, request), request.params.id, request.query),
  );

  r.post(
    '/api/plans/:id/submit',
    {
      schema: {
        tags,
        summary: 'Trình kế hoạch của đơn vị',
        params: planIdParamsSchema,
        response: { 200: planDetailSchema, ...errors },
      },
    },
    (request) => submitUnitPlan(buildServiceContext(deps, request), request.params.id),
  );

  r.post(
    '/api/plans/:id/return',
    {
      schema: {
        tags,
        summary: 'Trả lại kế hoạch của đơn vị kèm ý kiến (cấp trên)',
        params: planIdParamsSchema,
        body: returnPlanBodySchema,
        response: { 200: planDetailSchema, ...errors },
      },
    },
    (request) =>
      returnUnitPlan(buildServiceContext(deps, request), request.params.id, request.body),
  );

  r.post(
    '/api/plans/:id/issue',
    {
      schema: {
        tags,
        summary: 'Ghi nhận kế hoạch của đơn vị đã ban hành (số, ngày)',
        params: planIdParamsSchema,
        body: issuePlanBodySchema,
        response: { 200: planDetailSchema, ...errors },
      },
    },
    (request) => issueUnitPlan(buildServiceContext(deps, request), request.params.id, request.body),
  );

  r.post(
    '/api/plans/:id/tasks',
    {
      schema: {
        tags,
        summary: 'Thêm nhiệm vụ riêng của đơn vị vào dự thảo kế hoạch',
        params: planIdParamsSchema,
        body: createPlanTaskBodySchema,
        response: { 201: planTaskSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addOwnTask(buildServiceContext(deps, request), request.params.id, request.body),
        ),
  );

  r.get(
    '/api/plans/:id/tasks/:code',
    {
      schema: {
        tags,
        summary: 'Chi tiết nhiệm vụ và lịch sử cập nhật tiến độ',
        params: planTaskParamsSchema,
        response: { 200: planTaskDetailSchema, ...errors },
      },
    },
    (request) =>
      getPlanTask(buildServiceContext(deps, request), request.params.id, request.params.code),
  );

  r.post(
    '/api/plans/:id/tasks/:code/progress',
    {
      schema: {
        tags,
        summary: 'Cập nhật tiến độ nhiệm vụ (tỷ lệ, ghi chú, trạng thái)',
        params: planTaskParamsSchema,
        body: taskProgressBodySchema,
        response: { 200: planTaskDetailSchema, ...errors },
      },
    },
    (request) =>
      recordTaskProgress(
        buildServiceContext(deps, request),
        request.params.id,
        request.params.code,
        request.body,
      ),
  );
}
