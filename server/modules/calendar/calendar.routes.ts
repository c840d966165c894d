import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarSettingsBodySchema,
  calendarSettingsSchema,
  calendarYearDetailSchema,
  calendarYearListSchema,
  calendarYearParamsSchema,
  dueDateQuerySchema,
  dueDateResponseSchema,
  nonWorkingDaysQuerySchema,
  nonWorkingDaysResponseSchema,
  replaceCalendarYearBodySchema,
} from '../../../contracts/calendar';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { errorResponses } from '../../http/error-responses';
import { computeDueDate, listNonWorkingDays } from './calendar.service';
import {
  deleteCalendarYear,
  getCalendarSettings,
  getCalendarYear,
  listCalendarYears,
  replaceCalendarYear,
  updateCalendarSettings,
} from './calendar-admin.service';

const errors = errorResponses(400, 401, 403, 404, 422);

export function registerCalendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];
  const { db, config } = deps;
  // The two look-ups are public (a citizen checks an appointment) and cheap, but each may walk
  // many days: limited per address like sign-in.
  const publicAccess = {
    access: 'public' as const,
    rateLimit: { max: config.publicRateLimitPerMinute, timeWindow: '1 minute' },
  };
  const publicErrors = errorResponses(400, 422, 429);

  r.get(
    '/api/calendar/due-date',
    {
      config: publicAccess,
      schema: {
        tags,
        summary:
          'Tính ngày hẹn trả từ thời điểm tiếp nhận và thời hạn (ngày làm việc, nửa ngày, giờ, ngày)',
        querystring: dueDateQuerySchema,
        response: { 200: dueDateResponseSchema, ...publicErrors },
      },
    },
    (request) => computeDueDate(db, config.provinceCode, request.query),
  );

  r.get(
    '/api/calendar/non-working-days',
    {
      config: publicAccess,
      schema: {
        tags,
        summary: 'Ngày nghỉ lễ, nghỉ bù, hoán đổi và ngày làm bù của một năm',
        querystring: nonWorkingDaysQuerySchema,
        response: { 200: nonWorkingDaysResponseSchema, ...publicErrors },
      },
    },
    (request) => listNonWorkingDays(db, config.provinceCode, request.query.year),
  );

  r.get(
    '/api/calendar/years',
    {
      schema: {
        tags,
        summary: 'Các năm của lịch làm việc: trạng thái và nguồn (quản trị cấp tỉnh)',
        response: { 200: calendarYearListSchema, ...errors },
      },
    },
    (request) => listCalendarYears(buildServiceContext(deps, request)),
  );

  r.get(
    '/api/calendar/years/:year',
    {
      schema: {
        tags,
        summary: 'Các ngày của một năm như đang áp dụng, để sửa (quản trị cấp tỉnh)',
        params: calendarYearParamsSchema,
        response: { 200: calendarYearDetailSchema, ...errors },
      },
    },
    (request) => getCalendarYear(buildServiceContext(deps, request), request.params.year),
  );

  r.put(
    '/api/calendar/years/:year',
    {
      schema: {
        tags,
        summary: 'Nhập hoặc thay lịch nghỉ của một năm theo thông báo của Thủ tướng Chính phủ',
        params: calendarYearParamsSchema,
        body: replaceCalendarYearBodySchema,
        response: { 200: calendarYearDetailSchema, ...errors },
      },
    },
    (request) =>
      replaceCalendarYear(buildServiceContext(deps, request), request.params.year, request.body),
  );

  r.delete(
    '/api/calendar/years/:year',
    {
      schema: {
        tags,
        summary: 'Xoá lịch do quản trị viên nhập: trở về lịch có sẵn hoặc dự kiến',
        params: calendarYearParamsSchema,
        response: { 204: z.null().describe('Đã xoá'), ...errors },
      },
    },
    async (request, reply) => {
      await deleteCalendarYear(buildServiceContext(deps, request), request.params.year);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/calendar/settings',
    {
      schema: {
        tags,
        summary: 'Giờ làm việc và giờ chốt tiếp nhận của tỉnh (quản trị cấp tỉnh)',
        response: { 200: calendarSettingsSchema, ...errors },
      },
    },
    (request) => getCalendarSettings(buildServiceContext(deps, request)),
  );

  r.put(
    '/api/calendar/settings',
    {
      schema: {
        tags,
        summary: 'Sửa giờ làm việc và giờ chốt tiếp nhận của tỉnh',
        body: calendarSettingsBodySchema,
        response: { 200: calendarSettingsSchema, ...errors },
      },
    },
    (request) => updateCalendarSettings(buildServiceContext(deps, request), request.body),
  );
}
