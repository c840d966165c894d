import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvBatches, runDossierImport } from '../../cli/dossier-import';
import { verifyAuditChain } from '../../server/modules/audit/audit.service';
import { loadActor } from '../../server/modules/auth/auth.service';
import { findUserByUsername } from '../../server/modules/auth/users.repo';
import { importDossierBatches } from '../../server/modules/onestop/dossier-import.service';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * The large-file import (`npm run cli -- dossiers import`): streamed in batches inside one
 * transaction, still all or nothing across batch boundaries, with the HTTP import's checks.
 * Dossiers of the week of Monday 1 April 2019 (no holiday), due Thursday 4 April 17:00.
 */
let t: TestApp;
const dir = mkdtempSync(path.join(tmpdir(), 'cchc-import-cli-'));
const header =
  'code,procedure_code,unit_code,channel,received_at,due_at,finished_at,apology_issued_at,rating,applicant_phone';
const row = (n: number, extra = '') =>
  `443-190401-${String(n).padStart(4, '0')},1.001612,443,${n % 2 ? 'online' : 'counter'},2019-04-01T08:00:00+07:00,2019-04-04T17:00:00+07:00,2019-04-02T08:00:00+07:00,,${extra || '5'},0912345678`;

function file(name: string, lines: string[]) {
  const target = path.join(dir, name);
  writeFileSync(target, `\uFEFF${[header, ...lines].join('\n')}\n`);
  return target;
}

async function context(username: string) {
  const user = await findUserByUsername(t.db, username);
  if (!user) throw new Error(`no ${username}`);
  return {
    db: t.db,
    provinceCode: '42',
    actor: await loadActor(t.db, user.id, user.username, 'cli'),
    meta: { requestId: 'test-cli', clientAddress: null },
  };
}

const storedCount = async () => {
  const result = (await t.db.execute(
    sql`select count(*)::int as n from dossiers where code like '443-190401-%'`,
  )) as unknown as { rows: Array<{ n: number }> };
  return result.rows[0]?.n ?? -1;
};

const aprilKpi = async () =>
  (
    await t.as('admin', {
      method: 'GET',
      url: '/api/onestop/kpi?unit=443&from=2019-04-01&to=2019-04-30',
    })
  ).json();

beforeAll(async () => {
  t = await createTestApp();
  await t.tokenOf('admin');
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('streamed import in batches (CLI)', () => {
  it('reads a CSV in batches numbered by file line, skipping blank lines', async () => {
    const target = path.join(dir, 'blank.csv');
    writeFileSync(target, [header, row(1), '', row(2), row(3)].join('\n'));
    const batches = [];
    for await (const batch of readCsvBatches(target, 2)) batches.push(batch);
    expect(batches.map((b) => b.map((r) => r.row))).toEqual([[2, 4], [5]]);
    expect(batches[0]?.[0]?.values.code).toBe('443-190401-0001');
  });

  it('writes nothing when the only bad row is in the last batch, after batches were written', async () => {
    const lines = [row(1), row(2), row(3), row(4), row(5), row(6, '9')];
    const target = file('bad-last.csv', lines);
    await expect(
      importDossierBatches(await context('admin'), readCsvBatches(target, 2), false),
    ).rejects.toMatchObject({
      code: 'import_has_errors',
      details: { errors: [{ row: 7, column: 'rating' }] },
    });
    expect(await storedCount()).toBe(0);
    expect((await aprilKpi()).received).toBe(0);
  });

  it('tells a code repeated across batch boundaries, and a dry run writes nothing', async () => {
    const target = file('repeat.csv', [row(1), row(2), row(3), row(1)]);
    const result = await importDossierBatches(
      await context('admin'),
      readCsvBatches(target, 2),
      true,
    );
    expect(result).toMatchObject({ dryRun: true, imported: 0, valid: 3 });
    expect(result.errors).toEqual([
      { row: 5, column: 'code', message: 'Mã hồ sơ trùng với dòng 2 của tệp' },
    ]);
    expect(await storedCount()).toBe(0);
  });

  it('imports a file over several batches, counted once in the KPI, with one audit entry', async () => {
    const target = file(
      'good.csv',
      Array.from({ length: 7 }, (_, i) => row(i + 1)),
    );
    const lines: string[] = [];
    const code = await runDossierImport(t.db, '42', [target, '--as', 'admin'], (l) =>
      lines.push(l),
    );
    expect(code, lines.join('\n')).toBe(0);
    expect(await storedCount()).toBe(7);
    expect(await aprilKpi()).toMatchObject({ received: 7, finished: 7, onTime: 7, online: 4 });
    const audit = (await t.db.execute(
      sql`select count(*)::int as n from audit_entries where action = 'dossier.imported'`,
    )) as unknown as { rows: Array<{ n: number }> };
    expect(audit.rows[0]?.n).toBe(1);
    expect((await verifyAuditChain(t.db)).breaks).toEqual([]);
    // The same file again: every code is already stored; exit 1, nothing more written.
    const again: string[] = [];
    expect(
      await runDossierImport(t.db, '42', [target, '--as', 'admin'], (l) => again.push(l)),
    ).toBe(1);
    expect(again[0]).toContain('7 lỗi');
    expect(await storedCount()).toBe(7);
  });

  it('keeps the importer to its scope and refuses an unknown account', async () => {
    const target = file('scope.csv', [row(20)]);
    const out: string[] = [];
    expect(
      await runDossierImport(t.db, '42', [target, '--as', 'thachha'], (l) => out.push(l)),
    ).toBe(1);
    expect(out.join('\n')).toMatch(/out_of_scope|forbidden/);
    expect(await runDossierImport(t.db, '42', [target, '--as', 'khong-co'], () => {})).toBe(2);
    expect(await runDossierImport(t.db, '42', [target], () => {})).toBe(2);
  });
});
