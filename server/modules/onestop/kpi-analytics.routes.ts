import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  onestopKpiSeriesQuerySchema,
  onestopKpiSeriesSchema,
  onestopKpiUnitsQuerySchema,
  onestopKpiUnitsSchema,
} from '../../../contracts/kpi-analytics';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { writeErrors } from '../../http/error-responses';
import { buildKpiUnitTable, getKpiSeries, getKpiUnits } from './kpi-analytics.service';
import { writeKpiUnitsXlsx } from './kpi-units-sheet';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerOnestopKpiAnalyticsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['onestop'];
  r.get(
    '/api/onestop/kpi/series',
    {
      schema: {
        tags,
        summary: 'Diễn biến chỉ số một cửa theo tháng hoặc quý của đơn vị và đơn vị trực thuộc',
        querystring: onestopKpiSeriesQuerySchema,
        response: { 200: onestopKpiSeriesSchema, ...writeErrors },
      },
    },
    (request) => getKpiSeries(buildServiceContext(deps, request), request.query),
  );

  r.get(
    '/api/onestop/kpi/units',
    {
      schema: {
        tags,
        summary: 'Bảng xếp hạng chỉ số một cửa của các đơn vị trực thuộc, so với kỳ trước',
        querystring: onestopKpiUnitsQuerySchema,
        response: { 200: onestopKpiUnitsSchema, ...writeErrors },
      },
    },
    (request) => getKpiUnits(buildServiceContext(deps, request), request.query),
  );

  r.get(
    '/api/onestop/kpi/units.xlsx',
    {
      schema: {
        tags,
        summary: 'Bảng xếp hạng chỉ số một cửa (.xlsx), cùng tham số với bảng trên màn hình',
        querystring: onestopKpiUnitsQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const table = await buildKpiUnitTable(buildServiceContext(deps, request), request.query);
      const { unit, from, to } = request.query;
      reply.header(
        'content-disposition',
        `attachment; filename="chi-so-mot-cua-${unit.replace(/[^0-9A-Za-z_-]/g, '_')}-${from}-${to}.xlsx"`,
      );
      return reply.type(xlsxType).send(await writeKpiUnitsXlsx(table));
    },
  );
}
