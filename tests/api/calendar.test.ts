import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * Working-time calendar through the API (issue 4). Sources: vn-public-holidays.json (official
 * years 2020–2025, 2026 expected), vn-regulations.md §1 (Bộ luật Dân sự 2015 Art. 147–148:
 * the day of receipt is not counted, a period ends at the close of its last working day;
 * NĐ 61/2018: a dossier received after 15:00 counts from the next working day).
 */
let t: TestApp;
const password = 'lich-lam-viec-2021';

beforeAll(async () => {
  t = await createTestApp();
  // A district's administrator holds system_admin, and so calendar.manage, over Can Lộc only.
  const created = await t.as('admin', {
    method: 'POST',
    url: '/api/users',
    payload: {
      username: 'qtcanloc',
      fullName: 'Quản trị Can Lộc',
      password,
      roles: [{ role: 'system_admin', unitCode: '443' }],
    },
  });
  expect(created.statusCode).toBe(201);
  await t.tokenOf('qtcanloc', password);
});
afterAll(() => t.close());

async function dueDate(query: string) {
  return t.app.inject({ method: 'GET', url: `/api/calendar/due-date?${query}` });
}

async function dueAt(receivedAt: string, workingDays: number | string): Promise<string> {
  const response = await dueDate(
    `receivedAt=${encodeURIComponent(receivedAt)}&workingDays=${workingDays}`,
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json().dueAt;
}

async function nonWorkingDays(year: number | string) {
  return t.app.inject({ method: 'GET', url: `/api/calendar/non-working-days?year=${year}` });
}

/** Tết 2021 as the notice gives it, plus Tuesday 09/02 as an imagined extra day off. */
const tet2021WithExtraDay = {
  status: 'official',
  sourceDocument: 'Thông báo thử nghiệm số 01/TB-TEST',
  note: 'Năm 2021 nhập tay để thử: thêm nghỉ ngày 09/02',
  days: [
    { date: '2021-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
    { date: '2021-02-09', name: 'Tết Nguyên đán (thêm)', kind: 'holiday' },
    ...['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16'].map((date) => ({
      date,
      name: 'Tết Nguyên đán',
      kind: 'holiday',
    })),
    { date: '2021-04-21', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday' },
    { date: '2021-04-30', name: 'Ngày Chiến thắng', kind: 'holiday' },
    { date: '2021-05-03', name: 'Nghỉ bù Quốc tế Lao động', kind: 'compensatory' },
    { date: '2021-09-02', name: 'Quốc khánh', kind: 'holiday' },
    { date: '2021-09-03', name: 'Quốc khánh', kind: 'holiday' },
  ],
};

describe('GET /api/calendar/due-date', () => {
  it('moves a dossier received 15:01 on Friday 05/02/2021 with 3 working days past Tết: counted from Monday 08/02, due 17:00 Thursday 18/02', async () => {
    const response = await dueDate(
      `receivedAt=${encodeURIComponent('2021-02-05T15:01:00+07:00')}&workingDays=3`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      receivedAt: '2021-02-05T15:01:00+07:00',
      countedFrom: '2021-02-08T07:30:00+07:00',
      dueAt: '2021-02-18T17:00:00+07:00',
      limit: { amount: 3, unit: 'working_days' },
      projected: false,
    });
  });

  it('gives a dossier received at 14:59 the same Friday a day less than one received at 15:01 (NĐ 61/2018 cut-off)', async () => {
    expect(await dueAt('2021-02-05T14:59:00+07:00', 3)).toBe('2021-02-17T17:00:00+07:00');
    expect(await dueAt('2021-02-05T15:01:00+07:00', 3)).toBe('2021-02-18T17:00:00+07:00');
  });

  it('reads any offset and answers in +07:00: 07:59 UTC is 14:59 in Việt Nam', async () => {
    expect(await dueAt('2021-02-05T07:59:00Z', 3)).toBe('2021-02-17T17:00:00+07:00');
  });

  it('puts back a "+" of the offset sent unencoded (it arrives as a space)', async () => {
    const response = await dueDate('receivedAt=2021-02-05T14:59:00+07:00&workingDays=3');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().dueAt).toBe('2021-02-17T17:00:00+07:00');
  });

  it('counts the Saturday worked in exchange (04/05/2024, làm bù) as a working day', async () => {
    expect(await dueAt('2024-05-03T10:00:00+07:00', 1)).toBe('2024-05-04T17:00:00+07:00');
  });

  it('counts half a working day session by session: morning receipt due that afternoon, afternoon receipt due next morning', async () => {
    const morning = await dueDate(
      `receivedAt=${encodeURIComponent('2021-03-08T09:00:00+07:00')}&workingDays=0.5`,
    );
    expect(morning.json()).toMatchObject({
      dueAt: '2021-03-08T17:00:00+07:00',
      limit: { amount: 1, unit: 'half_days' },
    });
    expect(await dueAt('2021-03-08T14:00:00+07:00', 0.5)).toBe('2021-03-09T11:30:00+07:00');
    expect(await dueAt('2021-03-08T14:00:00+07:00', 2.5)).toBe('2021-03-11T11:30:00+07:00');
  });

  it('accepts a limit in hours or calendar days (unit + amount); a calendar period ending on Tết moves to 17/02/2021', async () => {
    const hours = await dueDate(
      `receivedAt=${encodeURIComponent('2021-03-08T09:00:00+07:00')}&unit=hours&amount=4`,
    );
    expect(hours.json()).toMatchObject({
      dueAt: '2021-03-08T15:00:00+07:00',
      limit: { amount: 4, unit: 'hours' },
    });
    const days = await dueDate(
      `receivedAt=${encodeURIComponent('2021-02-01T09:00:00+07:00')}&unit=calendar_days&amount=10`,
    );
    expect(days.json().dueAt).toBe('2021-02-17T17:00:00+07:00');
  });

  it('marks a due date counted through a year without an official notice as projected', async () => {
    const response = await dueDate(
      `receivedAt=${encodeURIComponent('2030-03-04T09:00:00+07:00')}&workingDays=3`,
    );
    expect(response.json()).toMatchObject({ dueAt: '2030-03-07T17:00:00+07:00', projected: true });
  });

  it('answers 400 in Vietnamese to a receivedAt without an offset', async () => {
    const response = await dueDate('receivedAt=2021-02-05T15:01:00&workingDays=3');
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([
      expect.objectContaining({
        path: 'querystring.receivedAt',
        message: expect.stringContaining('múi giờ'),
      }),
    ]);
  });

  it('answers 400 to a limit that is missing, negative, not a half, or given twice', async () => {
    const receivedAt = encodeURIComponent('2021-02-05T09:00:00+07:00');
    for (const limit of [
      '',
      'workingDays=0',
      'workingDays=-1',
      'workingDays=1.3',
      'workingDays=abc',
      'workingDays=2&unit=hours&amount=3',
      'unit=working_days&amount=1.5',
      'unit=weeks&amount=1',
    ]) {
      const response = await dueDate(`receivedAt=${receivedAt}&${limit}`);
      expect(response.statusCode, limit).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
  });

  it('answers 422 calendar_year_unsupported to a receipt before 2014', async () => {
    const response = await dueDate(
      `receivedAt=${encodeURIComponent('2013-05-06T09:00:00+07:00')}&workingDays=1`,
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'calendar_year_unsupported',
      details: { year: 2013, min: 2014, max: 2198 },
    });
  });
});

describe('GET /api/calendar/non-working-days', () => {
  it('lists 2021 from the built-in official data: Tết 10–16/02 (weekdays), Giỗ Tổ 21/04, Quốc khánh 02/09 and 03/09', async () => {
    const response = await nonWorkingDays(2021);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ year: 2021, status: 'official', source: 'built_in' });
    const dates = body.items.map((d: { date: string }) => d.date);
    for (const date of [
      '2021-02-10',
      '2021-02-11',
      '2021-02-12',
      '2021-02-15',
      '2021-02-16',
      '2021-04-21',
      '2021-09-02',
      '2021-09-03',
    ]) {
      expect(dates).toContain(date);
    }
    // Saturday 13 and Sunday 14/02 are rest days anyway: only departures from the week are listed.
    expect(dates).not.toContain('2021-02-13');
    expect(body.items.find((d: { date: string }) => d.date === '2021-04-21')).toEqual({
      date: '2021-04-21',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      kind: 'holiday',
      workingDay: false,
      projected: false,
      source: 'built_in',
    });
    expect(body.items.find((d: { date: string }) => d.date === '2021-05-03')).toMatchObject({
      kind: 'compensatory',
    });
  });

  it('shows the 2024 swap as two days of kind swap: Monday 29/04 off, Saturday 04/05 worked', async () => {
    const items = (await nonWorkingDays(2024)).json().items as Array<{
      date: string;
      kind: string;
      workingDay: boolean;
    }>;
    expect(items.find((d) => d.date === '2024-04-29')).toMatchObject({
      kind: 'swap',
      workingDay: false,
    });
    expect(items.find((d) => d.date === '2024-05-04')).toMatchObject({
      kind: 'swap',
      workingDay: true,
    });
  });

  it('marks 2026 (expected) and 2030 (no data: projected by the Labour Code rules) as projected', async () => {
    const expected = (await nonWorkingDays(2026)).json();
    expect(expected).toMatchObject({ status: 'expected', source: 'built_in' });
    expect(expected.items.every((d: { projected: boolean }) => d.projected)).toBe(true);

    const projected = (await nonWorkingDays(2030)).json();
    expect(projected).toMatchObject({ year: 2030, status: 'projected', source: 'projection' });
    expect(projected.items.length).toBeGreaterThan(8);
    expect(
      projected.items.every(
        (d: { projected: boolean; source: string }) => d.projected && d.source === 'projection',
      ),
    ).toBe(true);
    // Quốc khánh 2030 is a Monday: 02/09 and Tuesday 03/09 (rules.nationalDayProjection).
    const dates = projected.items.map((d: { date: string }) => d.date);
    expect(dates).toEqual(expect.arrayContaining(['2030-09-02', '2030-09-03']));
  });

  it('answers 400 to a year that is not a number and 422 calendar_year_unsupported outside 2014–2198', async () => {
    expect((await nonWorkingDays('abc')).statusCode).toBe(400);
    expect((await nonWorkingDays('')).statusCode).toBe(400);
    for (const year of [2013, 2199]) {
      const response = await nonWorkingDays(year);
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe('calendar_year_unsupported');
    }
  });
});

describe('administrator years', () => {
  it('lists the years with status and source, built-in 2020–2026 and projections for the coming years', async () => {
    const response = await t.as('admin', { method: 'GET', url: '/api/calendar/years' });
    expect(response.statusCode).toBe(200);
    const { items, total } = response.json();
    expect(total).toBe(items.length);
    expect(items.find((y: { year: number }) => y.year === 2021)).toMatchObject({
      status: 'official',
      source: 'built_in',
      hasBuiltIn: true,
      dayCount: 11,
    });
    expect(items.find((y: { year: number }) => y.year === 2026)).toMatchObject({
      status: 'expected',
      source: 'built_in',
    });
  });

  it("overrides the built-in year with the administrator's: the due date moves, and DELETE restores it", async () => {
    const receivedAt = '2021-02-05T14:59:00+07:00';
    expect(await dueAt(receivedAt, 3)).toBe('2021-02-17T17:00:00+07:00');

    const saved = await t.as('admin', {
      method: 'PUT',
      url: '/api/calendar/years/2021',
      payload: tet2021WithExtraDay,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      year: 2021,
      status: 'official',
      source: 'administrator',
      hasBuiltIn: true,
      sourceDocument: 'Thông báo thử nghiệm số 01/TB-TEST',
      dayCount: 12,
      updatedBy: 'admin',
    });
    // 08/02, then 09/02 is now off and 10–16/02 are Tết: 17/02, 18/02.
    expect(await dueAt(receivedAt, 3)).toBe('2021-02-18T17:00:00+07:00');
    const listed = (await nonWorkingDays(2021)).json();
    expect(listed).toMatchObject({
      source: 'administrator',
      sourceDocument: 'Thông báo thử nghiệm số 01/TB-TEST',
    });
    expect(listed.items.find((d: { date: string }) => d.date === '2021-02-09')).toMatchObject({
      name: 'Tết Nguyên đán (thêm)',
      source: 'administrator',
    });

    const deleted = await t.as('admin', { method: 'DELETE', url: '/api/calendar/years/2021' });
    expect(deleted.statusCode).toBe(204);
    expect(await dueAt(receivedAt, 3)).toBe('2021-02-17T17:00:00+07:00');
    expect((await nonWorkingDays(2021)).json().source).toBe('built_in');

    const again = await t.as('admin', { method: 'DELETE', url: '/api/calendar/years/2021' });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('calendar_year_not_found');
  });

  it('turns a projected year into an entered one: 2030 entered as expected is no longer a projection', async () => {
    const saved = await t.as('admin', {
      method: 'PUT',
      url: '/api/calendar/years/2030',
      payload: {
        status: 'expected',
        days: [{ date: '2030-01-01', name: 'Tết Dương lịch', kind: 'holiday' }],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const listed = (await nonWorkingDays(2030)).json();
    expect(listed).toMatchObject({ status: 'expected', source: 'administrator' });
    expect(listed.items.map((d: { date: string }) => d.date)).toContain('2030-01-01');
    expect(listed.items.every((d: { projected: boolean }) => d.projected)).toBe(true);
    await t.as('admin', { method: 'DELETE', url: '/api/calendar/years/2030' });
    expect((await nonWorkingDays(2030)).json().source).toBe('projection');
  });

  it('answers 422 with every bad day of an entered year, by row, and stores nothing', async () => {
    const response = await t.as('admin', {
      method: 'PUT',
      url: '/api/calendar/years/2022',
      payload: {
        status: 'official',
        days: [
          { date: '2022-01-03', name: 'Nghỉ bù Tết Dương lịch', kind: 'compensatory' },
          { date: '2022-01-01', name: 'Tết Dương lịch (thứ Bảy)', kind: 'holiday' },
          { date: '2022-01-03', name: 'Trùng', kind: 'compensatory' },
          { date: '2022-01-05', name: 'Làm bù ngày thứ Tư', kind: 'swap_working_day' },
          { date: '2025-01-06', name: 'Xa năm', kind: 'holiday' },
        ],
      },
    });
    expect(response.statusCode).toBe(422);
    const { error } = response.json();
    expect(error.code).toBe('calendar_year_invalid');
    expect(
      error.details.map((d: { index: number; code: string }) => `${d.index}:${d.code}`),
    ).toEqual([
      '1:day_off_on_weekend',
      '2:duplicate_date',
      '3:working_day_on_weekday',
      '4:date_far_from_year',
    ]);
    expect(error.details[0].message).toMatch(/thứ Bảy/);
    expect((await nonWorkingDays(2022)).json().source).toBe('built_in');
  });

  it('answers 400 to a malformed body and 422 to a year outside 2014–2198', async () => {
    const malformed = await t.as('admin', {
      method: 'PUT',
      url: '/api/calendar/years/2022',
      payload: { status: 'projected', days: [{ date: '2022-02-30', name: '', kind: 'x' }] },
    });
    expect(malformed.statusCode).toBe(400);
    const paths = malformed.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.status',
        'body.days.0.date',
        'body.days.0.name',
        'body.days.0.kind',
      ]),
    );
    const outside = await t.as('admin', {
      method: 'PUT',
      url: '/api/calendar/years/2200',
      payload: { status: 'official', days: [] },
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.code).toBe('calendar_year_unsupported');
  });

  it("refuses a district's administrator (403 out_of_scope) and a user without the permission (403 forbidden)", async () => {
    const district = await t.as('qtcanloc', {
      method: 'PUT',
      url: '/api/calendar/years/2027',
      payload: { status: 'expected', days: [] },
    });
    expect(district.statusCode).toBe(403);
    expect(district.json().error.code).toBe('out_of_scope');
    const officer = await t.as('canloc', { method: 'GET', url: '/api/calendar/settings' });
    expect(officer.statusCode).toBe(403);
    expect(officer.json().error.code).toBe('forbidden');
    const years = (await t.as('admin', { method: 'GET', url: '/api/calendar/years' })).json();
    expect(years.items.find((y: { year: number }) => y.year === 2027)?.source).not.toBe(
      'administrator',
    );
  });

  it('audits every change with before and after', async () => {
    await t.as('admin', {
      method: 'PUT',
      url: '/api/calendar/years/2023',
      payload: { status: 'official', sourceDocument: 'TB lần 1', days: [] },
    });
    await t.as('admin', {
      method: 'PUT',
      url: '/api/calendar/years/2023',
      payload: { status: 'official', sourceDocument: 'TB lần 2', days: [] },
    });
    await t.as('admin', { method: 'DELETE', url: '/api/calendar/years/2023' });
    const audit = await t.as('admin', {
      method: 'GET',
      url: '/api/audit?entityType=calendar_year&entityId=2023&sort=occurredAt',
    });
    const items = audit.json().items as Array<{
      action: string;
      actorUsername: string;
      unitCode: string;
      before: { sourceDocument: string } | null;
      after: { sourceDocument: string } | null;
    }>;
    expect(items.map((e) => e.action)).toEqual([
      'calendar_year.created',
      'calendar_year.replaced',
      'calendar_year.deleted',
    ]);
    expect(items[0]).toMatchObject({ actorUsername: 'admin', unitCode: '42', before: null });
    expect(items[1]?.before?.sourceDocument).toBe('TB lần 1');
    expect(items[1]?.after?.sourceDocument).toBe('TB lần 2');
    expect(items[2]).toMatchObject({ before: { sourceDocument: 'TB lần 2' }, after: null });
  });
});

describe('administrator settings', () => {
  it("answers core's defaults until saved: 07:30–11:30, 13:30–17:00, cut-off 15:00", async () => {
    const response = await t.as('admin', { method: 'GET', url: '/api/calendar/settings' });
    expect(response.json()).toEqual({
      morning: { start: '07:30', end: '11:30' },
      afternoon: { start: '13:30', end: '17:00' },
      receptionCutOff: '15:00',
      isDefault: true,
      updatedAt: null,
      updatedBy: null,
    });
  });

  it('moves the cut-off to 16:00: a dossier received at 15:01 then counts from its own day; audited', async () => {
    const receivedAt = '2021-02-05T15:01:00+07:00';
    expect(await dueAt(receivedAt, 3)).toBe('2021-02-18T17:00:00+07:00');
    const saved = await t.as('admin', {
      method: 'PUT',
      url: '/api/calendar/settings',
      payload: {
        morning: { start: '07:00', end: '11:30' },
        afternoon: { start: '13:30', end: '17:00' },
        receptionCutOff: '16:00',
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ receptionCutOff: '16:00', isDefault: false });
    expect(await dueAt(receivedAt, 3)).toBe('2021-02-17T17:00:00+07:00');

    const audit = await t.as('admin', {
      method: 'GET',
      url: '/api/audit?entityType=calendar_settings',
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'calendar_settings.updated',
      before: null,
      after: { receptionCutOff: '16:00', morningStart: '07:00' },
    });
  });

  it('answers 422 to sessions out of order and 400 to a malformed time', async () => {
    const disordered = await t.as('admin', {
      method: 'PUT',
      url: '/api/calendar/settings',
      payload: {
        morning: { start: '13:30', end: '17:00' },
        afternoon: { start: '07:30', end: '11:30' },
        receptionCutOff: null,
      },
    });
    expect(disordered.statusCode).toBe(422);
    expect(disordered.json().error.code).toBe('calendar_settings_invalid');
    const malformed = await t.as('admin', {
      method: 'PUT',
      url: '/api/calendar/settings',
      payload: {
        morning: { start: '7:30', end: '11:30' },
        afternoon: { start: '13:30', end: '25:00' },
        receptionCutOff: '15:00',
      },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.morning.start',
      'body.afternoon.end',
    ]);
  });
});

describe('rate limit of the public look-ups', () => {
  it('answers 429 too_many_requests past the per-address limit', async () => {
    const limited = await createTestApp({ publicRateLimitPerMinute: 2 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const response = await limited.app.inject({
          method: 'GET',
          url: '/api/calendar/non-working-days?year=2021',
        });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) {
          expect(response.json().error.code).toBe('too_many_requests');
        }
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
