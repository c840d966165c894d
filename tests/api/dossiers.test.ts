import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseDossierCode } from '../../core/onestop/dossier-code';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * Dossiers at the desk (issue 4). The clock is set per step with a faked `Date` only; every
 * session is opened first, at the real time, so that no session expires in 2021.
 */
let t: TestApp;
const base = '/api/onestop/dossiers';
const password = 'mot-cua-thu-2021';

/** Đăng ký thành lập hộ kinh doanh: district level, 3 working days, every district leads. */
const districtProcedure = '1.001612';
/** Cấp Phiếu lý lịch tư pháp: province level (Sở Tư pháp), 10 calendar days. */
const provinceProcedure = '2.000488';

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
  expect(created.statusCode, created.body).toBe(201);
  await t.tokenOf('motcua445', password);
  for (const user of ['kiemnhiem', 'motcua', 'canloc', 'thachha', 'xulystp', 'lanhdao']) {
    await t.tokenOf(user);
  }
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

/** Sets the clock, given as Việt Nam local time `YYYY-MM-DDTHH:MM`. */
function at(local: string) {
  vi.setSystemTime(new Date(`${local}:00+07:00`));
}

const applicant = { name: 'Nguyễn Văn Ánh', phone: '0912345678', address: 'Thị trấn Nghèn' };

async function receive(
  user: string,
  payload: Record<string, unknown> = {},
): Promise<{ code: string; dueAt: string; countingFromAt: string }> {
  const response = await t.as(user, {
    method: 'POST',
    url: base,
    payload: {
      procedureCode: districtProcedure,
      receivingUnitCode: '443',
      applicant,
      channel: 'counter',
      ...payload,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const act = (user: string, code: string, path: string, payload: Record<string, unknown> = {}) =>
  t.as(user, { method: 'POST', url: `${base}/${code}/${path}`, payload });

const detail = (user: string, code: string) =>
  t.as(user, { method: 'GET', url: `${base}/${encodeURIComponent(code)}` });

describe('receiving at the counter', () => {
  it('numbers codes per receiving unit and day: <unit identifier>-YYMMDD-NNNN', async () => {
    at('2021-03-02T09:00');
    const first = await receive('kiemnhiem');
    const second = await receive('kiemnhiem');
    const atCentre = await receive('motcua', {
      procedureCode: provinceProcedure,
      receivingUnitCode: 'TTPVHCC',
    });
    at('2021-03-03T08:00');
    const nextDay = await receive('kiemnhiem');
    expect([first.code, second.code, nextDay.code]).toEqual([
      '443-210302-0001',
      '443-210302-0002',
      '443-210303-0001',
    ]);
    expect(atCentre.code).toBe('TTPVHCC-210302-0001');
    expect(parseDossierCode(atCentre.code)).toEqual({
      unitIdentifier: 'TTPVHCC',
      receivedOn: '2021-03-02',
      sequence: 1,
    });
    const body = (await detail('motcua', atCentre.code)).json();
    expect(body.handlingUnit.code).toBe('STP');
    expect(body.receivingUnit.code).toBe('TTPVHCC');
    expect(body.state).toBe('received');
    expect(body.nationalStatusCode).toBe(2);
    // 3 working days from Tuesday 09:00 end with Friday's closing (BLDS 2015 Art. 147–148).
    expect(first.dueAt).toBe('2021-03-05T17:00:00+07:00');
    expect(first.countingFromAt).toBe('2021-03-02T09:00:00+07:00');
  });

  it('after 15:00 counts from the next working day, as GET /api/calendar/due-date does (Tết 2021)', async () => {
    at('2021-02-05T15:01');
    const dossier = await receive('kiemnhiem');
    const calendar = await t.as('kiemnhiem', {
      method: 'GET',
      url: `/api/calendar/due-date?receivedAt=${encodeURIComponent('2021-02-05T15:01:00+07:00')}&workingDays=3`,
    });
    expect(calendar.statusCode).toBe(200);
    expect(dossier.code).toBe('443-210205-0001');
    expect(dossier.countingFromAt).toBe('2021-02-08T07:30:00+07:00');
    expect(dossier.dueAt).toBe(calendar.json().dueAt);
    // Counted from Monday 8 (itself not counted, BLDS 2015 Art. 147): Tuesday 9, then Tết
    // (10–16 February 2021), Wednesday 17 and Thursday 18.
    expect(dossier.dueAt).toBe('2021-02-18T17:00:00+07:00');
  });

  it('refuses a unit outside the clerk’s scope, an unpublished procedure and an ambiguous lead', async () => {
    at('2021-03-04T09:00');
    const outside = await t.as('motcua445', {
      method: 'POST',
      url: base,
      payload: { procedureCode: districtProcedure, receivingUnitCode: '443', applicant },
    });
    expect(outside.statusCode).toBe(403);
    const draft = await t.as('kiemnhiem', {
      method: 'POST',
      url: base,
      payload: { procedureCode: '1.001266', receivingUnitCode: '443', applicant },
    });
    expect(draft.statusCode).toBe(422);
    expect(draft.json().error.code).toBe('dossier_procedure_unavailable');
    const ambiguous = await t.as('motcua', {
      method: 'POST',
      url: base,
      payload: { procedureCode: districtProcedure, receivingUnitCode: 'TTPVHCC', applicant },
    });
    expect(ambiguous.statusCode).toBe(422);
    expect(ambiguous.json().error.code).toBe('dossier_handling_unit_invalid');
    const unauthorised = await t.as('canloc', {
      method: 'POST',
      url: base,
      payload: { procedureCode: districtProcedure, receivingUnitCode: '443', applicant },
    });
    expect(unauthorised.statusCode).toBe(403);
  });
});

describe('processing', () => {
  it('runs receive → hand over → supplement → received → finish → return with its log', async () => {
    at('2021-03-08T09:00');
    const { code } = await receive('kiemnhiem');
    at('2021-03-08T10:00');
    const handed = await act('kiemnhiem', code, 'hand-over', {
      toUnitCode: '18406',
      note: 'Chuyển xác minh',
    });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json().state).toBe('in_progress');
    expect(handed.json().currentUnit.code).toBe('18406');

    at('2021-03-09T10:00');
    const asked = await act('kiemnhiem', code, 'supplement-request', {
      items: ['Bản sao CCCD'],
      reason: 'Thiếu giấy tờ tùy thân',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json().state).toBe('awaiting_supplement');
    expect(asked.json().nationalStatusCode).toBe(5);
    expect(asked.json().supplementCount).toBe(1);
    const early = await act('kiemnhiem', code, 'finish', {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('dossier_state_invalid');

    // Asked within 3 working days of receipt: the limit restarts from the complete dossier.
    at('2021-03-15T09:00');
    const completed = await act('kiemnhiem', code, 'supplement-received', {});
    expect(completed.statusCode, completed.body).toBe(200);
    expect(completed.json().state).toBe('in_progress');
    expect(completed.json().countingFromAt).toBe('2021-03-15T09:00:00+07:00');
    expect(completed.json().dueAt).toBe('2021-03-18T17:00:00+07:00');

    at('2021-03-17T10:00');
    const finished = await act('kiemnhiem', code, 'finish', {
      resultNote: 'Cấp giấy chứng nhận',
      digitised: true,
    });
    expect(finished.statusCode, finished.body).toBe(200);
    expect(finished.json()).toMatchObject({
      state: 'finished',
      timeliness: 'early',
      finishedAt: '2021-03-17T10:00:00+07:00',
      result: { note: 'Cấp giấy chứng nhận', digitised: true },
    });

    at('2021-03-18T08:00');
    const returned = await act('kiemnhiem', code, 'return', { note: 'Trả tại quầy' });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().state).toBe('returned');
    expect(returned.json().nationalStatusCode).toBe(10);
    expect(returned.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'received',
      'handed_over',
      'supplement_requested',
      'supplement_received',
      'finished',
      'returned',
    ]);
    const handOver = returned.json().events[1];
    expect(handOver).toMatchObject({
      at: '2021-03-08T10:00:00+07:00',
      fromUnit: { code: '443' },
      toUnit: { code: '18406' },
      actor: 'kiemnhiem',
      note: 'Chuyển xác minh',
    });
    expect((await act('kiemnhiem', code, 'withdraw', {})).statusCode).toBe(409);
  });

  it('pauses the clock for a late supplement request and adds the wait to the appointment', async () => {
    at('2021-03-01T08:00');
    const { code, dueAt } = await receive('kiemnhiem');
    expect(dueAt).toBe('2021-03-04T17:00:00+07:00');
    at('2021-03-05T10:00');
    const asked = await act('kiemnhiem', code, 'supplement-request', {
      items: ['Đơn'],
      reason: 'Thiếu đơn',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    at('2021-03-08T10:00');
    const response = await act('kiemnhiem', code, 'supplement-received', {});
    expect(response.statusCode, response.body).toBe(200);
    const resumed = response.json();
    // Friday 10:00–17:00 is 5 working hours, Monday 07:30–10:00 is 2 h 30: one working day.
    expect(resumed.pausedWorkingMinutes).toBe(450);
    expect(resumed.dueAt).toBe('2021-03-05T17:00:00+07:00');
    expect(resumed.countingFromAt).toBe('2021-03-01T08:00:00+07:00');
  });

  it('counts a second supplement request as late, whatever the finishing time', async () => {
    at('2021-03-01T08:00');
    const { code } = await receive('kiemnhiem');
    for (const day of ['02', '03']) {
      at(`2021-03-${day}T08:00`);
      await act('kiemnhiem', code, 'supplement-request', { items: ['Đơn'], reason: 'Thiếu' });
      at(`2021-03-${day}T09:00`);
      await act('kiemnhiem', code, 'supplement-received', {});
    }
    at('2021-03-03T10:00');
    const finished = (await act('kiemnhiem', code, 'finish', {})).json();
    expect(finished.supplementCount).toBe(2);
    expect(finished.timeliness).toBe('late');
  });
});

describe('apology and new appointment (Mẫu 04)', () => {
  it('moves the appointment once; a second move is 409', async () => {
    at('2021-03-01T09:00');
    const { code } = await receive('kiemnhiem');
    at('2021-03-02T09:00');
    const before = await act('kiemnhiem', code, 'apology', {
      reason: 'Cần xác minh',
      newDueAt: '2021-03-01T17:00:00+07:00',
    });
    expect(before.statusCode).toBe(422);
    expect(before.json().error.code).toBe('dossier_new_due_invalid');
    const first = await act('kiemnhiem', code, 'apology', {
      reason: 'Cần xác minh thực địa',
      newDueAt: '2021-03-10T17:00:00+07:00',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      dueAt: '2021-03-04T17:00:00+07:00',
      extendedDueAt: '2021-03-10T17:00:00+07:00',
      apology: { issuedAt: '2021-03-02T09:00:00+07:00', apologyLate: false },
    });
    const second = await act('kiemnhiem', code, 'apology', {
      reason: 'Lại chậm',
      newDueAt: '2021-03-12T17:00:00+07:00',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('dossier_appointment_already_moved');
  });

  it('flags an apology issued later than one day before the original appointment', async () => {
    at('2021-03-01T09:00');
    const { code } = await receive('kiemnhiem');
    at('2021-03-04T10:00');
    const late = await act('kiemnhiem', code, 'apology', {
      reason: 'Chậm do hồ sơ liên thông',
      newDueAt: '2021-03-09T17:00:00+07:00',
    });
    expect(late.statusCode).toBe(200);
    expect(late.json().apology.apologyLate).toBe(true);
  });
});

describe('scope', () => {
  it('hides another unit’s dossier (404) and refuses acts without the permission (403)', async () => {
    at('2021-03-10T09:00');
    const { code } = await receive('kiemnhiem', {
      applicant: { name: 'Trần Thị Bích', phone: '0987654321' },
    });
    for (const user of ['motcua445', 'motcua', 'thachha', 'xulystp']) {
      const read = await detail(user, code);
      expect(read.statusCode, user).toBe(404);
      expect(read.json().error.code).toBe('dossier_not_found');
      const acted = await act(user, code, 'finish', {});
      expect(acted.statusCode, user).toBe(404);
    }
    expect((await detail('canloc', code)).statusCode).toBe(200);
    expect((await detail('lanhdao', code)).statusCode).toBe(200);
    const notAllowed = await act('canloc', code, 'finish', {});
    expect(notAllowed.statusCode).toBe(403);
    expect(notAllowed.json().error.code).toBe('forbidden');
    const unknown = await detail('kiemnhiem', '443-210310-9999');
    expect(unknown.json().error.code).toBe('dossier_not_found');
  });

  it('lists within scope, searches code and name without diacritics, filters overdue', async () => {
    at('2021-03-11T09:00');
    const { code } = await receive('kiemnhiem', { applicant: { name: 'Đỗ Thị Hạnh' } });
    const byName = await t.as('kiemnhiem', { method: 'GET', url: `${base}?search=do thi hanh` });
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items.map((d: { code: string }) => d.code)).toEqual([code]);
    const byCode = await t.as('canloc', { method: 'GET', url: `${base}?search=443-210311` });
    expect(byCode.json().total).toBe(1);
    const elsewhere = await t.as('thachha', { method: 'GET', url: `${base}?pageSize=100` });
    expect(elsewhere.json().total).toBe(0);
    const centre = await t.as('motcua', { method: 'GET', url: `${base}?pageSize=100` });
    expect(
      centre
        .json()
        .items.every(
          (d: { receivingUnit: { code: string } }) => d.receivingUnit.code === 'TTPVHCC',
        ),
    ).toBe(true);

    at('2021-03-20T09:00');
    const overdue = await t.as('kiemnhiem', {
      method: 'GET',
      url: `${base}?overdue=true&pageSize=100`,
    });
    const items = overdue.json().items as Array<{ code: string; overdue: boolean; state: string }>;
    expect(items.map((d) => d.code)).toContain(code);
    expect(items.every((d) => d.overdue && d.state !== 'awaiting_supplement')).toBe(true);

    at('2021-03-16T09:00');
    const atRisk = await t.as('kiemnhiem', { method: 'GET', url: `${base}?atRisk=true` });
    expect(atRisk.json().items.map((d: { code: string }) => d.code)).toEqual([code]);
  });
});
