import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * The citizen's lookup and rating (issue 4 "Citizens"): code + last 4 digits of the phone, a
 * wrong or missing phone answered exactly as an unknown code, nothing personal beyond the masked
 * name, one rating after the result, counted in the KPI rollup.
 */
let t: TestApp;
const base = '/api/onestop/dossiers';
const publicBase = '/api/public/dossiers';
const applicant = {
  name: 'Nguyễn Văn An',
  phone: '0912 345 678',
  email: 'nguyen.van.an@example.vn',
  address: 'Thôn Trung Tiến, xã Thiên Lộc',
};

async function receive(): Promise<string> {
  const response = await t.as('kiemnhiem', {
    method: 'POST',
    url: base,
    payload: { procedureCode: '1.001612', receivingUnitCode: '443', applicant },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().code as string;
}

async function act(code: string, path: string, payload: object = {}) {
  const response = await t.as('kiemnhiem', {
    method: 'POST',
    url: `${base}/${code}/${path}`,
    payload,
  });
  expect(response.statusCode, response.body).toBe(200);
}

const lookUp = (code: string, query = '') =>
  t.app.inject({ method: 'GET', url: `${publicBase}/${encodeURIComponent(code)}${query}` });

const rate = (code: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `${publicBase}/${code}/rating`, payload });

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

async function kpi443() {
  const response = await t.as('canloc', {
    method: 'GET',
    url: `/api/onestop/kpi?unit=443&from=${today()}&to=${today()}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

describe('GET /api/public/dossiers/:code', () => {
  it('shows state, timeline and the masked name without signing in', async () => {
    const code = await receive();
    await act(code, 'hand-over', { toUnitCode: '443', note: 'Gọi 0912 345 678 khi xong' });
    const response = await lookUp(code, '?phone=5678');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      code,
      state: 'in_progress',
      stateLabel: 'Đang xử lý',
      applicantName: 'Nguyễn V** A**',
      canRate: false,
      rated: false,
      finishedAt: null,
    });
    expect(body.procedureName).toEqual(expect.any(String));
    expect(body.receivingUnitName).toEqual(expect.any(String));
    expect(body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['received', 'handed_over']);
    expect(body.timeline[0]).toEqual({
      kind: 'received',
      kindLabel: 'Tiếp nhận hồ sơ',
      at: expect.stringMatching(/\+07:00$/),
      unitName: expect.any(String),
    });
  });

  it('leaks nothing personal beyond the masked name, nor officers’ names or notes', async () => {
    const code = await receive();
    await act(code, 'hand-over', { toUnitCode: '443', note: 'Gọi 0912 345 678 khi xong' });
    const text = (await lookUp(code, '?phone=5678')).body;
    for (const secret of [
      '0912',
      '345',
      'nguyen.van.an',
      'Trung Tiến',
      'Văn An',
      'kiemnhiem',
      'Gọi',
      'actor',
      'note',
      'phone',
      'email',
      'address',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('answers a wrong or missing phone exactly like an unknown code', async () => {
    const code = await receive();
    const unknown = await lookUp('443-210101-9999', '?phone=5678');
    const wrong = await lookUp(code, '?phone=1234');
    const missing = await lookUp(code);
    const malformed = await lookUp(code, '?phone=56789');
    for (const response of [unknown, wrong, missing, malformed]) {
      expect(response.statusCode).toBe(404);
      expect(response.body).toBe(unknown.body);
    }
    expect(unknown.json().error.code).toBe('dossier_not_found');
    expect(unknown.body).not.toContain(code);
  });
});

describe('POST /api/public/dossiers/:code/rating', () => {
  it('takes one rating after the result, counts it in the KPI and refuses a second (409)', async () => {
    const code = await receive();
    const early = await rate(code, { phone: '5678', rating: 5 });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('dossier_state_invalid');

    await act(code, 'finish');
    await act(code, 'return');
    const before = await kpi443();
    const allowed = await lookUp(code, '?phone=5678');
    expect(allowed.json()).toMatchObject({ canRate: true, rated: false, state: 'returned' });

    const wrongPhone = await rate(code, { phone: '0000', rating: 5 });
    expect(wrongPhone.statusCode).toBe(404);

    const rated = await rate(code, { phone: '5678', rating: 4, comment: 'Nhanh, chu đáo' });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ rated: true, canRate: false });
    expect(rated.json().timeline.at(-1)).toMatchObject({ kind: 'rated', unitName: null });

    const after = await kpi443();
    expect(after.rated).toBe(before.rated + 1);
    expect(after.satisfied).toBe(before.satisfied + 1);

    const again = await rate(code, { phone: '5678', rating: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('dossier_already_rated');
    const unchanged = await kpi443();
    expect([unchanged.rated, unchanged.satisfied]).toEqual([after.rated, after.satisfied]);

    const staff = await t.as('kiemnhiem', { method: 'GET', url: `${base}/${code}` });
    expect(staff.json().rating).toMatchObject({ value: 4, comment: 'Nhanh, chu đáo' });
  });

  it('counts a neutral 3 as rated but not satisfied, audited without an actor', async () => {
    const code = await receive();
    await act(code, 'finish');
    const before = await kpi443();
    expect((await rate(code, { phone: '5678', rating: 3 })).statusCode).toBe(200);
    const after = await kpi443();
    expect(after.rated - before.rated).toBe(1);
    expect(after.satisfied - before.satisfied).toBe(0);
    const audit = await t.as('admin', {
      method: 'GET',
      url: `/api/audit?action=dossier.rated_by_citizen&entityId=${code}`,
    });
    expect(audit.statusCode, audit.body).toBe(200);
    const items = audit.json().items as Array<{ actorUsername: string | null }>;
    expect(items).toHaveLength(1);
    expect(items[0]?.actorUsername).toBeNull();
  });

  it('refuses a rating outside 1–5', async () => {
    const code = await receive();
    await act(code, 'finish');
    expect((await rate(code, { phone: '5678', rating: 6 })).statusCode).toBe(400);
  });
});

describe('rate limit of the public dossier routes', () => {
  it('answers 429 too_many_requests past the per-address limit', async () => {
    const limited = await createTestApp({ publicRateLimitPerMinute: 2 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const response = await limited.app.inject({
          method: 'GET',
          url: `${publicBase}/443-210101-0001?phone=1234`,
        });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) {
          expect(response.json().error.code).toBe('too_many_requests');
        }
      }
      expect(statuses).toEqual([404, 404, 429]);
    } finally {
      await limited.close();
    }
  });
});
