import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries } from '../../server/db/schema/audit';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
let provincePlanId: number;

const call = (user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.as(user, { method, url, ...(payload ? { payload } : {}) });

type Indicator = { code: string; actual: number | null; status: string };

async function t01a(query: string): Promise<Indicator> {
  const response = await call('snv', 'GET', `/api/plans/${provincePlanId}/targets?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items[0].indicators[0];
}

beforeAll(async () => {
  t = await createTestApp();
  provincePlanId = (await call('canloc', 'GET', '/api/plans?year=2021&unit=42')).json().items[0].id;
});
afterAll(() => t.close());

describe('T01: Can Lộc issues its own 2021 plan', () => {
  let canLocPlanId: number;

  it('starts with no unit plan: T01a has no data', async () => {
    expect(await t01a('unit=443')).toMatchObject({ actual: null, status: 'no_data' });
  });

  it('canloc drafts its plan from the province plan: all targets, the tasks it leads or coordinates', async () => {
    const response = await call('canloc', 'POST', `/api/plans/${provincePlanId}/unit-plans`, {
      unitCode: '443',
    });
    expect(response.statusCode, response.body).toBe(201);
    const plan = response.json();
    canLocPlanId = plan.id;
    expect(plan).toMatchObject({
      parentPlanId: provincePlanId,
      unitCode: '443',
      status: 'draft',
      number: null,
      issuedOn: null,
      targetCount: 12,
      indicatorCount: 28,
      progressRollup: 'by_status',
    });
    const provinceTasks = (
      await call('canloc', 'GET', `/api/plans/${provincePlanId}/tasks?unit=443&pageSize=500`)
    ).json();
    expect(plan.taskCount).toBe(provinceTasks.total);
    expect(plan.taskCount).toBeGreaterThan(0);
    const tasks = (
      await call('canloc', 'GET', `/api/plans/${canLocPlanId}/tasks?pageSize=500`)
    ).json();
    expect(tasks.items.map((task: { code: string }) => task.code)).toContain('III.7.2.03');
    expect(tasks.items.every((task: { leadUnitCode: string }) => task.leadUnitCode === '443')).toBe(
      true,
    );
    // A draft counts: from now on units without an issued plan count as not issued.
    expect(await t01a('unit=443')).toMatchObject({ actual: 0, status: 'missed' });
  });

  it('refuses a second plan for the same unit (409) and a unit that issues none (422)', async () => {
    const again = await call('canloc', 'POST', `/api/plans/${provincePlanId}/unit-plans`, {
      unitCode: '443',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('unit_plan_exists');
    const province = await call('snv', 'POST', `/api/plans/${provincePlanId}/unit-plans`, {
      unitCode: 'TTPVHCC',
    });
    expect([403, 422]).toContain(province.statusCode);
  });

  it('adds a task of its own to the draft', async () => {
    const response = await call('canloc', 'POST', `/api/plans/${canLocPlanId}/tasks`, {
      areaCode: 'PROCEDURES',
      textVi: 'Rà soát quy trình một cửa liên thông tại 18 xã',
      deadline: '2021-09-30',
    });
    expect(response.statusCode, response.body).toBe(201);
    // The sandbox's today is past 2021: the deadline has passed, so the new task shows overdue.
    expect(response.json()).toMatchObject({ code: 'DV.01', leadUnitCode: '443', progress: 0 });
    const badArea = await call('canloc', 'POST', `/api/plans/${canLocPlanId}/tasks`, {
      areaCode: 'KHONGCO',
      textVi: 'x',
    });
    expect(badArea.statusCode).toBe(422);
  });

  it('another district cannot read the draft (404) nor act on it', async () => {
    const read = await call('thachha', 'GET', `/api/plans/${canLocPlanId}`);
    expect(read.statusCode).toBe(404);
    expect(read.json().error.code).toBe('plan_not_found');
    for (const [url, payload] of [
      [`/api/plans/${canLocPlanId}/submit`, undefined],
      [`/api/plans/${canLocPlanId}/tasks`, { areaCode: 'PROCEDURES', textVi: 'x' }],
      [`/api/plans/${canLocPlanId}/issue`, { number: '1/KH', issuedOn: '2021-02-01' }],
      [`/api/plans/${provincePlanId}/unit-plans`, { unitCode: '443' }],
    ] as const) {
      const response = await call('thachha', 'POST', url, payload);
      expect([403, 404], url).toContain(response.statusCode);
    }
    const status = await call(
      'thachha',
      'GET',
      `/api/plans/${provincePlanId}/unit-plans-status?unit=443`,
    );
    expect(status.statusCode).toBe(403);
  });

  it('cannot be issued or returned while a draft (409 in Vietnamese)', async () => {
    const issue = await call('canloc', 'POST', `/api/plans/${canLocPlanId}/issue`, {
      number: '25/KH-UBND',
      issuedOn: '2021-01-15',
    });
    expect(issue.statusCode).toBe(409);
    expect(issue.json().error).toMatchObject({ code: 'plan_state_invalid' });
    expect(issue.json().error.message).toContain('Kế hoạch');
  });

  it('canloc submits; the unit head of Can Lộc may not return its own plan, Sở Nội vụ returns it with a comment', async () => {
    const submitted = await call('canloc', 'POST', `/api/plans/${canLocPlanId}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('submitted');
    expect((await call('canloc', 'POST', `/api/plans/${canLocPlanId}/submit`)).statusCode).toBe(
      409,
    );
    const byOwnHead = await call('chutichcanloc', 'POST', `/api/plans/${canLocPlanId}/return`, {
      comment: 'Bổ sung',
    });
    expect(byOwnHead.statusCode).toBe(403);
    const byOfficer = await call('canloc', 'POST', `/api/plans/${canLocPlanId}/return`, {
      comment: 'Bổ sung',
    });
    expect(byOfficer.statusCode).toBe(403);
    const returned = await call('snv', 'POST', `/api/plans/${canLocPlanId}/return`, {
      comment: 'Bổ sung nhiệm vụ số hoá hồ sơ tại bộ phận một cửa cấp xã',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'draft',
      returnComment: 'Bổ sung nhiệm vụ số hoá hồ sơ tại bộ phận một cửa cấp xã',
    });
    const [audit] = await t.db
      .select()
      .from(auditEntries)
      .where(
        and(
          eq(auditEntries.action, 'unit_plan.returned'),
          eq(auditEntries.entityId, String(canLocPlanId)),
        ),
      );
    expect(audit?.actorUsername).toBe('snv');
  });

  it('canloc resubmits and records it issued; T01a counts it for Can Lộc and the province', async () => {
    expect((await call('canloc', 'POST', `/api/plans/${canLocPlanId}/submit`)).statusCode).toBe(
      200,
    );
    const future = await call('canloc', 'POST', `/api/plans/${canLocPlanId}/issue`, {
      number: '25/KH-UBND',
      issuedOn: '2999-01-01',
    });
    expect(future.statusCode).toBe(422);
    const issued = await call('canloc', 'POST', `/api/plans/${canLocPlanId}/issue`, {
      number: '25/KH-UBND',
      issuedOn: '2021-01-15',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({
      status: 'issued',
      number: '25/KH-UBND',
      issuedOn: '2021-01-15',
    });
    const again = await call('canloc', 'POST', `/api/plans/${canLocPlanId}/submit`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('plan_state_invalid');

    // Can Lộc and its 18 communes: only the district has issued → 1 of 19.
    expect(await t01a('unit=443&period=2021')).toMatchObject({ actual: 5.26, status: 'missed' });
    // Issued in January: not yet by the end of 2020… and by the end of Q1.
    expect((await t01a('unit=443&period=2021Q1')).actual).toBe(5.26);
    const province = await t01a('period=2021');
    expect(province.actual).toBeGreaterThan(0);
    expect(province.actual).toBeLessThan(1);

    const status = (
      await call(
        'snv',
        'GET',
        `/api/plans/${provincePlanId}/unit-plans-status?unit=443&pageSize=50`,
      )
    ).json();
    expect(status.summary).toMatchObject({ required: 19, issued: 1, share: 5.26 });
    expect(status.items[0]).toMatchObject({
      unitCode: '443',
      kind: 'district',
      number: '25/KH-UBND',
      issuedOn: '2021-01-15',
      state: 'issued',
    });
    const provinceStatus = (
      await call('snv', 'GET', `/api/plans/${provincePlanId}/unit-plans-status`)
    ).json();
    expect(provinceStatus.summary.share).toBe(province.actual);
  });
});

describe('the deadline for unit plans', () => {
  it('is set by Sở Nội vụ only', async () => {
    const refused = await call('canloc', 'PATCH', `/api/plans/${provincePlanId}`, {
      unitPlanDeadline: '2021-01-31',
    });
    expect(refused.statusCode).toBe(403);
    const set = await call('snv', 'PATCH', `/api/plans/${provincePlanId}`, {
      unitPlanDeadline: '2021-01-31',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().unitPlanDeadline).toBe('2021-01-31');
  });

  it('makes every unit without a plan issued by then late, filterable by kind and state, paged', async () => {
    const base = `/api/plans/${provincePlanId}/unit-plans-status`;
    const all = (await call('snv', 'GET', `${base}?pageSize=500`)).json();
    expect(all.deadline).toBe('2021-01-31');
    expect(all.summary.late).toBe(all.summary.required - 1);
    const lateDistricts = (await call('snv', 'GET', `${base}?kind=district&state=late`)).json();
    expect(lateDistricts.items.every((i: { kind: string }) => i.kind === 'district')).toBe(true);
    expect(lateDistricts.items.map((i: { unitCode: string }) => i.unitCode)).not.toContain('443');
    expect(lateDistricts.total).toBeGreaterThan(0);
    const page2 = (await call('snv', 'GET', `${base}?pageSize=10&page=2`)).json();
    expect(page2.items).toHaveLength(10);
    expect(page2.total).toBe(all.total);
    const issued = (await call('snv', 'GET', `${base}?state=issued`)).json();
    expect(issued.items.map((i: { unitCode: string }) => i.unitCode)).toEqual(['443']);
  });

  it('counts a plan issued after the deadline as late', async () => {
    const created = await call('thachha', 'POST', `/api/plans/${provincePlanId}/unit-plans`, {
      unitCode: '445',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    await call('thachha', 'POST', `/api/plans/${id}/submit`);
    const issued = await call('thachha', 'POST', `/api/plans/${id}/issue`, {
      number: '40/KH-UBND',
      issuedOn: '2021-02-10',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const status = (
      await call('thachha', 'GET', `/api/plans/${provincePlanId}/unit-plans-status?unit=445`)
    ).json();
    expect(status.items[0]).toMatchObject({ unitCode: '445', state: 'late', number: '40/KH-UBND' });
    expect(status.summary.issued).toBe(1);
  });
});
