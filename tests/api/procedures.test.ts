import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const base = '/api/onestop/procedures';
const list = (user: string, query: string) =>
  t.as(user, { method: 'GET', url: `${base}?${query}` });
const totalOf = async (user: string, query: string) => (await list(user, query)).json().total;
const detail = (user: string, code: string) =>
  t.as(user, { method: 'GET', url: `${base}/${encodeURIComponent(code)}` });

/** A complete district procedure of Can Lộc; `overrides` change any field. */
const newProcedure = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  name: 'Thủ tục thử nghiệm cấp giấy xác nhận',
  field: 'Thử nghiệm',
  level: 'district',
  timeLimit: { amount: 5, unit: 'working_days' },
  onlineLevel: 'partial',
  fees: [{ description: 'Lệ phí', amountVnd: 12500 }],
  documents: [{ name: 'Đơn đề nghị', copies: 1, required: true }],
  legalBasis: ['Nghị định 61/2018/NĐ-CP'],
  agencies: [
    { unitCode: '443', role: 'lead' },
    { unitCode: 'STP', role: 'coordinating' },
  ],
  steps: [
    { name: 'Tiếp nhận hồ sơ', unitKind: 'district', sharePercent: 10 },
    { name: 'Thẩm định', unitCode: 'STP', sharePercent: 70 },
    { name: 'Trả kết quả', unitKind: 'district', sharePercent: 20 },
  ],
  validFrom: '2021-01-01',
  ...overrides,
});
const create = (code: string, overrides: Record<string, unknown> = {}) =>
  t.as('admin', { method: 'POST', url: base, payload: newProcedure(code, overrides) });

async function auditOf(action: string, code: string) {
  const entries = (
    await t.as('admin', {
      method: 'GET',
      url: `/api/audit?entityType=procedure&action=${action}&pageSize=200`,
    })
  ).json().items as Array<{ after: { code?: string } | null; before: unknown; unitCode: string }>;
  return entries.filter((e) => e.after?.code === code);
}

describe('GET /api/onestop/procedures', () => {
  it('lists the 34 published procedures of the demo to any signed-in user, and the 15 drafts too to the administrator', async () => {
    const response = await list('canloc', 'pageSize=5');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 34, page: 1, pageSize: 5 });
    expect(response.json().items).toHaveLength(5);
    expect(await totalOf('admin', 'pageSize=1')).toBe(49);
    expect(await totalOf('admin', 'published=false&pageSize=1')).toBe(15);
    expect(await totalOf('canloc', 'published=false&pageSize=1')).toBe(0);
  });

  it('finds procedures by name without diacritics or case, and by national code', async () => {
    const byName = (await list('snv', 'search=LY%20LICH%20TU%20PHAP')).json();
    expect(byName.items.map((p: { code: string }) => p.code)).toEqual(['2.000488']);
    const khaiSinh = (await list('snv', 'search=dang%20ky%20khai%20sinh&pageSize=50')).json();
    expect(khaiSinh.total).toBeGreaterThanOrEqual(6);
    expect(
      khaiSinh.items.every((p: { name: string }) => p.name.toLowerCase().includes('khai sinh')),
    ).toBe(true);
    const byCode = (await list('snv', 'search=1.001193')).json();
    expect(byCode.items[0]).toMatchObject({ code: '1.001193', name: 'Thủ tục đăng ký khai sinh' });
  });

  it('counts the procedures handled by Sở Tư pháp, by Huyện Can Lộc and by Thị trấn Nghèn', async () => {
    // STP: criminal record certificates and copies of civil status extracts (2.000635, also at communes).
    expect(await totalOf('snv', 'unit=STP')).toBe(2);
    // Every district handles the 13 district-level procedures; 3 of them are drafts.
    expect(await totalOf('snv', 'unit=443')).toBe(10);
    expect(await totalOf('admin', 'unit=443')).toBe(13);
    // A commune: 18 commune-level procedures (7 drafts) and the social allowance it receives for the district.
    expect(await totalOf('snv', 'unit=18406')).toBe(12);
    expect(await totalOf('admin', 'unit=18406')).toBe(19);
  });

  it('filters by level, online level and field, and shows a sample of the lead agencies', async () => {
    const districtFull = (await list('snv', 'level=district&onlineLevel=full')).json();
    expect(districtFull.total).toBe(1);
    expect(districtFull.items[0]).toMatchObject({
      level: 'district',
      onlineLevel: 'full',
      leadAgencyCount: 13,
      coordinatingAgencyCount: 216,
    });
    expect(districtFull.items[0].leadAgencies).toHaveLength(3);
    const registry = (
      await list('snv', 'field=L%C3%BD%20l%E1%BB%8Bch%20t%C6%B0%20ph%C3%A1p')
    ).json();
    expect(registry.items).toMatchObject([
      { code: '2.000488', leadAgencies: [{ code: 'STP', name: 'Sở Tư pháp' }] },
    ]);
  });

  it('answers 404 unit_not_found for an unknown unit and 400 for a bad level', async () => {
    expect((await list('snv', 'unit=NOPE')).statusCode).toBe(404);
    const bad = await list('snv', 'level=hamlet');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
  });

  it('counts procedures per field', async () => {
    const fields = (await t.as('snv', { method: 'GET', url: `${base}/fields` })).json().items;
    expect(fields).toContainEqual({ field: 'Lý lịch tư pháp', count: 1 });
  });
});

describe('GET /api/onestop/procedures/:code', () => {
  it('shows agencies, documents, fees in VND and the legal basis', async () => {
    const response = await detail('canloc', '2.000488');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      code: '2.000488',
      level: 'province',
      status: 'published',
      timeLimit: { amount: 10, unit: 'calendar_days' },
      agencies: [{ code: 'STP', name: 'Sở Tư pháp', kind: 'department', role: 'lead' }],
      fees: [
        { amountVnd: 200000 },
        { description: 'Từ Phiếu thứ ba trở đi, mỗi Phiếu thu thêm', amountVnd: 5000 },
      ],
      legalBasis: expect.arrayContaining(['Luật Lý lịch tư pháp 28/2009/QH12']),
    });
    expect(response.json().documents[0]).toEqual({
      name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu',
      copies: null,
      required: true,
    });
  });

  it('shows the internal steps of the land registration, with a department coordinating', async () => {
    const body = (await detail('snv', 'HT-03')).json();
    expect(body.steps).toEqual([
      expect.objectContaining({ ordinal: 1, unitKind: 'district', sharePercent: 4.55 }),
      expect.objectContaining({ ordinal: 2, unitCode: 'STNMT', sharePercent: 77.27 }),
      expect.objectContaining({ ordinal: 3, unitKind: 'district', sharePercent: 13.64 }),
      expect.objectContaining({ ordinal: 4, unitKind: 'district', sharePercent: 4.54 }),
    ]);
    expect(body.agencies.filter((a: { role: string }) => a.role === 'lead')).toHaveLength(13);
    expect(body.agencies.at(-1)).toMatchObject({ code: 'STNMT', role: 'coordinating' });
  });

  it('hides a draft from users who cannot manage it (404) and shows it to the administrator', async () => {
    const hidden = await detail('canloc', '2.000815');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('procedure_not_found');
    expect((await detail('admin', '2.000815')).json()).toMatchObject({
      status: 'draft',
      timeLimit: null,
    });
  });
});

describe('writing the catalogue', () => {
  it('creates a draft procedure and records it in the audit trail under the common unit of its agencies', async () => {
    const response = await create('9.000001');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      code: '9.000001',
      status: 'draft',
      publishedAt: null,
      leadAgencyCount: 1,
      coordinatingAgencyCount: 1,
      steps: [{ ordinal: 1 }, { ordinal: 2, unitName: 'Sở Tư pháp' }, { ordinal: 3 }],
    });
    const [entry] = await auditOf('procedure.created', '9.000001');
    expect(entry).toMatchObject({
      unitCode: '42',
      after: { code: '9.000001', agencies: [{ unitCode: '443' }, { unitCode: 'STP' }] },
    });
  });

  it('refuses steps whose shares do not add up to 100 % (422) and writes nothing', async () => {
    const steps = [
      { name: 'Tiếp nhận', unitKind: 'district', sharePercent: 40 },
      { name: 'Giải quyết', unitKind: 'district', sharePercent: 50 },
    ];
    const response = await create('9.000002', { steps });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('procedure_step_shares_invalid');
    expect((await detail('admin', '9.000002')).statusCode).toBe(404);
  });

  it('refuses a code already used by a procedure in force (409)', async () => {
    const response = await create('1.001193');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('procedure_code_taken');
  });

  it('refuses a step done by a unit that is not an agency of the procedure, and an unknown agency', async () => {
    const steps = [{ name: 'Thẩm định', unitCode: 'SYT', sharePercent: 100 }];
    expect((await create('9.000003', { steps })).json().error.code).toBe(
      'procedure_step_unit_invalid',
    );
    const agencies = [{ unitCode: 'NOPE', role: 'lead' }];
    expect((await create('9.000003', { agencies, steps: [] })).statusCode).toBe(404);
  });

  it('refuses half a working day written as 0,5 working days', async () => {
    const response = await create('9.000004', { timeLimit: { amount: 0.5, unit: 'working_days' } });
    expect(response.json().error.code).toBe('procedure_time_limit_invalid');
  });

  it('lets only holders of procedures.manage write (403 for a reform officer)', async () => {
    const response = await t.as('snv', {
      method: 'POST',
      url: base,
      payload: newProcedure('9.000005'),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });

  it('publishes a complete procedure, refuses to publish one without a time limit, and withdraws it', async () => {
    await create('9.000006');
    const published = await t.as('admin', { method: 'POST', url: `${base}/9.000006/publish` });
    expect(published.json()).toMatchObject({ status: 'published' });
    expect(published.json().publishedAt).not.toBeNull();
    expect((await detail('canloc', '9.000006')).statusCode).toBe(200);
    expect(await auditOf('procedure.published', '9.000006')).toMatchObject([
      { before: { status: 'draft' }, after: { status: 'published' } },
    ]);

    const noLimit = await t.as('admin', {
      method: 'PATCH',
      url: `${base}/9.000006`,
      payload: { timeLimit: null },
    });
    expect(noLimit.statusCode).toBe(422);
    expect(noLimit.json().error.code).toBe('procedure_not_publishable');

    const withdrawn = await t.as('admin', { method: 'POST', url: `${base}/9.000006/unpublish` });
    expect(withdrawn.json()).toMatchObject({ status: 'draft', publishedAt: null });
    expect((await detail('canloc', '9.000006')).statusCode).toBe(404);

    await create('9.000007', { timeLimit: null });
    const refused = await t.as('admin', { method: 'POST', url: `${base}/9.000007/publish` });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('procedure_not_publishable');
  });

  it('updates a procedure, finds it by its new name, and keeps before and after in the audit trail', async () => {
    await create('9.000008');
    const response = await t.as('admin', {
      method: 'PATCH',
      url: `${base}/9.000008`,
      payload: { name: 'Thủ tục đổi tên để tìm', steps: [] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Thủ tục đổi tên để tìm', steps: [] });
    expect(await totalOf('admin', 'search=doi%20ten%20de%20tim')).toBe(1);
    const [entry] = await auditOf('procedure.updated', '9.000008');
    expect(entry?.before).toMatchObject({ name: 'Thủ tục thử nghiệm cấp giấy xác nhận' });
  });

  it('closes a procedure (valid_to) so that its code may be used again', async () => {
    await create('9.000009');
    const closed = await t.as('admin', {
      method: 'PATCH',
      url: `${base}/9.000009`,
      payload: { validTo: '2021-06-30' },
    });
    expect(closed.json()).toMatchObject({ validTo: '2021-06-30' });
    expect(await auditOf('procedure.closed', '9.000009')).toHaveLength(1);
    const again = await create('9.000009', { validFrom: '2021-07-01' });
    expect(again.statusCode).toBe(201);
    expect(again.json().validTo).toBeNull();
    const reopened = await t.as('admin', {
      method: 'PATCH',
      url: `${base}/9.000009`,
      payload: { validTo: '2021-01-01' },
    });
    expect(reopened.json().error.code).toBe('procedure_dates_invalid');
  });
});
