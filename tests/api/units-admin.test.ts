import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
const districtAdmin = 'qt.canloc';

beforeAll(async () => {
  t = await createTestApp();
  const roles = [{ role: 'system_admin', unitCode: '443' }];
  const payload = {
    username: districtAdmin,
    fullName: 'Quản trị Can Lộc',
    password: 'QuanTri2024x',
    roles,
  };
  expect((await send('admin', 'POST', '/api/users', payload)).statusCode).toBe(201);
  await t.tokenOf(districtAdmin, 'QuanTri2024x');
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH';
const send = (as: string, method: Method, url: string, payload?: object) =>
  t.as(as, { method, url, ...(payload ? { payload } : {}) });
const getUnit = (code: string) => send('admin', 'GET', `/api/units/${code}`);
const listCodes = async (query: string) =>
  (await send('admin', 'GET', `/api/units?${query}&pageSize=100`))
    .json()
    .items.map((u: { code: string }) => u.code);
const merge = (payload: object, as = 'admin') => send(as, 'POST', '/api/units/merge', payload);

function expectError(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  expect(response.json().error.code).toBe(code);
}

const commune = (code: string, name: string, parentCode = '443') => ({
  code,
  name,
  kind: 'commune',
  typeLabel: 'Xã',
  parentCode,
  validFrom: '2024-01-01',
});
const newCommune = (code: string, name: string) => ({
  code,
  name,
  kind: 'commune',
  parentCode: '443',
});

describe('POST /api/units', () => {
  it('creates a commune under Can Lộc that lists under its parent, is found without diacritics and is audited', async () => {
    const response = await send('admin', 'POST', '/api/units', commune('T01', 'Xã Thử Nghiệm Mới'));
    expect(response.statusCode).toBe(201);
    const unit = response.json();
    expect(unit).toMatchObject({ code: 'T01', level: 2, parentCode: '443', validTo: null });
    expect(unit.ancestors.map((a: { code: string }) => a.code)).toEqual(['42', '443']);
    expect(await listCodes('parent=443')).toContain('T01');
    expect(await listCodes('search=thu%20nghiem%20moi')).toEqual(['T01']);
    const audit = await send('admin', 'GET', '/api/audit?entityType=unit&action=unit.created');
    const [entry] = audit
      .json()
      .items.filter((e: { entityId: string }) => e.entityId === String(unit.id));
    expect(entry).toMatchObject({
      actorUsername: 'admin',
      unitCode: 'T01',
      after: { name: 'Xã Thử Nghiệm Mới' },
    });
  });

  it('refuses a second open unit with the same code (409 unit_code_taken)', async () => {
    const response = await send(
      'admin',
      'POST',
      '/api/units',
      commune('18406', 'Thị trấn Nghèn 2'),
    );
    expectError(response, 409, 'unit_code_taken');
  });

  it('refuses a kind that may not sit under the parent (422 unit_parent_kind_invalid)', async () => {
    const body = { ...commune('T02', 'Huyện trong huyện'), kind: 'district' };
    expectError(await send('admin', 'POST', '/api/units', body), 422, 'unit_parent_kind_invalid');
    expect((await getUnit('T02')).statusCode).toBe(404);
  });

  it('refuses a unit opening before its parent did (422 unit_dates_invalid)', async () => {
    const body = { ...commune('T03', 'Xã Quá Sớm'), validFrom: '2019-12-31' };
    expectError(await send('admin', 'POST', '/api/units', body), 422, 'unit_dates_invalid');
  });

  it('answers 400 validation_failed to a body with an unknown field', async () => {
    const body = { ...commune('T04', 'Xã Thừa Trường'), electronicId: 'X' };
    expectError(await send('admin', 'POST', '/api/units', body), 400, 'validation_failed');
  });
});

describe('PATCH /api/units/:code', () => {
  it('renames a commune, refreshes its search text and audits before and after', async () => {
    const changes = { name: 'Xã Thiên Lộc Mới', shortName: 'TL' };
    const response = await send('admin', 'PATCH', '/api/units/18415', changes);
    expect(response.statusCode).toBe(200);
    const unit = response.json();
    expect(unit).toMatchObject({ ...changes, kind: 'commune', parentCode: '443' });
    expect(await listCodes('search=thien%20loc%20moi')).toEqual(['18415']);
    const audit = await send('admin', 'GET', `/api/audit?action=unit.updated&entityId=${unit.id}`);
    const [entry] = audit.json().items;
    expect(entry.before).toMatchObject({ name: 'Xã Thiên Lộc', shortName: null });
    expect(entry.after).toMatchObject(changes);
  });

  it('answers 400 validation_failed to a field that cannot be edited (kind)', async () => {
    const response = await send('admin', 'PATCH', '/api/units/18415', { kind: 'district' });
    expectError(response, 400, 'validation_failed');
  });
});

describe('POST /api/units/:code/close', () => {
  it('hides a closed commune from the default list but keeps it with includeClosed, and refuses edits to it', async () => {
    const response = await send('admin', 'POST', '/api/units/18490/close', {
      validTo: '2024-12-31',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: '18490', validTo: '2024-12-31' });
    expect(await listCodes('parent=443')).not.toContain('18490');
    expect(await listCodes('parent=443&includeClosed=true')).toContain('18490');
    const edit = await send('admin', 'PATCH', '/api/units/18490', { name: 'Xã Sơn Lộc Mới' });
    expectError(edit, 409, 'unit_closed');
  });

  it('refuses to close a district that still has open communes (409 unit_has_open_children)', async () => {
    const response = await send('admin', 'POST', '/api/units/445/close', { validTo: '2025-06-30' });
    expectError(response, 409, 'unit_has_open_children');
    expect((await getUnit('445')).json().validTo).toBeNull();
  });
});

describe('POST /api/units/merge and /split', () => {
  const effectiveOn = '2025-07-01';

  it('merges two communes into a new one: sources close the day before and both sides show the succession', async () => {
    const into = { ...newCommune('M01', 'Xã Xuân Thượng'), typeLabel: 'Xã' };
    const response = await merge({
      sourceCodes: ['18475', '18478'],
      into,
      effectiveOn,
      note: 'NQ 2025',
    });
    expect(response.statusCode).toBe(200);
    const merged = response.json();
    expect(merged).toMatchObject({
      code: 'M01',
      validFrom: effectiveOn,
      validTo: null,
      parentCode: '443',
    });
    const predecessors = merged.predecessors.map(
      (p: { unitCode: string; kind: string }) => `${p.unitCode}:${p.kind}`,
    );
    expect(predecessors).toEqual(['18475:merge', '18478:merge']);
    expect((await getUnit('18478')).json()).toMatchObject({
      validTo: '2025-06-30',
      successors: [{ unitCode: 'M01', kind: 'merge', effectiveOn }],
    });
  });

  it('lets the code of a merged commune be reused for a new unit afterwards', async () => {
    const body = { ...commune('18475', 'Xã Xuân Lộc (mới)'), validFrom: effectiveOn };
    expect((await send('admin', 'POST', '/api/units', body)).statusCode).toBe(201);
    const reused = (await getUnit('18475')).json();
    expect(reused).toMatchObject({ name: 'Xã Xuân Lộc (mới)', validTo: null, predecessors: [] });
    const both = (await send('admin', 'GET', '/api/units?search=18475&includeClosed=true')).json();
    const validTos = both.items.map((u: { validTo: string | null }) => u.validTo).sort();
    expect(validTos).toEqual(['2025-06-30', null]);
  });

  it('merges communes into a new commune that takes the code of one of them', async () => {
    const into = newCommune('18445', 'Xã Tùng Phú');
    const response = await merge({ sourceCodes: ['18445', '18454'], into, effectiveOn });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: '18445', name: 'Xã Tùng Phú', validTo: null });
    const names = response.json().predecessors.map((p: { unitName: string }) => p.unitName);
    expect(names).toEqual(['Xã Tùng Lộc', 'Xã Phú Lộc']);
  });

  it('answers 400 when the existing unit merged into is also a source', async () => {
    const into = { existingCode: '18463' };
    const response = await merge({ sourceCodes: ['18463', '18466'], into, effectiveOn });
    expectError(response, 400, 'validation_failed');
    expect((await getUnit('18466')).json().validTo).toBeNull();
  });

  it('writes nothing when a merge names an unknown source', async () => {
    const into = newCommune('M02', 'Xã Không Thành');
    const response = await merge({ sourceCodes: ['18481', 'NOPE'], into, effectiveOn });
    expectError(response, 404, 'unit_not_found');
    expect((await getUnit('18481')).json()).toMatchObject({ validTo: null, successors: [] });
    expect((await getUnit('M02')).statusCode).toBe(404);
  });

  it('rolls back a merge that fails after the first source was already closed', async () => {
    const into = newCommune('M03', 'Xã Nửa Chừng');
    const response = await merge({ sourceCodes: ['18484', '445'], into, effectiveOn });
    expectError(response, 409, 'unit_has_open_children');
    expect((await getUnit('18484')).json()).toMatchObject({ validTo: null, successors: [] });
    expect((await getUnit('M03')).statusCode).toBe(404);
  });

  it('splits a commune into two that each list it as predecessor', async () => {
    const parts = [newCommune('S01', 'Xã Kim Song'), newCommune('S02', 'Xã Trường Sơn')];
    const response = await send('admin', 'POST', '/api/units/18436/split', { parts, effectiveOn });
    expect(response.statusCode).toBe(200);
    const source = response.json();
    expect(source).toMatchObject({ code: '18436', validTo: '2025-06-30' });
    const successors = source.successors.map(
      (s: { unitCode: string; kind: string }) => `${s.unitCode}:${s.kind}`,
    );
    expect(successors).toEqual(['S01:split', 'S02:split']);
    expect((await getUnit('S02')).json()).toMatchObject({
      validFrom: effectiveOn,
      predecessors: [{ unitCode: '18436', kind: 'split' }],
    });
  });
});

describe('who may change units', () => {
  it('lets a district administrator create and edit units under their district', async () => {
    const created = await send(districtAdmin, 'POST', '/api/units', commune('D01', 'Xã Của Huyện'));
    expect(created.statusCode).toBe(201);
    const edit = await send(districtAdmin, 'PATCH', '/api/units/18406', { shortName: 'Nghèn' });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().shortName).toBe('Nghèn');
  });

  it('refuses a district administrator a commune of another district and a unit under the province (403 out_of_scope)', async () => {
    const department = { ...commune('D03', 'Sở Mới'), kind: 'department', parentCode: '42' };
    const mergeAcross = {
      sourceCodes: ['18562'],
      into: { existingCode: '18406' },
      effectiveOn: '2025-07-01',
    };
    const attempts: Array<[Method, string, object]> = [
      ['PATCH', '/api/units/18562', { name: 'Thị trấn Khác' }],
      ['POST', '/api/units/18565/close', { validTo: '2024-12-31' }],
      ['POST', '/api/units', commune('D02', 'Xã Ở Thạch Hà', '445')],
      ['POST', '/api/units', department],
      ['POST', '/api/units/merge', mergeAcross],
    ];
    for (const [method, url, payload] of attempts) {
      expectError(await send(districtAdmin, method, url, payload), 403, 'out_of_scope');
    }
    expect((await getUnit('18562')).json().name).toBe('Thị trấn Thạch Hà');
    expect((await getUnit('18565')).json().validTo).toBeNull();
  });

  it('lets a non-administrator read units but refuses every write (403 forbidden)', async () => {
    expect((await send('canloc', 'GET', '/api/units/443')).statusCode).toBe(200);
    const writes: Array<[Method, string, object]> = [
      ['POST', '/api/units', commune('C01', 'Xã Cán Bộ')],
      ['PATCH', '/api/units/18406', { name: 'Thị trấn Khác' }],
      ['POST', '/api/units/18406/close', { validTo: '2024-12-31' }],
    ];
    for (const [method, url, payload] of writes) {
      expectError(await send('canloc', method, url, payload), 403, 'forbidden');
    }
  });
});
