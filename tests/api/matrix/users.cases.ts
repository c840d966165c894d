import { expect } from 'vitest';
import type { RouteCase } from './route-case';

export const usersCases: RouteCase[] = [
  {
    route: 'GET /api/users',
    kind: 'scoped',
    request: async () => ({ method: 'GET', url: '/api/users?pageSize=200' }),
    assertNoLeak(response) {
      const names = response.json().items.map((u: { username: string }) => u.username);
      expect(names).not.toContain('canloc');
    },
  },
  {
    route: 'POST /api/users',
    kind: 'scoped',
    request: async (f) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: f.nextCode('u').toLowerCase(),
        fullName: 'Người Thử',
        password: 'mat-khau-2021-x',
        roles: [{ role: 'unit_reform_officer', unitCode: '443' }],
      },
    }),
  },
  {
    route: 'GET /api/users/:id',
    kind: 'scoped',
    request: async (f) => ({ method: 'GET', url: `/api/users/${(await f.createCanLocUser()).id}` }),
  },
  {
    route: 'PATCH /api/users/:id',
    kind: 'scoped',
    request: async (f) => ({
      method: 'PATCH',
      url: `/api/users/${(await f.createCanLocUser()).id}`,
      payload: { fullName: 'Tên Mới' },
    }),
  },
  {
    route: 'PUT /api/users/:id/roles',
    kind: 'scoped',
    request: async (f) => ({
      method: 'PUT',
      url: `/api/users/${(await f.createCanLocUser()).id}/roles`,
      payload: { roles: [{ role: 'unit_head', unitCode: '443' }] },
    }),
  },
  {
    route: 'POST /api/users/:id/password',
    kind: 'scoped',
    request: async (f) => ({
      method: 'POST',
      url: `/api/users/${(await f.createCanLocUser()).id}/password`,
      payload: { newPassword: 'mat-khau-moi-2021' },
    }),
  },
];
