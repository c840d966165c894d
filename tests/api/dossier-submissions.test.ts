import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * Online submission without an account, and the desk's acceptance or refusal (issue 4;
 * NĐ 61/2018 "Flow" 2). Sessions are opened at the real time, then the clock is faked.
 */
let t: TestApp;
const base = '/api/onestop/dossiers';
const password = 'mot-cua-thu-2021';

/** Cấp Giấy xác nhận tình trạng hôn nhân: commune level, fully online, 3 working days. */
const onlineProcedure = '1.004873';
/** Đăng ký thành lập hộ kinh doanh: district level, not offered online. */
const counterProcedure = '1.001612';

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
  for (const user of ['motcuaxa', 'kiemnhiem', 'xulystp']) await t.tokenOf(user);
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

function at(local: string) {
  vi.setSystemTime(new Date(`${local}:00+07:00`));
}

const applicant = {
  name: 'Trần Thị Bích',
  phone: '0987 654 321',
  email: 'bich@example.vn',
  address: 'Khối 5, Thị trấn Nghèn',
};

async function submit(payload: Record<string, unknown> = {}) {
  return t.as(null, {
    method: 'POST',
    url: '/api/public/dossiers',
    payload: { procedureCode: onlineProcedure, receivingUnitCode: '18406', applicant, ...payload },
  });
}

async function submitted(): Promise<string> {
  const response = await submit();
  expect(response.statusCode, response.body).toBe(201);
  return response.json().code;
}

const act = (user: string, code: string, path: string, payload: Record<string, unknown> = {}) =>
  t.as(user, { method: 'POST', url: `${base}/${code}/${path}`, payload });

describe('online submission', () => {
  it('answers the code, state submitted (national 1) and how to look it up', async () => {
    at('2021-03-02T20:15');
    const response = await submit({ note: 'Nộp hộ con gái' });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.code).toMatch(/^18406-210302-\d{4}$/);
    expect(body).toMatchObject({
      state: 'submitted',
      nationalStatusCode: 1,
      stateLabel: 'Mới đăng ký',
      submittedAt: '2021-03-02T20:15:00+07:00',
    });
    expect(body.confirmation).toContain('4 số cuối');
    expect(body.lookupUrl).toContain(`/tra-cuu?ma=${body.code}`);
    const lookup = await t.as(null, {
      method: 'GET',
      url: `/api/public/dossiers/${body.code}?phone=4321`,
    });
    expect(lookup.statusCode).toBe(200);
    expect(lookup.json().state).toBe('submitted');
    expect(lookup.json().applicantName).not.toBe(applicant.name);
    expect(lookup.json().timeline[0].kindLabel).toBe('Đăng ký trực tuyến');
  });

  it('refuses procedures not offered online, unknown codes and a missing phone', async () => {
    const offline = await submit({ procedureCode: counterProcedure, receivingUnitCode: '443' });
    expect(offline.statusCode).toBe(422);
    expect(offline.json().error.code).toBe('dossier_online_unavailable');
    const unknown = await submit({ procedureCode: '9.999999' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('procedure_not_found');
    const noUnit = await submit({ receivingUnitCode: 'KHONG_CO' });
    expect(noUnit.statusCode).toBe(404);
    const noPhone = await submit({ applicant: { name: 'A' } });
    expect(noPhone.statusCode).toBe(400);
    const paths = noPhone.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toContain('body.applicant.phone');
  });

  it('lists the online catalogue and the units that receive a procedure', async () => {
    const list = await t.as(null, {
      method: 'GET',
      url: '/api/public/online-procedures?pageSize=100',
    });
    expect(list.statusCode).toBe(200);
    const codes = list.json().items.map((p: { code: string }) => p.code);
    expect(codes).toContain(onlineProcedure);
    expect(codes).not.toContain(counterProcedure);
    const units = await t.as(null, {
      method: 'GET',
      url: `/api/public/online-procedures/${onlineProcedure}/units?search=nghen`,
    });
    expect(units.statusCode).toBe(200);
    expect(units.json().items.map((u: { code: string }) => u.code)).toContain('18406');
    const offline = await t.as(null, {
      method: 'GET',
      url: `/api/public/online-procedures/${counterProcedure}/units`,
    });
    expect(offline.statusCode).toBe(404);
  });
});

describe('the desk accepts or refuses a submission', () => {
  it('accepts: received, appointment from the acceptance with the 15:00 rule, Mẫu 01', async () => {
    at('2021-03-02T20:30');
    const code = await submitted();
    const pending = await t.as('motcuaxa', { method: 'GET', url: `${base}?state=submitted` });
    expect(pending.json().items.map((d: { code: string }) => d.code)).toContain(code);
    const noReceipt = await t.as('motcuaxa', { method: 'GET', url: `${base}/${code}/forms/01` });
    expect(noReceipt.statusCode).toBe(409);

    // Accepted Wednesday 15:10, after the cut-off: counted as received on Thursday (07:30), so
    // the 3 working days are Friday, Monday and Tuesday (BLDS 2015 Art. 147, docs/decisions/012).
    at('2021-03-03T15:10');
    const accepted = await act('motcuaxa', code, 'accept', { note: 'Đủ hồ sơ' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      state: 'received',
      nationalStatusCode: 2,
      channel: 'online',
      receivedAt: '2021-03-03T15:10:00+07:00',
      countingFromAt: '2021-03-04T07:30:00+07:00',
      dueAt: '2021-03-09T17:00:00+07:00',
      submittedAt: '2021-03-02T20:30:00+07:00',
    });
    const receipt = await t.as('motcuaxa', { method: 'GET', url: `${base}/${code}/forms/01` });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(receipt.rawPayload.toString('latin1')).toContain(`/tra-cuu?ma=${code}`);

    const again = await act('motcuaxa', code, 'accept');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('dossier_not_submitted');
    const kpi = await t.as('motcuaxa', {
      method: 'GET',
      url: '/api/onestop/kpi?unit=18406&from=2021-03-03&to=2021-03-03',
    });
    expect(kpi.json()).toMatchObject({ received: 1, online: 1 });
  });

  it('refuses with a reason: national code 3, Mẫu 03 as an A5 PDF, never counted as received', async () => {
    at('2021-03-04T08:00');
    const code = await submitted();
    const noReason = await act('motcuaxa', code, 'refuse', {});
    expect(noReason.statusCode).toBe(400);
    const refused = await act('motcuaxa', code, 'refuse', {
      reason: 'Không thuộc thẩm quyền giải quyết của UBND thị trấn',
    });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ state: 'refused', nationalStatusCode: 3 });
    expect(refused.json().events.at(-1)).toMatchObject({ kind: 'refused' });
    const slip = await t.as('motcuaxa', { method: 'GET', url: `${base}/${code}/forms/03` });
    expect(slip.statusCode).toBe(200);
    expect(slip.headers['content-type']).toBe('application/pdf');
    const pdf = slip.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    // A5 portrait: 419.53 × 595.28 points.
    expect(pdf).toMatch(/\/MediaBox \[0 0 419\.5\d* 595\.2\d*\]/);
    const accept = await act('motcuaxa', code, 'accept');
    expect(accept.statusCode).toBe(409);
    const kpi = await t.as('motcuaxa', {
      method: 'GET',
      url: '/api/onestop/kpi?unit=18406&from=2021-03-04&to=2021-03-04',
    });
    expect(kpi.json().received).toBe(0);
  });

  it('another unit’s clerk can neither see, accept nor refuse it (404); an officer without the desk role gets 403', async () => {
    at('2021-03-04T09:00');
    const code = await submitted();
    for (const [path, payload] of [
      ['accept', {}],
      ['refuse', { reason: 'Thử' }],
    ] as const) {
      const intruded = await act('motcua445', code, path, payload);
      expect(intruded.statusCode).toBe(404);
      expect(intruded.json().error.code).toBe('dossier_not_found');
    }
    const seen = await t.as('motcua445', { method: 'GET', url: `${base}?state=submitted` });
    expect(seen.json().items.map((d: { code: string }) => d.code)).not.toContain(code);
    expect((await t.as('motcua445', { method: 'GET', url: `${base}/${code}` })).statusCode).toBe(
      404,
    );
    // kiemnhiem is a clerk of Can Lộc, above Thị trấn Nghèn: its desk may act.
    const accepted = await act('kiemnhiem', code, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    const unknown = await act('motcuaxa', '18406-210304-9999', 'refuse', { reason: 'x' });
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses a paper dossier at the counter: refused with Mẫu 03, no receipt', async () => {
    at('2021-03-04T10:00');
    const response = await t.as('kiemnhiem', {
      method: 'POST',
      url: base,
      payload: {
        procedureCode: counterProcedure,
        receivingUnitCode: '443',
        applicant: { name: 'Lê Văn Cường', phone: '0911000111' },
        refusalReason: 'Ngành nghề kinh doanh bị cấm',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const code = response.json().code;
    expect(response.json()).toMatchObject({ state: 'refused', nationalStatusCode: 3 });
    expect(
      (await t.as('kiemnhiem', { method: 'GET', url: `${base}/${code}/forms/03` })).statusCode,
    ).toBe(200);
    expect(
      (await t.as('kiemnhiem', { method: 'GET', url: `${base}/${code}/forms/01` })).statusCode,
    ).toBe(409);
    const handOver = await act('kiemnhiem', code, 'hand-over', { toUnitCode: '443' });
    expect(handOver.statusCode).toBe(409);
  });

  it('Mẫu 03 of a dossier never refused is not applicable', async () => {
    at('2021-03-04T11:00');
    const code = await submitted();
    const slip = await t.as('motcuaxa', { method: 'GET', url: `${base}/${code}/forms/03` });
    expect(slip.statusCode).toBe(409);
    expect(slip.json().error.code).toBe('dossier_form_not_applicable');
  });
});
