import type { RouteCase } from './route-case';

export const authCases: RouteCase[] = [
  { route: 'GET /api/health', kind: 'public' },
  { route: 'GET /api/openapi.json', kind: 'public' },
  { route: 'POST /api/auth/login', kind: 'public' },
  {
    route: 'GET /api/auth/me',
    kind: 'self',
    request: async () => ({ method: 'GET', url: '/api/auth/me' }),
  },
  {
    route: 'POST /api/auth/password',
    kind: 'self',
    request: async () => ({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'x', newPassword: 'mat-khau-moi-2021' },
    }),
  },
  {
    route: 'POST /api/auth/logout',
    kind: 'self',
    request: async () => ({ method: 'POST', url: '/api/auth/logout' }),
  },
];
