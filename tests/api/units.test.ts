import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/units', () => {
  it('lists the seeded organisation: province, 19 departments, 7 central agencies, 13 districts, 216 communes', async () => {
    const count = async (kind: string) =>
      (await t.as('snv', { method: 'GET', url: `/api/units?kind=${kind}&pageSize=1` })).json()
        .total;
    expect(await count('province')).toBe(1);
    expect(await count('department')).toBe(19);
    expect(await count('central_agency')).toBe(7);
    expect(await count('district')).toBe(13);
    expect(await count('commune')).toBe(216);
  });

  it('finds "Huyện Can Lộc" when searching "can loc" without diacritics', async () => {
    const response = await t.as('canloc', { method: 'GET', url: '/api/units?search=can%20loc' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ page: 1, pageSize: 20 });
    expect(body.items.map((u: { name: string }) => u.name)).toContain('Huyện Can Lộc');
  });

  it('pages the communes of a district by parent code', async () => {
    const first = (
      await t.as('snv', {
        method: 'GET',
        url: '/api/units?parent=443&pageSize=10&page=1&sort=code',
      })
    ).json();
    const second = (
      await t.as('snv', {
        method: 'GET',
        url: '/api/units?parent=443&pageSize=10&page=2&sort=code',
      })
    ).json();
    expect(first.total).toBe(18);
    expect(first.items).toHaveLength(10);
    expect(second.items).toHaveLength(8);
    expect(first.items[0].parentCode).toBe('443');
    expect(
      new Set([...first.items, ...second.items].map((u: { code: string }) => u.code)).size,
    ).toBe(18);
  });

  it('answers 400 listing every bad query field', async () => {
    const response = await t.as('snv', {
      method: 'GET',
      url: '/api/units?page=0&pageSize=9999&kind=planet',
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    const paths = error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['querystring.kind', 'querystring.page', 'querystring.pageSize']);
  });

  it('answers 401 with a Vietnamese message to an anonymous caller', async () => {
    const response = await t.as(null, { method: 'GET', url: '/api/units' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toMatchObject({
      code: 'unauthenticated',
      message: 'Vui lòng đăng nhập để tiếp tục',
    });
  });
});

describe('GET /api/units/:code', () => {
  it('shows a commune with its ancestors up to the province', async () => {
    const response = await t.as('snv', { method: 'GET', url: '/api/units/18406' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      code: '18406',
      name: 'Thị trấn Nghèn',
      kind: 'commune',
      level: 2,
      parentCode: '443',
      ancestors: [{ code: '42' }, { code: '443' }],
    });
  });

  it('answers 404 unit_not_found for an unknown code', async () => {
    const response = await t.as('snv', { method: 'GET', url: '/api/units/99999' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('unit_not_found');
  });
});
