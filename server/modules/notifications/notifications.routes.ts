import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  listNotificationsQuerySchema,
  notificationListSchema,
  notificationParamsSchema,
  notificationSchema,
  readAllResultSchema,
} from '../../../contracts/notifications';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { writeErrors } from '../../http/error-responses';
import {
  listMyNotifications,
  readAllNotifications,
  readNotification,
} from './notifications.service';

/** The signed-in user's own notifications: no other user's are reachable. */
export function registerNotificationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];

  r.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'Thông báo của tôi (mới nhất trước) và số chưa đọc',
        querystring: listNotificationsQuerySchema,
        response: { 200: notificationListSchema, ...writeErrors },
      },
    },
    (request) => listMyNotifications(buildServiceContext(deps, request), request.query),
  );

  r.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Đánh dấu đã đọc một thông báo',
        params: notificationParamsSchema,
        response: { 200: notificationSchema, ...writeErrors },
      },
    },
    (request) => readNotification(buildServiceContext(deps, request), request.params.id),
  );

  r.post(
    '/api/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Đánh dấu đã đọc tất cả thông báo',
        response: { 200: readAllResultSchema, ...writeErrors },
      },
    },
    (request) => readAllNotifications(buildServiceContext(deps, request)),
  );
}
