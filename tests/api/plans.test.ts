import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '../../server/db/schema/org';
import { plans } from '../../server/db/schema/plans';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
let planId: number;

type Task = {
  code: string;
  areaCode: string;
  leadUnitCode: string;
  coordinatingUnitCodes: string[];
  status: string;
};
type Indicator = {
  code: string;
  threshold: number;
  comparator: string;
  actual: number | null;
  status: string;
  aggregation: string;
  rule: { explanationVi: string };
  source: { kind: string };
};

const get = (url: string, user = 'canloc') => t.as(user, { method: 'GET', url });

async function listAllTasks(query: string): Promise<{ total: number; items: Task[] }> {
  const response = await get(`/api/plans/${planId}/tasks?pageSize=500&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  t = await createTestApp();
  planId = (await get('/api/plans?year=2021')).json().items[0].id;
});
afterAll(() => t.close());

describe('GET /api/plans', () => {
  it('lists the one 2021 plan of the demo, 513/KH-UBND issued by the province, with its counts', async () => {
    const response = await get('/api/plans?year=2021');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(body.items[0]).toMatchObject({
      number: '513/KH-UBND',
      title: 'Kế hoạch Cải cách hành chính tỉnh Hà Tĩnh năm 2021',
      year: 2021,
      unitCode: '42',
      unitName: 'Tỉnh Hà Tĩnh',
      issuedOn: '2020-12-31',
      status: 'issued',
      targetCount: 12,
      taskCount: 70,
    });
  });

  it('filters by issuing unit and year', async () => {
    expect((await get('/api/plans?unit=42')).json().total).toBe(1);
    expect((await get('/api/plans?unit=443')).json().total).toBe(0);
    expect((await get('/api/plans?year=2022')).json().total).toBe(0);
    expect((await get('/api/plans?unit=KHONGCO')).statusCode).toBe(404);
  });
});

describe('GET /api/plans/:id', () => {
  it('returns the header, legal bases, purposes, requirements and the 8 areas with their leads', async () => {
    const response = await get(`/api/plans/${planId}`);
    expect(response.statusCode).toBe(200);
    const plan = response.json();
    expect(plan.signer).toMatchObject({ name: 'Nguyễn Hồng Lĩnh' });
    expect(plan.indicatorCount).toBe(28);
    expect(plan.purposes).toHaveLength(3);
    expect(plan.requirements).toHaveLength(3);
    expect(plan.legalBases).toHaveLength(39);
    expect(plan.legalBases[0]).toMatchObject({ ref: '6459/BNV-CCHC', issuer: 'Bộ Nội vụ' });
    expect(plan.areas.map((a: { code: string }) => a.code)).toEqual([
      'DIRECTION',
      'INSTITUTIONS',
      'PROCEDURES',
      'ORGANIZATION',
      'CIVIL_SERVICE',
      'PUBLIC_FINANCE',
      'E_GOVERNMENT',
      'ISO',
    ]);
    const leads = Object.fromEntries(
      plan.areas.map((a: { code: string; leadUnitCode: string }) => [a.code, a.leadUnitCode]),
    );
    expect(leads).toMatchObject({ INSTITUTIONS: 'STP', PROCEDURES: 'VP_UBND', ISO: 'SKHCN' });
    expect(plan.areas.reduce((n: number, a: { taskCount: number }) => n + a.taskCount, 0)).toBe(70);
  });

  it('answers 404 plan_not_found for an unknown plan', async () => {
    const response = await get('/api/plans/999999');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('plan_not_found');
    expect((await get(`/api/plans/999999/targets`)).statusCode).toBe(404);
    expect((await get(`/api/plans/999999/tasks`)).statusCode).toBe(404);
  });
});

describe('GET /api/plans/:id/targets', () => {
  it('returns the 12 targets with their 28 indicators and the rule behind each status', async () => {
    const response = await get(`/api/plans/${planId}/targets`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.period).toBe('2021');
    expect(body.unitCode).toBe('42');
    expect(body.items).toHaveLength(12);
    const indicators: Indicator[] = body.items.flatMap(
      (target: { indicators: Indicator[] }) => target.indicators,
    );
    expect(indicators).toHaveLength(28);
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    expect(byCode.get('T05a')).toMatchObject({
      threshold: 98.5,
      comparator: '>=',
      unit: 'percent',
      dataSource: 'onestop_system',
      aggregation: 'ratio_of_sums',
      actual: null,
      status: 'no_data',
    });
    expect(byCode.get('T05a')?.rule.explanationVi).toContain('tối thiểu 98,5 %');
    expect(byCode.get('T01a')).toMatchObject({ comparator: '=', threshold: 100 });
    expect(byCode.get('T12a')).toMatchObject({ aggregation: 'sum', unit: 'billion_vnd' });
    expect(byCode.get('T10e')).toMatchObject({ aggregation: 'none', comparator: '<' });
    // The test database holds no dossiers and no unit plans; only the demo's approved periodic
    // reports (seed-periodic-reports.ts) measure anything. No other indicator claims a status it
    // cannot back with a figure.
    const reported = indicators.filter((i) => i.source.kind === 'unit_reports');
    expect(reported.map((i) => i.code)).toContain('T02a');
    expect(reported.every((i) => i.actual !== null && i.status !== 'no_data')).toBe(true);
    const others = indicators.filter((i) => i.source.kind !== 'unit_reports');
    expect(others.every((i) => i.status === 'no_data' && i.actual === null)).toBe(true);
  });

  it('narrows by unit and period', async () => {
    const response = await get(`/api/plans/${planId}/targets?unit=443&period=2021Q1`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ period: '2021Q1', unitCode: '443' });
    expect((await get(`/api/plans/${planId}/targets?period=2021S1`)).statusCode).toBe(200);
  });

  it('answers 400 period_invalid for a bad period code, and 404 for an unknown unit', async () => {
    for (const period of ['2021S2', '21Q1', '2021Q5', '2022Q1']) {
      const response = await get(`/api/plans/${planId}/targets?period=${period}`);
      expect(response.statusCode, period).toBe(400);
      expect(response.json().error.code).toBe('period_invalid');
    }
    const unknown = await get(`/api/plans/${planId}/targets?unit=KHONGCO`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('unit_not_found');
  });

  it('computes T01a from the unit plans recorded in cchc once there are any', async () => {
    const [canLoc] = await t.db.select().from(units).where(eq(units.code, '443'));
    const [unitPlan] = await t.db
      .insert(plans)
      .values({
        provinceCode: '42',
        unitId: canLoc!.id,
        parentPlanId: planId,
        year: 2021,
        number: '25/KH-UBND',
        title: 'Kế hoạch CCHC huyện Can Lộc năm 2021',
        issuer: 'UBND huyện Can Lộc',
        issuedOn: '2021-01-15',
        status: 'issued',
        searchText: 'ke hoach cchc huyen can loc nam 2021',
      })
      .returning();
    try {
      const target = async (query: string) =>
        (await get(`/api/plans/${planId}/targets?${query}`)).json().items[0].indicators[0];
      // Can Lộc and its 18 communes: only the district has issued → 1 of 19.
      const canLocT01 = await target('unit=443&period=2021');
      expect(canLocT01.actual).toBe(5.26);
      expect(canLocT01.status).toBe('missed');
      const province = await target('period=2021');
      expect(province.actual).toBeGreaterThan(0);
      expect(province.actual).toBeLessThan(1);
      expect(canLocT01.rule.explanationVi).toContain('Không đạt');
    } finally {
      await t.db.delete(plans).where(eq(plans.id, unitPlan!.id));
    }
  });
});

describe('unit plans', () => {
  it("are visible only within the reader's subtree; out of scope they answer 404", async () => {
    const [canLoc] = await t.db.select().from(units).where(eq(units.code, '443'));
    const [unitPlan] = await t.db
      .insert(plans)
      .values({
        provinceCode: '42',
        unitId: canLoc!.id,
        parentPlanId: planId,
        year: 2021,
        title: 'Kế hoạch CCHC huyện Can Lộc năm 2021 (dự thảo)',
        issuer: 'UBND huyện Can Lộc',
        status: 'draft',
        searchText: 'ke hoach cchc huyen can loc nam 2021',
      })
      .returning();
    try {
      expect((await get(`/api/plans/${unitPlan!.id}`, 'canloc')).statusCode).toBe(200);
      expect((await get(`/api/plans/${unitPlan!.id}`, 'snv')).statusCode).toBe(200);
      const refused = await get(`/api/plans/${unitPlan!.id}`, 'thachha');
      expect(refused.statusCode).toBe(404);
      expect(refused.json().error.code).toBe('plan_not_found');
      expect((await get('/api/plans?year=2021', 'canloc')).json().total).toBe(2);
      const thachHaList = (await get('/api/plans?year=2021', 'thachha')).json();
      expect(thachHaList.items.map((p: { unitCode: string }) => p.unitCode)).toEqual(['42']);
    } finally {
      await t.db.delete(plans).where(eq(plans.id, unitPlan!.id));
    }
  });
});

describe('GET /api/plans/:id/tasks', () => {
  it('pages the 70 tasks', async () => {
    const first = (await get(`/api/plans/${planId}/tasks?pageSize=30&page=1`)).json();
    const third = (await get(`/api/plans/${planId}/tasks?pageSize=30&page=3`)).json();
    expect(first).toMatchObject({ total: 70, page: 1, pageSize: 30 });
    expect(first.items).toHaveLength(30);
    expect(third.items).toHaveLength(10);
    expect(first.items[0]).toMatchObject({
      code: 'III.1.01',
      areaCode: 'DIRECTION',
      leadUnitCode: '42',
      recurrence: 'once',
    });
    // A collective lead is recorded as the province leading, and the task says so.
    expect(first.items[0].note).toContain('tỉnh (42) chủ trì');
    expect(first.items[0].leadAgencyAsWritten).toMatch(/^Các sở, ban, ngành/);
  });

  it('counts the tasks of each of the 8 areas', async () => {
    const expected = {
      DIRECTION: 10,
      INSTITUTIONS: 9,
      PROCEDURES: 9,
      ORGANIZATION: 8,
      CIVIL_SERVICE: 6,
      PUBLIC_FINANCE: 9,
      E_GOVERNMENT: 12,
      ISO: 7,
    };
    for (const [area, count] of Object.entries(expected)) {
      const body = await listAllTasks(`area=${area}`);
      expect(body.total, area).toBe(count);
      expect(body.items.every((task) => task.areaCode === area)).toBe(true);
    }
  });

  it('filters by unit: the tasks it leads or coordinates', async () => {
    const stp = await listAllTasks('unit=STP');
    expect(stp.items.filter((task) => task.leadUnitCode === 'STP')).toHaveLength(9);
    expect(
      stp.items.every(
        (task) => task.leadUnitCode === 'STP' || task.coordinatingUnitCodes.includes('STP'),
      ),
    ).toBe(true);
    const snv = await listAllTasks('unit=SNV');
    expect(snv.items.filter((task) => task.leadUnitCode === 'SNV')).toHaveLength(21);
    // A district coordinates the tasks the plan gives to "các huyện, thành phố, thị xã".
    const canLoc = await listAllTasks('unit=443');
    expect(canLoc.items.map((task) => task.code)).toContain('III.7.2.03');
    expect((await get(`/api/plans/${planId}/tasks?unit=KHONGCO`)).statusCode).toBe(404);
  });

  it('finds tasks without diacritics', async () => {
    const body = await listAllTasks('search=sang%20kien');
    expect(body.total).toBeGreaterThan(0);
    const withDiacritics = await listAllTasks(`search=${encodeURIComponent('sáng kiến')}`);
    expect(withDiacritics.total).toBe(body.total);
  });

  it('shows the one task with a deadline that passed undone as overdue', async () => {
    const overdue = await listAllTasks('status=overdue');
    expect(overdue.items.map((task) => task.code)).toEqual(['III.7.1.08']);
    expect((await listAllTasks('status=not_started')).total).toBe(69);
    expect((await listAllTasks('status=done')).total).toBe(0);
  });
});
