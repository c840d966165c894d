import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/database';
import { verifyAuditChain } from '../../server/modules/audit/audit.service';
import { seedDemoProvince } from '../../server/seed/seed-demo';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const newCommune = (code: string) => ({
  method: 'POST' as const,
  url: '/api/units',
  payload: {
    code,
    name: `Xã Thử ${code}`,
    kind: 'commune',
    parentCode: '443',
    validFrom: '2021-01-01',
  },
});

describe('audit trail', () => {
  it('records actor, action, entity, after, request id and client address in the same transaction as the change', async () => {
    const created = await t.as('admin', newCommune('AUD1'));
    expect(created.statusCode).toBe(201);
    const list = (
      await t.as('admin', { method: 'GET', url: '/api/audit?action=unit.created&entityType=unit' })
    ).json();
    const entry = list.items.find((e: { after: { code?: string } }) => e.after?.code === 'AUD1');
    expect(entry).toMatchObject({
      actorUsername: 'admin',
      entityType: 'unit',
      entityId: String(created.json().id),
      unitCode: 'AUD1',
      requestId: created.headers['x-request-id'],
      clientAddress: '127.0.0.1',
    });
  });

  it('leaves no entry when the change is refused', async () => {
    const before = (await t.as('admin', { method: 'GET', url: '/api/audit?pageSize=1' })).json()
      .total;
    const refused = await t.as('admin', newCommune('AUD1'));
    expect(refused.statusCode).toBe(409);
    const after = (await t.as('admin', { method: 'GET', url: '/api/audit?pageSize=1' })).json()
      .total;
    expect(after).toBe(before);
  });

  it('keeps a valid hash chain across writes', async () => {
    await t.as('admin', newCommune('AUD2'));
    await t.as('admin', {
      method: 'PATCH',
      url: '/api/units/AUD2',
      payload: { name: 'Xã Thử Đổi Tên' },
    });
    const result = await verifyAuditChain(t.db);
    expect(result.breaks).toEqual([]);
    expect(result.checked).toBeGreaterThan(3);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit entries in the database itself', async () => {
    await expect(t.db.execute(sql`update audit_entries set action = 'x'`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_entries`)).rejects.toThrow();
    await expect(t.db.execute(sql`truncate audit_entries`)).rejects.toThrow();
    expect((await verifyAuditChain(t.db)).breaks).toEqual([]);
  });

  it('pages and filters the audit list for administrators only', async () => {
    const page = (
      await t.as('admin', { method: 'GET', url: '/api/audit?pageSize=2&page=1' })
    ).json();
    expect(page.items).toHaveLength(2);
    expect(page.items[0].id).toBeGreaterThan(page.items[1].id);
    const refused = await t.as('canloc', { method: 'GET', url: '/api/audit' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
  });

  it('keeps every chain verifiable after concurrent writes, and tells a cut tail of one chain', async () => {
    const codes = Array.from({ length: 24 }, (_, i) => `AUDC${i}`);
    const created = await Promise.all(codes.map((code) => t.as('admin', newCommune(code))));
    expect(created.map((r) => r.statusCode)).toEqual(codes.map(() => 201));
    await Promise.all(
      codes.map((code) =>
        t.as('admin', {
          method: 'PATCH',
          url: `/api/units/${code}`,
          payload: { name: `Xã ${code}` },
        }),
      ),
    );
    const result = await verifyAuditChain(t.db);
    expect(result.breaks).toEqual([]);
    const chains = (await t.db.execute(
      sql`select count(distinct chain)::int as n from audit_entries`,
    )) as unknown as { rows: Array<{ n: number }> };
    expect(chains.rows[0]?.n).toBeGreaterThan(1);

    // Removing the newest entry of a chain behind the trigger leaves its head pointing past the end.
    await t.db.execute(sql`alter table audit_entries disable trigger audit_entries_append_only`);
    await t.db.execute(
      sql`delete from audit_entries where id = (select max(id) from audit_entries where chain <> 0)`,
    );
    await t.db.execute(sql`alter table audit_entries enable trigger audit_entries_append_only`);
    const cut = await verifyAuditChain(t.db);
    expect(cut.breaks.map((b) => b.reason)).toEqual(['head_mismatch']);
  });
});

describe('npm run cli -- audit verify', () => {
  const run = promisify(execFile);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cchc-audit-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const verify = () =>
    run(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'audit', 'verify'], {
      env: { ...process.env, CCHC_DATA_DIR: dataDir, DATABASE_URL: '' },
    }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );

  it('exits 0 on an intact chain and 1 after an entry was altered behind the trigger', async () => {
    const handle = await openDatabase({ databaseUrl: null, dataDir });
    await seedDemoProvince(handle.db, { provinceCode: '42', demoPassword: 'unused-password-1' });
    await handle.close();
    const intact = await verify();
    expect(intact.code).toBe(0);
    expect(intact.out).toContain('toàn vẹn');

    // A superuser can disable the guard; the chain is what still tells.
    const tamper = await openDatabase({ databaseUrl: null, dataDir });
    await tamper.db.execute(
      sql`alter table audit_entries disable trigger audit_entries_append_only`,
    );
    await tamper.db.execute(sql`update audit_entries set after = '{"units": 1}'::jsonb`);
    await tamper.close();
    const broken = await verify();
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('hash_mismatch');
  }, 60_000);
});
