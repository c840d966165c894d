import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
const districtAdmin = { username: 'qt.canloc', password: 'QuanTriCanLoc2024' };

beforeAll(async () => {
  t = await createTestApp();
  const created = await t.as('admin', {
    method: 'POST',
    url: '/api/users',
    payload: { ...districtAdmin, fullName: 'Quản trị huyện Can Lộc', roles: [{ role: 'system_admin', unitCode: '443' }] },
  });
  expect(created.statusCode).toBe(201);
  await t.tokenOf(districtAdmin.username, districtAdmin.password);
});
afterAll(() => t.close());

const commune = (code: string, name: string, parentCode = '443') => ({
  code,
  name,
  kind: 'commune',
  typeLabel: 'Xã',
  parentCode,
  validFrom: '2024-01-01',
});
const postUnit = (as: string, payload: object) => t.as(as, { method: 'POST', url: '/api/units', payload });
const getUnit = (code: string) => t.as('admin', { method: 'GET', url: `/api/units/${code}` });
const listCodes = async (query: string) =>
  (await t.as('admin', { method: 'GET', url: `/api/units?${query}&pageSize=100` })).json().items.map((u: { code: string }) => u.code);
const auditOf = async (action: string, entityId: number) =>
  (await t.as('admin', { method: 'GET', url: `/api/audit?entityType=unit&action=${action}&entityId=${entityId}` })).json().items;

describe('POST /api/units', () => {
  it('creates a commune under Can Lộc that lists under its parent, is found without diacritics and is audited', async () => {
    const response = await postUnit('admin', commune('T01', 'Xã Thử Nghiệm Mới'));
    expect(response.statusCode).toBe(201);
    const unit = response.json();
    expect(unit).toMatchObject({ code: 'T01', level: 2, parentCode: '443', validTo: null, ancestors: [{ code: '42' }, { code: '443' }] });
    expect(await listCodes('parent=443')).toContain('T01');
    expect(await listCodes('search=thu%20nghiem%20moi')).toEqual(['T01']);
    const [entry] = await t
      .as('admin', { method: 'GET', url: '/api/audit?entityType=unit&action=unit.created' })
      .then((r) => r.json().items.filter((e: { entityId: string }) => e.entityId === String(unit.id)));
    expect(entry).toMatchObject({ actorUsername: 'admin', unitCode: 'T01', after: { code: 'T01', name: 'Xã Thử Nghiệm Mới' } });
  });

  it('refuses a second open unit with the same code (409 unit_code_taken)', async () => {
    const response = await postUnit('admin', commune('18406', 'Thị trấn Nghèn thứ hai'));
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('unit_code_taken');
  });

  it('refuses a kind that may not sit under the parent (422 unit_parent_kind_invalid)', async () => {
    const response = await postUnit('admin', { ...commune('T02', 'Huyện trong huyện'), kind: 'district' });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('unit_parent_kind_invalid');
    expect((await getUnit('T02')).statusCode).toBe(404);
  });

  it('refuses a unit opening before its parent did (422 unit_dates_invalid)', async () => {
    const response = await postUnit('admin', { ...commune('T03', 'Xã Quá Sớm'), validFrom: '2019-12-31' });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('unit_dates_invalid');
  });

  it('answers 400 validation_failed to a body with an unknown field', async () => {
    const response = await postUnit('admin', { ...commune('T04', 'Xã Thừa Trường'), electronicId: 'X' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });
});

describe('PATCH /api/units/:code', () => {
  it('renames a commune, refreshes its search text and audits before and after', async () => {
    const response = await t.as('admin', { method: 'PATCH', url: '/api/units/18415', payload: { name: 'Xã Thiên Lộc Mới', shortName: 'TL' } });
    expect(response.statusCode).toBe(200);
    const unit = response.json();
    expect(unit).toMatchObject({ name: 'Xã Thiên Lộc Mới', shortName: 'TL', kind: 'commune', parentCode: '443' });
    expect(await listCodes('search=thien%20loc%20moi')).toEqual(['18415']);
    const [entry] = await auditOf('unit.updated', unit.id);
    expect(entry.before).toMatchObject({ name: 'Xã Thiên Lộc', shortName: null });
    expect(entry.after).toMatchObject({ name: 'Xã Thiên Lộc Mới', shortName: 'TL' });
  });

  it('answers 400 validation_failed to a field that cannot be edited (kind)', async () => {
    const response = await t.as('admin', { method: 'PATCH', url: '/api/units/18415', payload: { kind: 'district' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });
});

describe('POST /api/units/:code/close', () => {
  it('hides a closed commune from the default list but keeps it with includeClosed, and refuses edits to it', async () => {
    const response = await t.as('admin', { method: 'POST', url: '/api/units/18490/close', payload: { validTo: '2024-12-31' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: '18490', validTo: '2024-12-31' });
    expect(await listCodes('parent=443')).not.toContain('18490');
    expect(await listCodes('parent=443&includeClosed=true')).toContain('18490');
    const edit = await t.as('admin', { method: 'PATCH', url: '/api/units/18490', payload: { name: 'Xã Sơn Lộc Mới' } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('unit_closed');
  });

  it('refuses to close a district that still has open communes (409 unit_has_open_children)', async () => {
    const response = await t.as('admin', { method: 'POST', url: '/api/units/445/close', payload: { validTo: '2025-06-30' } });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('unit_has_open_children');
    expect((await getUnit('445')).json().validTo).toBeNull();
  });
});

const merge = (payload: object, as = 'admin') => t.as(as, { method: 'POST', url: '/api/units/merge', payload });

describe('POST /api/units/merge and /split', () => {
  it('merges two communes into a new one: sources close the day before and both sides show the succession', async () => {
    const response = await merge({
      sourceCodes: ['18475', '18478'],
      into: { code: 'M01', name: 'Xã Xuân Thượng', kind: 'commune', typeLabel: 'Xã', parentCode: '443' },
      effectiveOn: '2025-07-01',
      note: 'NQ sáp nhập 2025',
    });
    expect(response.statusCode).toBe(200);
    const merged = response.json();
    expect(merged).toMatchObject({ code: 'M01', validFrom: '2025-07-01', validTo: null, parentCode: '443' });
    expect(merged.predecessors.map((p: { unitCode: string; kind: string }) => [p.unitCode, p.kind])).toEqual([
      ['18475', 'merge'],
      ['18478', 'merge'],
    ]);
    const source = (await getUnit('18478')).json();
    expect(source).toMatchObject({ validTo: '2025-06-30', successors: [{ unitCode: 'M01', kind: 'merge', effectiveOn: '2025-07-01' }] });
  });

  it('lets the code of a merged commune be reused for a new unit afterwards', async () => {
    const response = await postUnit('admin', { ...commune('18475', 'Xã Xuân Lộc (mới)'), validFrom: '2025-07-01' });
    expect(response.statusCode).toBe(201);
    expect((await getUnit('18475')).json()).toMatchObject({ name: 'Xã Xuân Lộc (mới)', validTo: null, predecessors: [] });
    const both = (await t.as('admin', { method: 'GET', url: '/api/units?search=18475&includeClosed=true' })).json();
    expect(both.items.map((u: { validTo: string | null }) => u.validTo).sort()).toEqual(['2025-06-30', null]);
  });

  it('merges communes into a new commune that takes the code of one of them', async () => {
    const into = { code: '18445', name: 'Xã Tùng Phú', kind: 'commune', parentCode: '443' };
    const response = await merge({ sourceCodes: ['18445', '18454'], into, effectiveOn: '2025-07-01' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: '18445', name: 'Xã Tùng Phú', validTo: null });
    expect(response.json().predecessors.map((p: { unitName: string }) => p.unitName)).toEqual(['Xã Tùng Lộc', 'Xã Phú Lộc']);
  });

  it('answers 400 when the existing unit merged into is also a source', async () => {
    const response = await merge({ sourceCodes: ['18463', '18466'], into: { existingCode: '18463' }, effectiveOn: '2025-07-01' });
    expect(response.statusCode).toBe(400);
    expect((await getUnit('18466')).json().validTo).toBeNull();
  });

  it('writes nothing when a merge names an unknown source', async () => {
    const into = { code: 'M02', name: 'Xã Không Thành', kind: 'commune', parentCode: '443' };
    const response = await merge({ sourceCodes: ['18481', 'NOPE'], into, effectiveOn: '2025-07-01' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('unit_not_found');
    expect((await getUnit('18481')).json()).toMatchObject({ validTo: null, successors: [] });
    expect((await getUnit('M02')).statusCode).toBe(404);
  });

  it('rolls back a merge that fails after the first source was already closed', async () => {
    const into = { code: 'M03', name: 'Xã Nửa Chừng', kind: 'commune', parentCode: '443' };
    const response = await merge({ sourceCodes: ['18484', '445'], into, effectiveOn: '2025-07-01' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('unit_has_open_children');
    expect((await getUnit('18484')).json()).toMatchObject({ validTo: null, successors: [] });
    expect((await getUnit('M03')).statusCode).toBe(404);
  });

  it('splits a commune into two that each list it as predecessor', async () => {
    const part = (code: string, name: string) => ({ code, name, kind: 'commune', parentCode: '443' });
    const response = await t.as('admin', {
      method: 'POST',
      url: '/api/units/18436/split',
      payload: { parts: [part('S01', 'Xã Kim Song'), part('S02', 'Xã Trường Sơn')], effectiveOn: '2025-07-01' },
    });
    expect(response.statusCode).toBe(200);
    const source = response.json();
    expect(source).toMatchObject({ code: '18436', validTo: '2025-06-30' });
    expect(source.successors.map((s: { unitCode: string; kind: string }) => `${s.unitCode}:${s.kind}`)).toEqual(['S01:split', 'S02:split']);
    expect((await getUnit('S02')).json()).toMatchObject({ validFrom: '2025-07-01', predecessors: [{ unitCode: '18436', kind: 'split' }] });
  });
});

describe('who may change units', () => {
  const asDistrictAdmin = districtAdmin.username;

  it('lets a district administrator create and edit units under their district', async () => {
    expect((await postUnit(asDistrictAdmin, commune('D01', 'Xã Của Huyện'))).statusCode).toBe(201);
    const edit = await t.as(asDistrictAdmin, { method: 'PATCH', url: '/api/units/18406', payload: { shortName: 'Nghèn' } });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().shortName).toBe('Nghèn');
  });

  it('refuses a district administrator a commune of another district and a unit under the province (403 out_of_scope)', async () => {
    const attempts = [
      () => t.as(asDistrictAdmin, { method: 'PATCH', url: '/api/units/18562', payload: { name: 'Thị trấn Khác' } }),
      () => t.as(asDistrictAdmin, { method: 'POST', url: '/api/units/18565/close', payload: { validTo: '2024-12-31' } }),
      () => postUnit(asDistrictAdmin, commune('D02', 'Xã Ở Thạch Hà', '445')),
      () => postUnit(asDistrictAdmin, { ...commune('D03', 'Sở Mới'), kind: 'department', parentCode: '42' }),
      () => merge({ sourceCodes: ['18562'], into: { existingCode: '18406' }, effectiveOn: '2025-07-01' }, asDistrictAdmin),
    ];
    for (const attempt of attempts) {
      const response = await attempt();
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('out_of_scope');
    }
    expect((await getUnit('18562')).json().name).toBe('Thị trấn Thạch Hà');
  });

  it('lets a non-administrator read units but refuses every write (403 forbidden)', async () => {
    expect((await t.as('canloc', { method: 'GET', url: '/api/units/443' })).statusCode).toBe(200);
    const writes = [
      () => postUnit('canloc', commune('C01', 'Xã Cán Bộ')),
      () => t.as('canloc', { method: 'PATCH', url: '/api/units/18406', payload: { name: 'Thị trấn Khác' } }),
      () => t.as('canloc', { method: 'POST', url: '/api/units/18406/close', payload: { validTo: '2024-12-31' } }),
    ];
    for (const write of writes) {
      const response = await write();
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
    }
  });
});
