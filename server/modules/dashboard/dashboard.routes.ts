import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type PublicScoreboard,
  planUnitsQuerySchema,
  planUnitsResponseSchema,
  publicScoreboardQuerySchema,
  publicScoreboardSchema,
} from '../../../contracts/dashboard';
import {
  createProvinceIndexBodySchema,
  listProvinceIndicesQuerySchema,
  provinceIndexListSchema,
  provinceIndexParamsSchema,
  provinceIndexSchema,
  updateProvinceIndexBodySchema,
} from '../../../contracts/province-indices';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { errorResponses } from '../../http/error-responses';
import { readRequestMeta } from '../../http/request-context';
import { getPlanUnits } from './plan-units.service';
import {
  createProvinceIndex,
  deleteProvinceIndex,
  listProvinceIndices,
  updateProvinceIndex,
} from './province-indices.service';
import { scoreboardSource, TtlCache } from './public-scoreboard.service';

const errors = errorResponses(400, 401, 403, 404, 409, 422);

/** How long the public scoreboard answers from memory (issue 5: a burst must not load the DB). */
export const scoreboardTtlMs = 60_000;

/** The steering dashboard, the province's indices and the public scoreboard (issue 5). */
export function registerDashboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['dashboard'];

  r.get(
    '/api/dashboard/plan-units',
    {
      schema: {
        tags,
        summary: 'Nhiệm vụ quá hạn và kế hoạch đơn vị đã ban hành của từng đơn vị trực thuộc',
        querystring: planUnitsQuerySchema,
        response: { 200: planUnitsResponseSchema, ...errors },
      },
    },
    (request) => getPlanUnits(buildServiceContext(deps, request), request.query),
  );

  r.get(
    '/api/province-indices',
    {
      schema: {
        tags,
        summary: 'Kết quả, thứ hạng của tỉnh về PAPI, PCI, PAR INDEX, SIPAS, ICT qua các năm',
        querystring: listProvinceIndicesQuerySchema,
        response: { 200: provinceIndexListSchema, ...errors },
      },
    },
    (request) => listProvinceIndices(buildServiceContext(deps, request), request.query),
  );

  r.post(
    '/api/province-indices',
    {
      schema: {
        tags,
        summary: 'Ghi nhận kết quả một chỉ số của tỉnh trong năm (Sở Nội vụ)',
        body: createProvinceIndexBodySchema,
        response: { 201: provinceIndexSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createProvinceIndex(buildServiceContext(deps, request), request.body)),
  );

  r.patch(
    '/api/province-indices/:id',
    {
      schema: {
        tags,
        summary: 'Sửa kết quả, thứ hạng, văn bản nguồn của một chỉ số (Sở Nội vụ)',
        params: provinceIndexParamsSchema,
        body: updateProvinceIndexBodySchema,
        response: { 200: provinceIndexSchema, ...errors },
      },
    },
    (request) =>
      updateProvinceIndex(buildServiceContext(deps, request), request.params.id, request.body),
  );

  r.delete(
    '/api/province-indices/:id',
    {
      schema: {
        tags,
        summary: 'Xoá một kết quả chỉ số ghi nhầm (Sở Nội vụ)',
        params: provinceIndexParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteProvinceIndex(buildServiceContext(deps, request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // One cache per app: answers are the same for every visitor of a query.
  const cache = new TtlCache<PublicScoreboard>(scoreboardTtlMs);
  r.get(
    '/api/public/scoreboard',
    {
      config: {
        access: 'public',
        rateLimit: { max: deps.config.publicRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['public'],
        summary: 'Công khai kết quả giải quyết hồ sơ của tỉnh và các đơn vị theo quý',
        querystring: publicScoreboardQuerySchema,
        response: { 200: publicScoreboardSchema, ...errorResponses(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const { year, quarter, unit } = request.query;
      const key = JSON.stringify([year ?? null, quarter ?? null, unit ?? null]);
      const board = await cache.get(key, () =>
        scoreboardSource.compute(
          { db: deps.db, provinceCode: deps.config.provinceCode, meta: readRequestMeta(request) },
          request.query,
        ),
      );
      reply.header('cache-control', `public, max-age=${scoreboardTtlMs / 1000}`);
      return board;
    },
  );
}
