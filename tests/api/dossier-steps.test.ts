import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { procedureSteps, procedures } from '../../server/db/schema/onestop-procedures';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * Per-step deadlines, assignment to an officer, and the at-risk / overdue lists (issue 4).
 * Working hours 07:30–11:30 and 13:30–17:00: a working day is 450 minutes.
 */
let t: TestApp;
const base = '/api/onestop/dossiers';
const password = 'xu-ly-thu-2021';
/** Đăng ký thành lập hộ kinh doanh: district level, 3 working days (1,350 working minutes). */
const procedureCode = '1.001612';
let officerId: number;

beforeAll(async () => {
  t = await createTestApp();
  for (const [username, role, unitCode] of [
    ['xuly443', 'processing_officer', '443'],
    ['motcua445', 'onestop_clerk', '445'],
  ] as const) {
    const created = await t.as('admin', {
      method: 'POST',
      url: '/api/users',
      payload: { username, fullName: `Cán bộ ${username}`, password, roles: [{ role, unitCode }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    if (username === 'xuly443') officerId = created.json().id;
    await t.tokenOf(username, password);
  }
  for (const user of ['kiemnhiem', 'xulystp', 'canloc']) await t.tokenOf(user);
  // Three internal steps of 10 %, 80 % and 10 % (135, 1,080 and 135 working minutes).
  const [procedure] = await t.db
    .select()
    .from(procedures)
    .where(and(eq(procedures.code, procedureCode), eq(procedures.provinceCode, '42')));
  if (!procedure) throw new Error('procedure missing');
  await t.db.delete(procedureSteps).where(eq(procedureSteps.procedureId, procedure.id));
  await t.db.insert(procedureSteps).values(
    [
      ['Tiếp nhận, chuyển hồ sơ', 10],
      ['Thẩm định hồ sơ', 80],
      ['Lãnh đạo phòng ký, trả kết quả', 10],
    ].map(([name, sharePercent], i) => ({
      provinceCode: '42',
      procedureId: procedure.id,
      ordinal: i + 1,
      name: name as string,
      unitKind: 'district',
      sharePercent: sharePercent as number,
    })),
  );
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

function at(local: string) {
  vi.setSystemTime(new Date(`${local}:00+07:00`));
}

async function receive(): Promise<string> {
  const response = await t.as('kiemnhiem', {
    method: 'POST',
    url: base,
    payload: {
      procedureCode,
      receivingUnitCode: '443',
      applicant: { name: 'Phạm Văn Dũng', phone: '0903111222' },
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().code;
}

const act = (user: string, code: string, path: string, payload: Record<string, unknown> = {}) =>
  t.as(user, { method: 'POST', url: `${base}/${code}/${path}`, payload });

const list = (user: string, query: string) =>
  t.as(user, { method: 'GET', url: `${base}?pageSize=500&${query}` });

const codesOf = (response: { json(): { items: Array<{ code: string }> } }) =>
  response.json().items.map((d) => d.code);

describe('per-step deadlines', () => {
  it('records each step’s due time from its share and marks a step that ended after it late', async () => {
    at('2021-03-02T09:00');
    const code = await receive();
    const received = (await t.as('kiemnhiem', { method: 'GET', url: `${base}/${code}` })).json();
    expect(received.events[0].step).toMatchObject({
      ordinal: 1,
      name: 'Tiếp nhận, chuyển hồ sơ',
      dueAt: '2021-03-02T11:15:00+07:00',
      finishedAt: null,
      late: null,
    });

    at('2021-03-02T14:00');
    const handed = await act('kiemnhiem', code, 'hand-over', {
      toUnitCode: '443',
      assigneeUserId: officerId,
    });
    expect(handed.statusCode, handed.body).toBe(200);
    const [first, second] = handed.json().events;
    expect(first.step).toMatchObject({ finishedAt: '2021-03-02T14:00:00+07:00', late: true });
    // 1,080 minutes from Tuesday 14:00: 180 + 450 (Wednesday) + 450 (Thursday) → Thursday 17:00.
    expect(second.step).toMatchObject({
      ordinal: 2,
      name: 'Thẩm định hồ sơ',
      dueAt: '2021-03-04T17:00:00+07:00',
      late: null,
    });
    expect(second.assignee).toBe('xuly443');
    expect(handed.json().assignee).toMatchObject({ id: officerId, username: 'xuly443' });

    at('2021-03-03T10:00');
    const next = await act('xuly443', code, 'hand-over', { toUnitCode: '443', stepOrdinal: 3 });
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json().events[1].step).toMatchObject({ late: false });
    expect(next.json().events[2].step).toMatchObject({
      ordinal: 3,
      dueAt: '2021-03-03T14:15:00+07:00',
    });
    expect(next.json().assignee).toBeNull();

    at('2021-03-03T15:00');
    const finished = await act('kiemnhiem', code, 'finish', {});
    expect(finished.statusCode).toBe(200);
    expect(finished.json().events[2].step).toMatchObject({
      finishedAt: '2021-03-03T15:00:00+07:00',
      late: true,
    });
  });

  it('moves the open step’s due time by the citizen’s supplement wait', async () => {
    at('2021-03-09T08:00');
    const code = await receive();
    at('2021-03-09T09:00');
    await act('kiemnhiem', code, 'hand-over', { toUnitCode: '443' });
    // Asked after the 3-working-day window: the clock pauses only.
    at('2021-03-15T09:00');
    await act('kiemnhiem', code, 'supplement-request', {
      items: ['Bản sao CCCD'],
      reason: 'Thiếu',
    });
    at('2021-03-16T09:00');
    const back = await act('kiemnhiem', code, 'supplement-received', {});
    expect(back.statusCode, back.body).toBe(200);
    const step = back.json().events.find((e: { kind: string }) => e.kind === 'handed_over').step;
    // Step 2 (1,080 minutes from Tuesday 09:00) was due Thursday 11/03 14:00; the wait was one
    // working day (450 minutes), so it moves to Friday 14:00.
    expect(step.dueAt).toBe('2021-03-12T14:00:00+07:00');
  });

  it('refuses a step the procedure does not have and an assignee outside the receiving unit', async () => {
    at('2021-03-17T08:00');
    const code = await receive();
    const noStep = await act('kiemnhiem', code, 'hand-over', { toUnitCode: '443', stepOrdinal: 9 });
    expect(noStep.statusCode).toBe(400);
    const stranger = (await t.as('admin', { method: 'GET', url: '/api/users?search=xulystp' }))
      .json()
      .items.find((u: { username: string }) => u.username === 'xulystp');
    const wrong = await act('kiemnhiem', code, 'hand-over', {
      toUnitCode: '443',
      assigneeUserId: stranger.id,
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.code).toBe('dossier_assignee_invalid');
  });
});

describe('officers, my dossiers, at-risk and overdue', () => {
  it('lists the officers a hand-over to a unit may name', async () => {
    const response = await t.as('kiemnhiem', {
      method: 'GET',
      url: '/api/onestop/officers?unit=443',
    });
    expect(response.statusCode).toBe(200);
    const names = response.json().items.map((o: { username: string }) => o.username);
    expect(names[0]).toBe('xuly443');
    expect(names).toContain('kiemnhiem');
    expect(names).not.toContain('xulystp');
    const reader = await t.as('canloc', { method: 'GET', url: '/api/onestop/officers?unit=443' });
    expect(reader.statusCode).toBe(403);
  });

  it('filters due=at_risk|overdue and assignee=me|<id>, and counts them per unit and officer', async () => {
    // Received Tuesday 23/03 09:00: due Friday 26/03 17:00.
    at('2021-03-23T09:00');
    const code = await receive();
    await act('kiemnhiem', code, 'hand-over', { toUnitCode: '443', assigneeUserId: officerId });

    at('2021-03-25T09:00');
    expect(codesOf(await list('xuly443', 'due=at_risk'))).not.toContain(code);
    expect(codesOf(await list('xuly443', 'assignee=me'))).toContain(code);
    expect(codesOf(await list('kiemnhiem', 'assignee=me'))).not.toContain(code);
    expect(codesOf(await list('kiemnhiem', `assignee=${officerId}`))).toContain(code);

    at('2021-03-26T09:00');
    expect(codesOf(await list('xuly443', 'due=at_risk&assignee=me'))).toContain(code);
    expect(codesOf(await list('xuly443', 'due=overdue'))).not.toContain(code);
    const summary = await t.as('xuly443', { method: 'GET', url: '/api/onestop/due-summary' });
    expect(summary.statusCode).toBe(200);
    expect(summary.json().mine).toMatchObject({ atRisk: 1 });
    expect(summary.json().items).toContainEqual(
      expect.objectContaining({
        unit: expect.objectContaining({ code: '443' }),
        assignee: expect.objectContaining({ username: 'xuly443' }),
        atRisk: 1,
      }),
    );

    at('2021-03-29T09:00');
    expect(codesOf(await list('xuly443', 'due=overdue'))).toContain(code);
    expect(codesOf(await list('xuly443', 'due=at_risk'))).not.toContain(code);
    const intruder = await list('motcua445', 'due=overdue');
    expect(codesOf(intruder)).not.toContain(code);
    const theirs = await t.as('motcua445', { method: 'GET', url: '/api/onestop/due-summary' });
    expect(theirs.json().items.some((i: { unit: { code: string } }) => i.unit.code === '443')).toBe(
      false,
    );
    const bad = await list('xuly443', 'assignee=someone');
    expect(bad.statusCode).toBe(400);

    await act('xuly443', code, 'finish', {});
    expect(codesOf(await list('xuly443', 'due=overdue'))).not.toContain(code);
  });
});
