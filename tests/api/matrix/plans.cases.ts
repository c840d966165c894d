import type { MatrixFixture, RouteCase } from './route-case';

/**
 * Only the province plan exists in this slice, and it is everyone's frame of work: every
 * department, district and commune writes its own plan from it (KH 513/KH-UBND, VI.1). Unit
 * plans, once they exist, are narrowed to the reader's subtree in the service.
 */
const reason =
  'Kế hoạch CCHC của tỉnh là căn cứ chung: mọi sở, ngành, huyện, xã đều cần đọc để xây dựng kế hoạch và thực hiện nhiệm vụ của mình.';

async function provincePlanId(f: MatrixFixture): Promise<number> {
  const response = await f.t.as('admin', { method: 'GET', url: '/api/plans?year=2021&unit=42' });
  return response.json().items[0].id;
}

export const plansCases: RouteCase[] = [
  {
    route: 'GET /api/plans',
    kind: 'shared',
    reason,
    request: async () => ({ method: 'GET', url: '/api/plans?year=2021' }),
  },
  {
    route: 'GET /api/plans/:id',
    kind: 'shared',
    reason,
    request: async (f) => ({ method: 'GET', url: `/api/plans/${await provincePlanId(f)}` }),
  },
  {
    route: 'GET /api/plans/:id/targets',
    kind: 'shared',
    reason,
    request: async (f) => ({
      method: 'GET',
      url: `/api/plans/${await provincePlanId(f)}/targets?unit=443&period=2021Q1`,
    }),
  },
  {
    route: 'GET /api/plans/:id/tasks',
    kind: 'shared',
    reason,
    request: async (f) => ({
      method: 'GET',
      url: `/api/plans/${await provincePlanId(f)}/tasks?unit=443`,
    }),
  },
];
