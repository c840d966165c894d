import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * Live KPIs from the daily rollups (issue 4), on a hand-made set received on Monday 1 March 2021
 * at 08:00 (3-working-day procedures, due Thursday 4 March 17:00):
 *
 * | dossier | unit  | channel | outcome                                  | rating |
 * |---------|-------|---------|------------------------------------------|--------|
 * | d1–d5   | 443   | d1, d2 online | finished Tuesday 08:00 (1 working day) | d1 5, d2 4, d3 3 |
 * | d6, d7  | 18406 | d6 online | finished Tuesday 08:00                  | d6 1   |
 * | d8      | 18406 | counter | apology, finished Friday 08:00 (late)    |        |
 * | d9      | 18406 | counter | finished Friday 08:00 (late, no apology) |        |
 * | d10     | 18406 | online  | pending                                  |        |
 * | e1      | 445   | counter | finished Tuesday 08:00 (another district)|        |
 */
let t: TestApp;
const base = '/api/onestop/dossiers';
const password = 'mot-cua-thu-2021';

function at(local: string) {
  vi.setSystemTime(new Date(`${local}:00+07:00`));
}

async function receive(user: string, unit: string, procedureCode: string, channel: string) {
  const response = await t.as(user, {
    method: 'POST',
    url: base,
    payload: {
      procedureCode,
      receivingUnitCode: unit,
      applicant: { name: 'Lê Văn Tâm' },
      channel,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().code as string;
}

async function act(user: string, code: string, path: string, payload: object = {}) {
  const response = await t.as(user, { method: 'POST', url: `${base}/${code}/${path}`, payload });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const kpi = (user: string, query: string) =>
  t.as(user, { method: 'GET', url: `/api/onestop/kpi?${query}` });

beforeAll(async () => {
  t = await createTestApp();
  const created = await t.as('admin', {
    method: 'POST',
    url: '/api/users',
    payload: {
      username: 'motcua445',
      fullName: 'Cán bộ một cửa Thạch Hà',
      password,
      roles: [{ role: 'onestop_clerk', unitCode: '445' }],
    },
  });
  expect(created.statusCode).toBe(201);
  await t.tokenOf('motcua445', password);
  for (const user of ['kiemnhiem', 'motcuaxa', 'canloc', 'thachha', 'admin', 'lanhdao']) {
    await t.tokenOf(user);
  }
  vi.useFakeTimers({ toFake: ['Date'] });

  const district = '1.001612';
  const commune = '1.004873';
  at('2021-03-01T08:00');
  const d = [
    await receive('kiemnhiem', '443', district, 'online'),
    await receive('kiemnhiem', '443', district, 'online'),
    await receive('kiemnhiem', '443', district, 'counter'),
    await receive('kiemnhiem', '443', district, 'counter'),
    await receive('kiemnhiem', '443', district, 'counter'),
    await receive('motcuaxa', '18406', commune, 'online'),
    await receive('motcuaxa', '18406', commune, 'counter'),
    await receive('motcuaxa', '18406', commune, 'counter'),
    await receive('motcuaxa', '18406', commune, 'counter'),
    await receive('motcuaxa', '18406', commune, 'online'),
  ];
  const e1 = await receive('motcua445', '445', district, 'counter');
  // Outside the window: received the next month.
  at('2021-04-01T08:00');
  await receive('kiemnhiem', '443', district, 'online');

  at('2021-03-02T08:00');
  for (const code of d.slice(0, 7)) {
    await act(code.startsWith('443') ? 'kiemnhiem' : 'motcuaxa', code, 'finish');
  }
  await act('motcua445', e1, 'finish');
  await act('motcuaxa', d[7] as string, 'apology', {
    reason: 'Cần xác minh',
    newDueAt: '2021-03-08T17:00:00+07:00',
  });
  at('2021-03-05T08:00');
  await act('motcuaxa', d[7] as string, 'finish');
  await act('motcuaxa', d[8] as string, 'finish');
  at('2021-03-06T09:00');
  for (const [index, rating] of [
    [0, 5],
    [1, 4],
    [2, 3],
    [5, 1],
  ] as const) {
    await act('kiemnhiem', d[index] as string, 'rating', { rating });
  }
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

const march = 'from=2021-03-01&to=2021-03-31';

describe('GET /api/onestop/kpi', () => {
  it('is exact for a district with its communes', async () => {
    const response = await kpi('canloc', `unit=443&${march}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      unit: { code: '443', name: 'Huyện Can Lộc' },
      from: '2021-03-01',
      to: '2021-03-31',
      received: 10,
      finished: 9,
      withdrawn: 0,
      pending: 1,
      onTime: 7,
      late: 2,
      onTimeRate: 77.78,
      online: 4,
      onlineRate: 40,
      overdueWithoutApology: 1,
      rated: 4,
      satisfied: 2,
      satisfactionRate: 50,
      // 7 × 1 working day + 2 × 4 working days = 15 days over 9 finished dossiers.
      averageProcessingWorkingDays: 1.67,
    });
  });

  it('narrows to one commune and leaves other districts out', async () => {
    const commune = (await kpi('canloc', `unit=18406&${march}`)).json();
    expect(commune).toMatchObject({
      received: 5,
      finished: 4,
      pending: 1,
      onTime: 2,
      late: 2,
      onTimeRate: 50,
      online: 2,
      overdueWithoutApology: 1,
      rated: 1,
      satisfied: 0,
      satisfactionRate: 0,
    });
    const other = (await kpi('thachha', `unit=445&${march}`)).json();
    expect(other).toMatchObject({ received: 1, finished: 1, onTime: 1, onTimeRate: 100 });
    const province = (await kpi('lanhdao', `unit=42&${march}`)).json();
    expect(province.received).toBe(11);
    const withApril = (await kpi('canloc', 'unit=443&from=2021-03-01&to=2021-04-30')).json();
    expect(withApril.received).toBe(11);
    expect(withApril.onlineRate).toBe(45.45);
  });

  it('combines whole months with the edge days of partial months exactly', async () => {
    // Whole March (monthly rows) with 15–28 February and 1 April at the edges (daily rows).
    const edges = (await kpi('canloc', 'unit=443&from=2021-02-15&to=2021-04-01')).json();
    expect(edges).toMatchObject({ received: 11, online: 5, finished: 9, onTime: 7, late: 2 });
    // 1 March left out at the edge: only the dossier of 1 April remains.
    const after = (await kpi('canloc', 'unit=443&from=2021-03-02&to=2021-04-30')).json();
    expect(after).toMatchObject({ received: 1, online: 1, finished: 0 });
    // Whole months only; and a window inside one month reads days only.
    const year = (await kpi('lanhdao', 'unit=42&from=2021-01-01&to=2021-12-31')).json();
    expect(year).toMatchObject({ received: 12, finished: 10, late: 2, rated: 4, satisfied: 2 });
    const marchDays = (await kpi('canloc', 'unit=443&from=2021-03-01&to=2021-03-30')).json();
    expect(marchDays).toMatchObject({ received: 10, finished: 9, overdueWithoutApology: 1 });
    // The monthly rollup is the sum of its daily rows, counter by counter.
    const mismatches = (await t.db.execute(sql`
      select m.unit_id, m.month from onestop_kpi_monthly m
      full join (
        select province_code, unit_id, date_trunc('month', day)::date as month,
          sum(received) as received, sum(finished) as finished, sum(on_time) as on_time,
          sum(late) as late, sum(online) as online, sum(rated) as rated,
          sum(satisfied) as satisfied, sum(overdue_without_apology) as owa,
          sum(processing_working_minutes_sum) as minutes
        from onestop_kpi_daily group by 1, 2, 3
      ) d on d.province_code = m.province_code and d.unit_id = m.unit_id and d.month = m.month
      where d.unit_id is null or m.unit_id is null or m.received <> d.received
        or m.finished <> d.finished or m.on_time <> d.on_time or m.late <> d.late
        or m.online <> d.online or m.rated <> d.rated or m.satisfied <> d.satisfied
        or m.overdue_without_apology <> d.owa or m.processing_working_minutes_sum <> d.minutes`)) as unknown as {
      rows: unknown[];
    };
    expect(mismatches.rows).toEqual([]);
  });

  it('counts a withdrawal as ended, judged on time or late, with no processing time', async () => {
    at('2021-05-04T08:00');
    const code = await receive('motcuaxa', '18406', '1.004873', 'counter');
    at('2021-05-05T08:00');
    const withdrawn = await act('motcuaxa', code, 'withdraw', { note: 'Người dân rút hồ sơ' });
    expect(withdrawn).toMatchObject({ state: 'withdrawn', nationalStatusCode: 7 });
    const may = (await kpi('canloc', 'unit=18406&from=2021-05-01&to=2021-05-31')).json();
    expect(may).toMatchObject({
      received: 1,
      finished: 0,
      withdrawn: 1,
      pending: 0,
      onTime: 1,
      late: 0,
      onTimeRate: 100,
      averageProcessingWorkingDays: null,
    });
  });

  it('answers null rates on an empty window, refuses a reversed one and other subtrees', async () => {
    const empty = (await kpi('canloc', 'unit=443&from=2020-01-01&to=2020-12-31')).json();
    expect(empty).toMatchObject({
      received: 0,
      onTimeRate: null,
      onlineRate: null,
      satisfactionRate: null,
      averageProcessingWorkingDays: null,
    });
    expect((await kpi('canloc', 'unit=443&from=2021-03-31&to=2021-03-01')).statusCode).toBe(400);
    const outside = await kpi('thachha', `unit=443&${march}`);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('out_of_scope');
    expect((await kpi('motcuaxa', `unit=443&${march}`)).statusCode).toBe(403);
  });
});
