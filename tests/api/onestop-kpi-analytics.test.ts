import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * KPI trend and league table (issue 4 KPI page, issue 5 league tables) from the daily rollups, on
 * a hand-made 2021 set imported with its own dates (08:00 to 08:00 of the next working day is one
 * working day; no holiday falls in these weeks). Dossiers sit on month and quarter edges:
 *
 * | dossier | unit  | received (08:00) | channel | due (17:00) | result (08:00)  | apology | rating |
 * |---------|-------|------------------|---------|-------------|-----------------|---------|--------|
 * | b1      | 18406 | Mon 01/03        | online  | 04/03       | 02/03 on time   |         | 3      |
 * | b2      | 18406 | Mon 01/03        | counter | 04/03       | 05/03 late      | 03/03   |        |
 * | a1      | 443   | Wed 31/03        | counter | 05/04       | 01/04 on time   |         | 5      |
 * | a2      | 443   | Thu 01/04        | online  | 06/04       | 02/04 on time   |         | 4      |
 * | c1      | 18415 | Thu 01/04        | online  | 06/04       | 02/04 on time   |         | 5      |
 * | b3      | 18406 | Wed 30/06        | counter | 05/07       | 06/07 late      |         |        |
 * | c2      | 18415 | Thu 01/07        | online  | 06/07       | pending         |         |        |
 * | e1      | 445   | Mon 01/03        | counter | 04/03       | 02/03 on time   |         |        |
 *
 * b2 takes 4 working days (Mon → Fri), b3 4 (Wed 30/06 → Tue 06/07), the others 1.
 */
let t: TestApp;
const header =
  'code,procedure_code,unit_code,channel,received_at,due_at,finished_at,apology_issued_at,rating,applicant_phone';
const district = '1.001612';
const commune = '1.004873';
const at = (day: string, time = '08:00') => `${day}T${time}:00+07:00`;
const rows = [
  [
    '18406-210301-0001',
    commune,
    '18406',
    'online',
    '2021-03-01',
    '2021-03-04',
    '2021-03-02',
    '',
    '3',
  ],
  [
    '18406-210301-0002',
    commune,
    '18406',
    'counter',
    '2021-03-01',
    '2021-03-04',
    '2021-03-05',
    '2021-03-03',
    '',
  ],
  [
    '443-210331-0001',
    district,
    '443',
    'counter',
    '2021-03-31',
    '2021-04-05',
    '2021-04-01',
    '',
    '5',
  ],
  ['443-210401-0001', district, '443', 'online', '2021-04-01', '2021-04-06', '2021-04-02', '', '4'],
  [
    '18415-210401-0001',
    commune,
    '18415',
    'online',
    '2021-04-01',
    '2021-04-06',
    '2021-04-02',
    '',
    '5',
  ],
  [
    '18406-210630-0001',
    commune,
    '18406',
    'counter',
    '2021-06-30',
    '2021-07-05',
    '2021-07-06',
    '',
    '',
  ],
  ['18415-210701-0001', commune, '18415', 'online', '2021-07-01', '2021-07-06', '', '', ''],
  ['445-210301-0001', district, '445', 'counter', '2021-03-01', '2021-03-04', '2021-03-02', '', ''],
].map(([code, procedure, unit, channel, received, due, finished, apology, rating]) =>
  [
    code,
    procedure,
    unit,
    channel,
    at(received as string),
    at(due as string, '17:00'),
    finished ? at(finished) : '',
    apology ? at(apology, '09:00') : '',
    rating,
    '',
  ].join(','),
);

const get = (user: string, url: string) => t.as(user, { method: 'GET', url });

async function ok(user: string, url: string) {
  const response = await get(user, url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const zero = {
  received: 0,
  finished: 0,
  withdrawn: 0,
  pending: 0,
  onTime: 0,
  late: 0,
  onTimeRate: null,
  online: 0,
  onlineRate: null,
  overdueWithoutApology: 0,
  rated: 0,
  satisfied: 0,
  satisfactionRate: null,
  averageProcessingWorkingDays: null,
};

beforeAll(async () => {
  t = await createTestApp();
  const imported = await t.as('admin', {
    method: 'POST',
    url: '/api/onestop/dossiers/import',
    headers: { 'content-type': 'text/csv' },
    payload: [header, ...rows].join('\n'),
  });
  expect(imported.statusCode, imported.body).toBe(200);
  for (const user of ['canloc', 'thachha', 'snv', 'motcuaxa']) await t.tokenOf(user);
});
afterAll(() => t.close());

describe('GET /api/onestop/kpi/series', () => {
  it('is exact month by month across the March/April and June/July edges', async () => {
    const body = await ok(
      'canloc',
      '/api/onestop/kpi/series?unit=443&from=2021-03-01&to=2021-07-31',
    );
    expect(body).toMatchObject({
      unit: { code: '443', name: 'Huyện Can Lộc', kind: 'district' },
      from: '2021-03-01',
      to: '2021-07-31',
      granularity: 'month',
    });
    expect(body.items).toEqual([
      {
        period: '2021-03',
        from: '2021-03-01',
        to: '2021-03-31',
        ...zero,
        // b1, b2, a1: a1 received on 31 March stays in March though it ended in April.
        received: 3,
        finished: 3,
        onTime: 2,
        late: 1,
        onTimeRate: 66.67,
        online: 1,
        onlineRate: 33.33,
        rated: 2,
        satisfied: 1,
        satisfactionRate: 50,
        // (1 + 4 + 1) working days over 3 results.
        averageProcessingWorkingDays: 2,
      },
      {
        period: '2021-04',
        from: '2021-04-01',
        to: '2021-04-30',
        ...zero,
        received: 2,
        finished: 2,
        onTime: 2,
        onTimeRate: 100,
        online: 2,
        onlineRate: 100,
        rated: 2,
        satisfied: 2,
        satisfactionRate: 100,
        averageProcessingWorkingDays: 1,
      },
      { period: '2021-05', from: '2021-05-01', to: '2021-05-31', ...zero },
      {
        period: '2021-06',
        from: '2021-06-01',
        to: '2021-06-30',
        ...zero,
        received: 1,
        finished: 1,
        late: 1,
        onTimeRate: 0,
        onlineRate: 0,
        overdueWithoutApology: 1,
        averageProcessingWorkingDays: 4,
      },
      {
        period: '2021-07',
        from: '2021-07-01',
        to: '2021-07-31',
        ...zero,
        received: 1,
        pending: 1,
        online: 1,
        onlineRate: 100,
      },
    ]);
  });

  it('cuts quarters, clips the first and last one to the window, and adds up to the KPI', async () => {
    const body = await ok(
      'canloc',
      '/api/onestop/kpi/series?unit=443&from=2021-03-15&to=2021-07-01&granularity=quarter',
    );
    expect(
      body.items.map((i: { period: string; from: string; to: string }) => [i.period, i.from, i.to]),
    ).toEqual([
      ['2021Q1', '2021-03-15', '2021-03-31'],
      ['2021Q2', '2021-04-01', '2021-06-30'],
      ['2021Q3', '2021-07-01', '2021-07-01'],
    ]);
    expect(body.items[0]).toMatchObject({ received: 1, onTime: 1, onTimeRate: 100 });
    expect(body.items[1]).toMatchObject({
      received: 3,
      finished: 3,
      onTime: 2,
      late: 1,
      onTimeRate: 66.67,
      online: 2,
      onlineRate: 66.67,
      overdueWithoutApology: 1,
      rated: 2,
      satisfied: 2,
      satisfactionRate: 100,
      averageProcessingWorkingDays: 2,
    });
    expect(body.items[2]).toMatchObject({ received: 1, pending: 1 });
    const whole = await ok('canloc', '/api/onestop/kpi?unit=443&from=2021-03-15&to=2021-07-01');
    expect(whole.received).toBe(5);
    expect(whole.late).toBe(1);
  });

  it('narrows to a commune, and refuses other districts, reversed and overlong windows', async () => {
    const commune18406 = await ok(
      'canloc',
      '/api/onestop/kpi/series?unit=18406&from=2021-01-01&to=2021-12-31&granularity=quarter',
    );
    expect(commune18406.items.map((i: { received: number }) => i.received)).toEqual([2, 1, 0, 0]);
    const intruder = await get(
      'thachha',
      '/api/onestop/kpi/series?unit=443&from=2021-01-01&to=2021-12-31',
    );
    expect(intruder.statusCode).toBe(403);
    expect(intruder.json().error.code).toBe('out_of_scope');
    expect(
      (await get('thachha', '/api/onestop/kpi/series?unit=42&from=2021-01-01&to=2021-12-31'))
        .statusCode,
    ).toBe(403);
    expect(
      (await get('canloc', '/api/onestop/kpi/series?unit=443&from=2021-03-02&to=2021-03-01'))
        .statusCode,
    ).toBe(400);
    expect(
      (await get('canloc', '/api/onestop/kpi/series?unit=443&from=2001-01-01&to=2021-12-31'))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await get(
          'canloc',
          '/api/onestop/kpi/series?unit=443&from=2021-01-01&to=2021-12-31&granularity=week',
        )
      ).statusCode,
    ).toBe(400);
  });
});

describe('GET /api/onestop/kpi/units', () => {
  const q2 = 'from=2021-04-01&to=2021-06-30';

  it('ranks the communes of a district with the previous quarter and the change', async () => {
    const body = await ok('canloc', `/api/onestop/kpi/units?unit=443&${q2}&pageSize=2`);
    expect(body).toMatchObject({
      unit: { code: '443', name: 'Huyện Can Lộc', kind: 'district' },
      from: '2021-04-01',
      to: '2021-06-30',
      previousFrom: '2021-01-01',
      previousTo: '2021-03-31',
      total: 18,
      page: 1,
      pageSize: 2,
    });
    // Totals are the whole subtree: a2, c1, b3 now; b1, b2, a1 in the first quarter.
    expect(body.totals).toMatchObject({ received: 3, onTime: 2, late: 1, onTimeRate: 66.67 });
    expect(body.totals.previous).toMatchObject({
      received: 3,
      onTime: 2,
      late: 1,
      onTimeRate: 66.67,
    });
    // The district's own dossier a2, outside every commune.
    expect(body.own).toMatchObject({ received: 1, onTime: 1, onTimeRate: 100, online: 1 });
    expect(body.items).toEqual([
      {
        unit: { code: '18415', name: 'Xã Thiên Lộc', kind: 'commune' },
        hasChildren: false,
        ...zero,
        received: 1,
        finished: 1,
        onTime: 1,
        onTimeRate: 100,
        online: 1,
        onlineRate: 100,
        rated: 1,
        satisfied: 1,
        satisfactionRate: 100,
        averageProcessingWorkingDays: 1,
        previous: zero,
        change: {
          received: 1,
          onTimeRate: null,
          onlineRate: null,
          satisfactionRate: null,
          overdueWithoutApology: 0,
          averageProcessingWorkingDays: null,
        },
      },
      {
        unit: { code: '18406', name: 'Thị trấn Nghèn', kind: 'commune' },
        hasChildren: false,
        ...zero,
        received: 1,
        finished: 1,
        late: 1,
        onTimeRate: 0,
        onlineRate: 0,
        overdueWithoutApology: 1,
        averageProcessingWorkingDays: 4,
        previous: {
          ...zero,
          received: 2,
          finished: 2,
          onTime: 1,
          late: 1,
          onTimeRate: 50,
          online: 1,
          onlineRate: 50,
          rated: 1,
          satisfactionRate: 0,
          averageProcessingWorkingDays: 2.5,
        },
        change: {
          received: -1,
          onTimeRate: -50,
          onlineRate: -50,
          satisfactionRate: null,
          overdueWithoutApology: 1,
          averageProcessingWorkingDays: 1.5,
        },
      },
    ]);
  });

  it('sorts either way with units without a figure last, pages, and searches', async () => {
    const ascending = await ok(
      'canloc',
      `/api/onestop/kpi/units?unit=443&${q2}&sort=onTimeRate&order=asc&pageSize=3`,
    );
    expect(ascending.items.map((i: { unit: { code: string } }) => i.unit.code).slice(0, 2)).toEqual(
      ['18406', '18415'],
    );
    expect(ascending.items[2].onTimeRate).toBeNull();
    const byName = await ok(
      'canloc',
      `/api/onestop/kpi/units?unit=443&${q2}&sort=name&order=asc&page=2&pageSize=5`,
    );
    expect(byName).toMatchObject({ total: 18, page: 2 });
    expect(byName.items).toHaveLength(5);
    const searched = await ok('canloc', `/api/onestop/kpi/units?unit=443&${q2}&search=thien loc`);
    expect(searched.items.map((i: { unit: { code: string } }) => i.unit.code)).toEqual(['18415']);
    expect(searched.total).toBe(1);
  });

  it('drills down from the province: districts carry their subtree and a drill-down flag', async () => {
    const body = await ok(
      'snv',
      '/api/onestop/kpi/units?unit=42&from=2021-01-01&to=2021-12-31&pageSize=100',
    );
    const canLoc = body.items.find((i: { unit: { code: string } }) => i.unit.code === '443');
    expect(canLoc).toMatchObject({
      hasChildren: true,
      received: 7,
      onTime: 4,
      late: 2,
      onTimeRate: 66.67,
    });
    const thachHa = body.items.find((i: { unit: { code: string } }) => i.unit.code === '445');
    expect(thachHa).toMatchObject({ received: 1, onTime: 1, onTimeRate: 100 });
    expect(body.totals.received).toBe(8);
    expect(body.items[0].unit.code).toBe('445');
    expect(body.own.received).toBe(0);
  });

  it('refuses a district officer another district and the province', async () => {
    const other = await get('thachha', `/api/onestop/kpi/units?unit=443&${q2}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('out_of_scope');
    expect((await get('thachha', `/api/onestop/kpi/units?unit=42&${q2}`)).statusCode).toBe(403);
    expect(
      (await get('canloc', `/api/onestop/kpi/units?unit=443&${q2}&sort=colour`)).statusCode,
    ).toBe(400);
    // A commune clerk sees its own commune (no children) but not its district.
    const own = await ok('motcuaxa', `/api/onestop/kpi/units?unit=18406&${q2}`);
    expect(own).toMatchObject({ total: 0, items: [], own: { received: 1, late: 1 } });
    expect((await get('motcuaxa', `/api/onestop/kpi/units?unit=443&${q2}`)).statusCode).toBe(403);
  });

  it('exports the whole table, sorted as asked, to xlsx', async () => {
    const response = await get(
      'canloc',
      `/api/onestop/kpi/units.xlsx?unit=443&${q2}&sort=onTimeRate&order=desc`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain(
      'chi-so-mot-cua-443-2021-04-01-2021-06-30.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getCell('A1').value)).toContain('Huyện Can Lộc');
    expect(String(sheet.getCell('A2').value)).toContain('01/04/2021');
    expect(sheet.getRow(4).getCell(10).value).toBe('Tỷ lệ đúng hạn (%)');
    expect(sheet.getRow(5).values).toEqual(expect.arrayContaining(['18415', 'Xã Thiên Lộc', 100]));
    expect(sheet.getRow(6).getCell(2).value).toBe('18406');
    expect(sheet.getRow(6).getCell(11).value).toBe(50);
    expect(sheet.getRow(6).getCell(12).value).toBe(-50);
    // 18 communes, the district's own row, the totals.
    expect(sheet.getRow(4 + 18 + 1).getCell(3).value).toBe('Huyện Can Lộc (trực tiếp giải quyết)');
    expect(sheet.getRow(4 + 18 + 2).getCell(3).value).toBe('Tổng cộng');
    expect(sheet.getRow(4 + 18 + 2).getCell(5).value).toBe(3);
    expect((await get('thachha', `/api/onestop/kpi/units.xlsx?unit=443&${q2}`)).statusCode).toBe(
      403,
    );
  });
});

describe('GET /api/onestop/dossiers drill-down filters', () => {
  it('lists the dossiers behind a late or overdue-without-apology figure', async () => {
    const late = await ok(
      'canloc',
      '/api/onestop/dossiers?unit=18406&timeliness=late&receivedFrom=2021-04-01&receivedTo=2021-06-30',
    );
    expect(late.items.map((d: { code: string }) => d.code)).toEqual(['18406-210630-0001']);
    const bothLate = await ok('canloc', '/api/onestop/dossiers?unit=443&timeliness=late');
    expect(bothLate.total).toBe(2);
    const withoutApology = await ok(
      'canloc',
      '/api/onestop/dossiers?unit=443&overdueWithoutApology=true',
    );
    expect(withoutApology.items.map((d: { code: string }) => d.code)).toEqual([
      '18406-210630-0001',
    ]);
    const march = await ok(
      'canloc',
      '/api/onestop/dossiers?unit=443&receivedFrom=2021-03-01&receivedTo=2021-03-31',
    );
    expect(march.total).toBe(3);
  });
});
