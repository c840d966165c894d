import type { MatrixFixture, RouteCase } from './route-case';

/**
 * The steering dashboard reads the plan's figures per child unit within the reader's subtree;
 * the province's index results are recorded by Sở Nội vụ only (reform_steering, `snv`): a
 * district's administrator is refused. The scoreboard is public (aggregates only).
 */
async function provincePlanId(f: MatrixFixture): Promise<number> {
  const response = await f.t.as('admin', { method: 'GET', url: '/api/plans?year=2021&unit=42' });
  return response.json().items[0].id;
}

let year = 1990;
/** A year no other case has used, so each create is new (unique per index and year). */
const nextYear = () => ++year + 20;

async function recordedIndexId(f: MatrixFixture): Promise<number> {
  const response = await f.t.as('snv', {
    method: 'POST',
    url: '/api/province-indices',
    payload: {
      index: 'PCI',
      year: nextYear(),
      value: null,
      rank: null,
      rankOf: null,
      sourceDocument: null,
    },
  });
  return response.json().id;
}

export const dashboardCases: RouteCase[] = [
  {
    route: 'GET /api/dashboard/plan-units',
    kind: 'scoped',
    request: async (f) => ({
      method: 'GET',
      url: `/api/dashboard/plan-units?plan=${await provincePlanId(f)}&unit=443&period=2021Q2`,
    }),
  },
  {
    route: 'GET /api/province-indices',
    kind: 'shared',
    reason:
      'Kết quả, thứ hạng của tỉnh về các chỉ số (PAR INDEX, SIPAS…) là số liệu đã công bố, mọi cán bộ cần biết để phấn đấu.',
    request: async () => ({ method: 'GET', url: '/api/province-indices' }),
  },
  {
    route: 'POST /api/province-indices',
    kind: 'scoped',
    owner: 'snv',
    request: async () => ({
      method: 'POST',
      url: '/api/province-indices',
      payload: {
        index: 'PAPI',
        year: nextYear(),
        value: 42.5,
        rank: 20,
        rankOf: 63,
        sourceDocument: null,
      },
    }),
  },
  {
    route: 'PATCH /api/province-indices/:id',
    kind: 'scoped',
    owner: 'snv',
    request: async (f) => ({
      method: 'PATCH',
      url: `/api/province-indices/${await recordedIndexId(f)}`,
      payload: { rank: 10, rankOf: 63 },
    }),
  },
  {
    route: 'DELETE /api/province-indices/:id',
    kind: 'scoped',
    owner: 'snv',
    request: async (f) => ({
      method: 'DELETE',
      url: `/api/province-indices/${await recordedIndexId(f)}`,
    }),
  },
  { route: 'GET /api/public/scoreboard', kind: 'public' },
];
