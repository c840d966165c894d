import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('probe merge reuse', async () => {
  const r = await t.as('admin', { method: 'POST', url: '/api/units/merge', payload: { sourceCodes: ['18475', '18478'], into: { code: '18475', name: 'Xã Xuân Thượng', kind: 'commune', parentCode: '443' }, effectiveOn: '2025-07-01' } });
  console.log(r.statusCode, r.body.slice(0, 500));
  const csv = 'code,name,kind,parent_code,type_label,short_name,valid_from\n\nI01,Xã Nhập,commune,443,,,2019-01-01\n\nI02,Xã Hai,hamlet,443,,,\n';
  for (const dry of ['true', 'false']) {
    const r2 = await t.as('admin', { method: 'POST', url: `/api/units/import?dryRun=${dry}`, headers: { 'content-type': 'text/csv' }, payload: csv });
    console.log(r2.statusCode, r2.body);
  }
  const csv2 = 'code,name,kind,parent_code,type_label,short_name,valid_from\nI01,Xã Nhập,commune,443,,,2019-01-01\n';
  for (const dry of ['true', 'false']) {
    const r2 = await t.as('admin', { method: 'POST', url: `/api/units/import?dryRun=${dry}`, headers: { 'content-type': 'text/csv' }, payload: csv2 });
    console.log(r2.statusCode, r2.body);
  }
});
