import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/modules/audit/audit.service';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('API conventions', () => {
  it('answers GET /api/health with the database kind', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok', database: t.dbKind });
  });

  it('serves OpenAPI 3.1 at /api/openapi.json with the unit routes and a docs page', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toContain('/api/units');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const response = await t.as('admin', {
      method: 'POST',
      url: '/api/units',
      headers: { 'content-type': 'application/json' },
      payload: '{"code": "X",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
  });

  it('answers an oversized body with 413 and writes nothing', async () => {
    const before = (
      await t.as('admin', { method: 'GET', url: '/api/units?pageSize=1&includeClosed=true' })
    ).json().total;
    const response = await t.as('admin', {
      method: 'POST',
      url: '/api/units',
      payload: {
        code: 'BIG',
        name: 'x'.repeat(2 * 1024 * 1024),
        kind: 'commune',
        parentCode: '443',
        validFrom: '2021-01-01',
      },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
    const after = (
      await t.as('admin', { method: 'GET', url: '/api/units?pageSize=1&includeClosed=true' })
    ).json().total;
    expect(after).toBe(before);
  });

  it('lists every bad field of a body with wrong types, in Vietnamese', async () => {
    const response = await t.as('admin', {
      method: 'POST',
      url: '/api/units',
      payload: {
        code: 12,
        name: '',
        kind: 'planet',
        parentCode: '443',
        validFrom: '01/01/2021',
        extra: 1,
      },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Dữ liệu gửi lên không hợp lệ');
    const paths = error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.code', 'body.name', 'body.kind', 'body.validFrom']),
    );
    expect(error.details.some((d: { message: string }) => /[àáảãạăâđêôơư]/i.test(d.message))).toBe(
      true,
    );
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await t.as('admin', {
      method: 'POST',
      url: '/api/units',
      headers: { 'content-type': 'application/xml' },
      payload: '<unit/>',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupported_media_type');
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await t.as('admin', { method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});

describe('transactions under concurrency', () => {
  /**
   * With a driver that shares one session between requests, the ROLLBACK of a failing split
   * would also undo a concurrent successful insert (docs/decisions/001-query-layer.md).
   */
  it('keeps every successful write when half-done writes roll back concurrently', async () => {
    const creates = Array.from({ length: 12 }, (_, i) =>
      t.as('admin', {
        method: 'POST',
        url: '/api/units',
        payload: {
          code: `CC${i}`,
          name: `Xã Đồng Thời ${i}`,
          kind: 'commune',
          parentCode: '445',
          validFrom: '2021-01-01',
        },
      }),
    );
    // Each split closes a real commune and creates a part before failing on an unknown parent.
    const failingSplits = Array.from({ length: 12 }, () =>
      t.as('admin', {
        method: 'POST',
        url: '/api/units/18406/split',
        payload: {
          effectiveOn: '2025-07-01',
          parts: [
            { code: 'PART_OK', name: 'Xã Phần Một', kind: 'commune', parentCode: '443' },
            { code: 'PART_BAD', name: 'Xã Phần Hai', kind: 'commune', parentCode: 'KHONG_CO' },
          ],
        },
      }),
    );
    const responses = await Promise.all(
      creates.flatMap((create, i) => [create, failingSplits[i]!]),
    );
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(12);
    expect(responses.filter((r) => r.statusCode === 404)).toHaveLength(12);
    const created = (
      await t.as('admin', { method: 'GET', url: '/api/units?search=dong%20thoi&pageSize=50' })
    ).json();
    expect(created.total).toBe(12);
    const nghen = (await t.as('admin', { method: 'GET', url: '/api/units/18406' })).json();
    expect(nghen.validTo).toBeNull();
    expect((await t.as('admin', { method: 'GET', url: '/api/units/PART_OK' })).statusCode).toBe(
      404,
    );
    expect((await verifyAuditChain(t.db)).breaks).toEqual([]);
  });
});
