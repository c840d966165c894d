import type { RouteCase } from './route-case';

/**
 * In-app notifications (issue 4 reminders): every route acts on the caller's own notices only;
 * another user's notice answers 404 like an unknown one (tests/api/notifications.test.ts).
 */
export const notificationsCases: RouteCase[] = [
  {
    route: 'GET /api/notifications',
    kind: 'self',
    request: async () => ({ method: 'GET', url: '/api/notifications' }),
  },
  {
    route: 'POST /api/notifications/:id/read',
    kind: 'self',
    request: async () => ({ method: 'POST', url: '/api/notifications/1/read' }),
  },
  {
    route: 'POST /api/notifications/read-all',
    kind: 'self',
    request: async () => ({ method: 'POST', url: '/api/notifications/read-all' }),
  },
];
