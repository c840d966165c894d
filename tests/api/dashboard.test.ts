import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scoreboardSource } from '../../server/modules/dashboard/public-scoreboard.service';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * The steering dashboard's own API (issue 5): plan figures per child unit composed from the
 * plan module, the province's index results recorded by Sở Nội vụ, and the public scoreboard
 * answered from a cache, with aggregates only.
 */
let t: TestApp;
let planId: number;
const applicant = {
  name: 'Trần Thị Bình',
  phone: '0987 654 321',
  email: 'tran.thi.binh@example.vn',
  address: 'Thôn Trung Tiến, xã Thiên Lộc',
};

beforeAll(async () => {
  t = await createTestApp();
  const plans = await t.as('snv', { method: 'GET', url: '/api/plans?year=2021&unit=42' });
  planId = plans.json().items[0].id;
});
afterAll(() => t.close());

describe('province indices', () => {
  const base = '/api/province-indices';

  it('holds the published 2021 results of the reference and nothing invented', async () => {
    const response = await t.as('lanhdao', {
      method: 'GET',
      url: `${base}?fromYear=2021&toYear=2021`,
    });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as Array<Record<string, unknown>>;
    expect(items.map((i) => [i.index, i.value, i.rank, i.rankOf])).toEqual([
      ['PAR_INDEX', null, 8, 63],
      ['SIPAS', 91.17, 5, 63],
    ]);
  });

  it('lets Sở Nội vụ record, correct and delete a result, each write audited', async () => {
    const created = await t.as('snv', {
      method: 'POST',
      url: base,
      payload: {
        index: 'PCI',
        year: 2022,
        value: 65.2,
        rank: 30,
        rankOf: 63,
        sourceDocument: 'Báo cáo PCI 2022',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    const duplicate = await t.as('snv', {
      method: 'POST',
      url: base,
      payload: {
        index: 'PCI',
        year: 2022,
        value: null,
        rank: null,
        rankOf: null,
        sourceDocument: null,
      },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('province_index_exists');

    const badRank = await t.as('snv', {
      method: 'PATCH',
      url: `${base}/${id}`,
      payload: { rank: 70 },
    });
    expect(badRank.statusCode).toBe(400);
    const patched = await t.as('snv', {
      method: 'PATCH',
      url: `${base}/${id}`,
      payload: { rank: 28 },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ rank: 28, rankOf: 63, value: 65.2 });

    const deleted = await t.as('snv', { method: 'DELETE', url: `${base}/${id}` });
    expect(deleted.statusCode).toBe(204);
    const again = await t.as('snv', { method: 'DELETE', url: `${base}/${id}` });
    expect(again.statusCode).toBe(404);

    const audit = await t.as('admin', {
      method: 'GET',
      url: '/api/audit?entityType=province_index&pageSize=50',
    });
    const actions = (audit.json().items as Array<{ action: string; entityId: string }>)
      .filter((e) => e.entityId === String(id))
      .map((e) => e.action)
      .sort();
    expect(actions).toEqual([
      'province_index.created',
      'province_index.deleted',
      'province_index.updated',
    ]);
  });

  it('refuses leaders (read-only) and unit officers', async () => {
    for (const user of ['lanhdao', 'sotuphap']) {
      const response = await t.as(user, {
        method: 'POST',
        url: base,
        payload: {
          index: 'ICT',
          year: 2021,
          value: 0.5,
          rank: null,
          rankOf: null,
          sourceDocument: null,
        },
      });
      expect(response.statusCode).toBe(403);
    }
  });
});

describe('plan figures per child unit', () => {
  it("answers each child's figures exactly as the plan module does", async () => {
    const response = await t.as('snv', {
      method: 'GET',
      url: `/api/dashboard/plan-units?plan=${planId}&period=2021Q2`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      period: '2021Q2',
      previousPeriod: '2021Q1',
      unit: { code: '42' },
    });
    expect(body.items.length).toBeGreaterThan(10);
    const canLoc = body.items.find((i: { unitCode: string }) => i.unitCode === '443');
    expect(canLoc).toMatchObject({ kind: 'district', hasChildren: true });
    // Target 1 at the period's end, from the rows the plan's own status list reads.
    const status = await t.as('snv', {
      method: 'GET',
      url: `/api/plans/${planId}/unit-plans-status?unit=443`,
    });
    expect(canLoc.unitPlansRequired).toBe(status.json().summary.required);
    expect(canLoc.unitPlansIssued).toBeLessThanOrEqual(status.json().summary.issued);
    // A department has no unit below it: its tasks are exactly the plan's list for it.
    const stp = body.items.find((i: { unitCode: string }) => i.unitCode === 'STP');
    const tasks = await t.as('snv', { method: 'GET', url: `/api/plans/${planId}/tasks?unit=STP` });
    expect(stp.tasksTotal).toBe(tasks.json().total);
    expect(stp.tasksOverdue).toBeLessThanOrEqual(stp.tasksTotal);
    expect(stp.tasksOverduePrevious).toBeLessThanOrEqual(stp.tasksTotal);
    expect(stp.reportsDue).toBeNull();
    // Reports on time, when asked: the report module's count for the same subtree and period.
    const withReports = await t.as('snv', {
      method: 'GET',
      url: `/api/dashboard/plan-units?plan=${planId}&period=2021Q2&reports=true`,
    });
    expect(withReports.statusCode, withReports.body).toBe(200);
    const stpReports = withReports
      .json()
      .items.find((i: { unitCode: string }) => i.unitCode === 'STP');
    expect(stpReports.reportsDue).toBeGreaterThanOrEqual(stpReports.reportsOnTime);
  });

  it('drills down to a district and refuses a subtree out of scope', async () => {
    const communes = await t.as('canloc', {
      method: 'GET',
      url: `/api/dashboard/plan-units?plan=${planId}&unit=443`,
    });
    expect(communes.statusCode).toBe(200);
    expect(
      communes
        .json()
        .items.every((i: { kind: string }) => i.kind === 'commune' || i.kind === 'service_centre'),
    ).toBe(true);
    const other = await t.as('canloc', {
      method: 'GET',
      url: `/api/dashboard/plan-units?plan=${planId}&unit=445`,
    });
    expect(other.statusCode).toBe(403);
    const badPeriod = await t.as('snv', {
      method: 'GET',
      url: `/api/dashboard/plan-units?plan=${planId}&period=2022Q1`,
    });
    expect(badPeriod.statusCode).toBe(400);
  });
});

describe('public scoreboard', () => {
  it('answers without sign-in from the cache on a repeated query, with no personal data', async () => {
    const received = await t.as('kiemnhiem', {
      method: 'POST',
      url: '/api/onestop/dossiers',
      payload: { procedureCode: '1.001612', receivingUnitCode: '443', applicant },
    });
    expect(received.statusCode, received.body).toBe(201);
    const year = Number(received.json().receivedAt.slice(0, 4));

    const spy = vi.spyOn(scoreboardSource, 'compute');
    try {
      const first = await t.app.inject({
        method: 'GET',
        url: `/api/public/scoreboard?year=${year}`,
      });
      expect(first.statusCode, first.body).toBe(200);
      const board = first.json();
      expect(board.unit.code).toBe('42');
      expect(board.quarters).toHaveLength(4);
      expect(board.total.received).toBeGreaterThanOrEqual(1);
      expect(board.publishedProcedures).toBeGreaterThan(0);
      const canLoc = board.units.find((u: { code: string }) => u.code === '443');
      expect(canLoc.kpi.received).toBeGreaterThanOrEqual(1);
      expect(spy).toHaveBeenCalledTimes(1);

      const second = await t.app.inject({
        method: 'GET',
        url: `/api/public/scoreboard?year=${year}`,
      });
      expect(second.statusCode).toBe(200);
      expect(second.body).toBe(first.body);
      expect(spy).toHaveBeenCalledTimes(1);

      const quarter = await t.app.inject({
        method: 'GET',
        url: `/api/public/scoreboard?year=${year}&quarter=1&unit=443`,
      });
      expect(quarter.statusCode).toBe(200);
      expect(quarter.json()).toMatchObject({ period: `${year}Q1`, unit: { code: '443' } });
      expect(spy).toHaveBeenCalledTimes(2);

      // Nothing personal: no field that could carry a person, and none of the applicant's data.
      const personal = /applicant|phone|email|address|fullName|username|assignee|dossierCode/i;
      const keys: string[] = [];
      const walk = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object')
          for (const [k, v] of Object.entries(value)) {
            keys.push(k);
            walk(v);
          }
      };
      walk(board);
      expect(keys.filter((k) => personal.test(k))).toEqual([]);
      for (const text of [applicant.name, '0987', 'example.vn', received.json().code])
        expect(first.body).not.toContain(text);
    } finally {
      spy.mockRestore();
    }
  });

  it('answers 404 for an unknown unit and 400 for a bad quarter', async () => {
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/public/scoreboard?unit=KHONGCO',
    });
    expect(unknown.statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'GET', url: '/api/public/scoreboard?quarter=5' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('public scoreboard rate limit', () => {
  it('answers 429 past the per-address limit', async () => {
    const limited = await createTestApp({ publicRateLimitPerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push(
          (await limited.app.inject({ method: 'GET', url: '/api/public/scoreboard?year=2021' }))
            .statusCode,
        );
      expect(codes).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
