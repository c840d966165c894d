import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  listPlansQuerySchema,
  listPlanTasksQuerySchema,
  planDetailSchema,
  planIdParamsSchema,
  planListSchema,
  planTargetsQuerySchema,
  planTargetsResponseSchema,
  planTaskListSchema,
} from '../../../contracts/plans';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { errorResponses } from '../../http/error-responses';
import { registerPlanReportRoutes } from './plan-report.routes';
import { registerPlanWorkRoutes } from './plan-work.routes';
import { getPlanDetail, getPlanTargets, listPlans, listPlanTasks } from './plans.service';
import { registerUnitPlanRoutes } from './unit-plans.routes';

const errors = errorResponses(400, 401, 403, 404);

export function registerPlanRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];

  r.get(
    '/api/plans',
    {
      schema: {
        tags,
        summary: 'Danh sách kế hoạch CCHC (lọc theo năm, đơn vị ban hành)',
        querystring: listPlansQuerySchema,
        response: { 200: planListSchema, ...errors },
      },
    },
    (request) => listPlans(buildServiceContext(deps, request), request.query),
  );

  r.get(
    '/api/plans/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết kế hoạch: căn cứ, mục đích, yêu cầu, lĩnh vực',
        params: planIdParamsSchema,
        response: { 200: planDetailSchema, ...errors },
      },
    },
    (request) => getPlanDetail(buildServiceContext(deps, request), request.params.id),
  );

  r.get(
    '/api/plans/:id/targets',
    {
      schema: {
        tags,
        summary: 'Chỉ tiêu và chỉ số của kế hoạch, với giá trị và trạng thái theo kỳ, đơn vị',
        params: planIdParamsSchema,
        querystring: planTargetsQuerySchema,
        response: { 200: planTargetsResponseSchema, ...errors },
      },
    },
    (request) =>
      getPlanTargets(buildServiceContext(deps, request), request.params.id, request.query),
  );

  r.get(
    '/api/plans/:id/tasks',
    {
      schema: {
        tags,
        summary: 'Nhiệm vụ của kế hoạch (lọc theo lĩnh vực, đơn vị, trạng thái; tìm không dấu)',
        params: planIdParamsSchema,
        querystring: listPlanTasksQuerySchema,
        response: { 200: planTaskListSchema, ...errors },
      },
    },
    (request) =>
      listPlanTasks(buildServiceContext(deps, request), request.params.id, request.query),
  );

  registerUnitPlanRoutes(app, deps);
  registerPlanReportRoutes(app, deps);
  registerPlanWorkRoutes(app, deps);
}
