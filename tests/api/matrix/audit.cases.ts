import { expect } from 'vitest';
import type { RouteCase } from './route-case';

export const auditCases: RouteCase[] = [
  {
    route: 'GET /api/audit',
    kind: 'scoped',
    request: async (f) => {
      await f.createCanLocCommune();
      return { method: 'GET', url: '/api/audit?entityType=unit&pageSize=200' };
    },
    assertNoLeak(response) {
      const items = response.json().items as Array<{
        after: { path?: string; parentId?: number } | null;
        unitCode: string | null;
      }>;
      expect(items.filter((e) => e.unitCode?.startsWith('MXC'))).toEqual([]);
    },
  },
];
