import type { MatrixFixture, RouteCase } from './route-case';

/**
 * The province plan is everyone's frame of work: every department, district and commune writes
 * its own plan from it (KH 513/KH-UBND, VI.1), so its reads are shared. Unit plans, their tasks
 * and the unit-plan status list are narrowed to the reader's subtree (docs/decisions/011).
 */
const reason =
  'Kế hoạch CCHC của tỉnh là căn cứ chung: mọi sở, ngành, huyện, xã đều cần đọc để xây dựng kế hoạch và thực hiện nhiệm vụ của mình.';

async function provincePlanId(f: MatrixFixture): Promise<number> {
  const response = await f.t.as('admin', { method: 'GET', url: '/api/plans?year=2021&unit=42' });
  return response.json().items[0].id;
}

type PlanStage = 'draft' | 'submitted' | 'issued';

/** A fresh commune of Can Lộc with its own plan at `stage`, made by Can Lộc's reform officer. */
async function communePlanId(f: MatrixFixture, stage: PlanStage): Promise<number> {
  const commune = await f.createCanLocCommune();
  const parentId = await provincePlanId(f);
  const created = await f.t.as('cb443', {
    method: 'POST',
    url: `/api/plans/${parentId}/unit-plans`,
    payload: { unitCode: commune.code },
  });
  const id: number = created.json().id;
  if (stage === 'draft') return id;
  await f.t.as('cb443', { method: 'POST', url: `/api/plans/${id}/submit` });
  if (stage === 'submitted') return id;
  await f.t.as('cb443', {
    method: 'POST',
    url: `/api/plans/${id}/issue`,
    payload: { number: '01/KH-UBND', issuedOn: '2021-02-01' },
  });
  return id;
}

/** Unit plans and task progress are written by reform officers (cb443 of Can Lộc, cb445 of Thạch Hà). */
const officers = { owner: 'cb443', intruder: 'cb445' } as const;

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
  {
    // Province settings: Sở Nội vụ (reform_steering) only; a district's administrator is refused.
    route: 'PATCH /api/plans/:id',
    kind: 'scoped',
    owner: 'snv',
    request: async (f) => ({
      method: 'PATCH',
      url: `/api/plans/${await provincePlanId(f)}`,
      payload: { staleAfterDays: 30 },
    }),
  },
  {
    route: 'POST /api/plans/:id/unit-plans',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'POST',
      url: `/api/plans/${await provincePlanId(f)}/unit-plans`,
      payload: { unitCode: (await f.createCanLocCommune()).code },
    }),
  },
  {
    route: 'GET /api/plans/:id/unit-plans-status',
    kind: 'scoped',
    request: async (f) => ({
      method: 'GET',
      url: `/api/plans/${await provincePlanId(f)}/unit-plans-status?unit=443`,
    }),
  },
  {
    route: 'POST /api/plans/:id/submit',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'POST',
      url: `/api/plans/${await communePlanId(f, 'draft')}/submit`,
    }),
  },
  {
    // The level above returns: Sở Nội vụ here; Thạch Hà's officer cannot even see the plan.
    route: 'POST /api/plans/:id/return',
    kind: 'scoped',
    owner: 'snv',
    intruder: 'cb445',
    request: async (f) => ({
      method: 'POST',
      url: `/api/plans/${await communePlanId(f, 'submitted')}/return`,
      payload: { comment: 'Bổ sung nhiệm vụ' },
    }),
  },
  {
    route: 'POST /api/plans/:id/issue',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'POST',
      url: `/api/plans/${await communePlanId(f, 'submitted')}/issue`,
      payload: { number: '02/KH-UBND', issuedOn: '2021-02-02' },
    }),
  },
  {
    route: 'POST /api/plans/:id/tasks',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'POST',
      url: `/api/plans/${await communePlanId(f, 'draft')}/tasks`,
      payload: { areaCode: 'PROCEDURES', textVi: 'Niêm yết thủ tục tại bộ phận một cửa' },
    }),
  },
  {
    route: 'GET /api/plans/:id/tasks/:code',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'GET',
      url: `/api/plans/${await communePlanId(f, 'draft')}/tasks/III.7.2.03`,
    }),
  },
  {
    route: 'POST /api/plans/:id/tasks/:code/progress',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'POST',
      url: `/api/plans/${await communePlanId(f, 'issued')}/tasks/III.7.2.03/progress`,
      payload: { percent: 20, note: 'Đã triển khai tại xã' },
    }),
  },
];
