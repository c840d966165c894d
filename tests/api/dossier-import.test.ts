import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSheet } from '../../server/files/tabular-file';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * The historical import (issue 4): all or nothing, row errors with column and reason, scoped to
 * the importer's subtree, and imported dossiers counted in every KPI. The hand-made file, in a
 * week of 2019 no other test touches (Monday 4 – Friday 8 March, no holiday; all due Thursday
 * 7 March 17:00; 08:00 to 08:00 of the next working day is one working day):
 *
 * | row | code              | unit  | channel | result                 | apology | rating |
 * |-----|-------------------|-------|---------|------------------------|---------|--------|
 * | 2   | 443-190304-0001   | 443   | online  | Tue 08:00, returned    |         | 5      |
 * | 3   | 443-190304-0002   | 443   | counter | Wed 08:00              |         | 4      |
 * | 4   | 443-190304-0003   | 443   | counter | Fri 08:00 (late)       | Wed     | 2      |
 * | 5   | 443-190304-0004   | 443   | online  | Fri 08:00 (late)       |         |        |
 * | 6   | 443-190304-0005   | 443   | counter | none (in progress)     |         |        |
 * | 7   | 18406-190305-0001 | 18406 | online  | Wed 08:00 (received Tue, no offset) |  | 3 |
 *
 * Can Lộc's subtree (443 and its commune 18406) over 4–5 March: received 6, finished 5,
 * pending 1, on time 3 (rows 2, 3, 7), late 2 → 60 %; online 3 of 6 → 50 %; overdue without
 * apology 1 (row 5); rated 4, satisfied 2 (5 and 4) → 50 %; working days 1 + 2 + 4 + 4 + 1 = 12
 * over 5 results → 2.4.
 */
let t: TestApp;
const url = '/api/onestop/dossiers/import';
const password = 'nhap-lich-su-2019';
const header =
  'code,procedure_code,unit_code,channel,received_at,due_at,finished_at,apology_issued_at,rating,applicant_phone,applicant_name,returned_at';
const due = '2019-03-07T17:00:00+07:00';
const validRows = [
  `443-190304-0001,1.001612,443,online,2019-03-04T08:00:00+07:00,${due},2019-03-05T08:00:00+07:00,,5,0987 654 321,Trần Thị Bình,2019-03-05T10:00:00+07:00`,
  `443-190304-0002,1.001612,443,counter,2019-03-04T08:00:00+07:00,${due},2019-03-06T08:00:00+07:00,,4,,,`,
  `443-190304-0003,1.001612,443,counter,2019-03-04T08:00:00+07:00,${due},2019-03-08T08:00:00+07:00,2019-03-06T09:00:00+07:00,2,,,`,
  `443-190304-0004,1.001612,443,online,2019-03-04T08:00:00+07:00,${due},2019-03-08T08:00:00+07:00,,,,,`,
  `443-190304-0005,1.001612,443,counter,2019-03-04T08:00:00+07:00,${due},,,,,,`,
  `18406-190305-0001,1.004873,18406,online,2019-03-05 08:00,${due},2019-03-06T08:00:00+07:00,,3,,,`,
];
const csv = (rows: string[]) => [header, ...rows].join('\n');

const importCsv = (user: string, body: string, dryRun = false) =>
  t.as(user, {
    method: 'POST',
    url: dryRun ? `${url}?dryRun=true` : url,
    headers: { 'content-type': 'text/csv' },
    payload: body,
  });

async function kpi(unit: string, from: string, to: string) {
  const response = await t.as('admin', {
    method: 'GET',
    url: `/api/onestop/kpi?unit=${unit}&from=${from}&to=${to}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const staffLookup = (code: string) =>
  t.as('admin', { method: 'GET', url: `/api/onestop/dossiers/${code}` });

async function auditCount(): Promise<number> {
  const response = await t.as('admin', {
    method: 'GET',
    url: '/api/audit?action=dossier.imported&pageSize=1',
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().total as number;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const [username, unitCode] of [
    ['nhap443', '443'],
    ['nhap445', '445'],
  ] as const) {
    const created = await t.as('admin', {
      method: 'POST',
      url: '/api/users',
      payload: {
        username,
        fullName: `Quản trị ${unitCode}`,
        password,
        roles: [{ role: 'system_admin', unitCode }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    await t.tokenOf(username, password);
  }
});

afterAll(async () => {
  await t.close();
});

describe('POST /api/onestop/dossiers/import', () => {
  it('validates only on a dry run', async () => {
    const response = await importCsv('nhap443', csv(validRows), true);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ dryRun: true, imported: 0, valid: 6, errors: [] });
    expect((await staffLookup('443-190304-0001')).statusCode).toBe(404);
    expect((await kpi('443', '2019-03-04', '2019-03-05')).received).toBe(0);
  });

  it('refuses a whole file with a unit outside the subtree (403) and writes nothing', async () => {
    const before = await auditCount();
    const response = await importCsv('nhap445', csv(validRows));
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_scope');
    const mixed = await importCsv(
      'nhap443',
      csv([
        ...validRows,
        `445-190304-0001,1.001612,445,counter,2019-03-04T08:00:00+07:00,${due},,,,,,`,
      ]),
    );
    expect(mixed.statusCode).toBe(403);
    expect((await staffLookup('443-190304-0001')).statusCode).toBe(404);
    expect(await auditCount()).toBe(before);
  });

  it('writes nothing for a file with bad rows and lists each with column and reason', async () => {
    const before = await auditCount();
    const rows = [...validRows];
    rows[1] = rows[1]!.replace(',counter,', ',fax,');
    rows[3] = rows[3]!.replace('2019-03-08T08:00:00+07:00', '2019-03-01T08:00:00+07:00');
    const response = await importCsv('nhap443', csv(rows));
    expect(response.statusCode).toBe(422);
    const { error } = response.json();
    expect(error.code).toBe('import_has_errors');
    expect(
      error.details.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
    ).toEqual([
      [3, 'channel'],
      [5, 'finished_at'],
    ]);
    for (const e of error.details.errors) expect(e.message).toMatch(/[à-ỹ]/);
    expect((await staffLookup('443-190304-0001')).statusCode).toBe(404);
    expect((await kpi('443', '2019-03-04', '2019-03-05')).received).toBe(0);
    expect(await auditCount()).toBe(before);

    const dry = await importCsv('nhap443', csv(rows), true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, imported: 0, valid: 4 });
    expect(dry.json().errors).toHaveLength(2);
  });

  it('reports missing columns, instants and ratings row by row', async () => {
    const missing = await importCsv('nhap443', 'code,unit_code\nX,443');
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.details.errors.map((e: { column: string }) => e.column)).toContain(
      'procedure_code',
    );
    const bad = await importCsv(
      'nhap443',
      csv([
        `443-190304-0101,1.001612,443,counter,04/03/2019,${due},,,,,,`,
        `443-190304-0102,1.001612,443,counter,2019-03-04T08:00:00+07:00,${due},,,7,,,`,
        `443-190304-0103,9.999999,999,counter,2019-03-04T08:00:00+07:00,${due},,,,,,`,
      ]),
    );
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .error.details.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
    ).toEqual([
      [2, 'received_at'],
      [3, 'rating'],
      [4, 'procedure_code'],
      [4, 'unit_code'],
    ]);
  });

  it('imports a valid file whose dossiers count exactly in every KPI', async () => {
    const before = await auditCount();
    const response = await importCsv('nhap443', csv(validRows));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ dryRun: false, imported: 6, valid: 6, errors: [] });
    expect(await auditCount()).toBe(before + 1);

    expect(await kpi('443', '2019-03-04', '2019-03-05')).toMatchObject({
      received: 6,
      finished: 5,
      withdrawn: 0,
      pending: 1,
      onTime: 3,
      late: 2,
      onTimeRate: 60,
      online: 3,
      onlineRate: 50,
      overdueWithoutApology: 1,
      rated: 4,
      satisfied: 2,
      satisfactionRate: 50,
      averageProcessingWorkingDays: 2.4,
    });
    // Row 7 alone: received Tuesday (a time without offset read as +07:00), one working day.
    expect(await kpi('18406', '2019-03-05', '2019-03-05')).toMatchObject({
      received: 1,
      finished: 1,
      onTime: 1,
      late: 0,
      online: 1,
      rated: 1,
      satisfied: 0,
      averageProcessingWorkingDays: 1,
    });
    // Monday only: rows 2–6.
    expect(await kpi('443', '2019-03-04', '2019-03-04')).toMatchObject({
      received: 5,
      finished: 4,
      onTime: 2,
      late: 2,
      online: 2,
      rated: 3,
      satisfied: 2,
      averageProcessingWorkingDays: 2.75,
    });

    const detail = (await staffLookup('443-190304-0001')).json();
    expect(detail).toMatchObject({
      code: '443-190304-0001',
      state: 'returned',
      timeliness: 'early',
      receivedAt: '2019-03-04T08:00:00+07:00',
      dueAt: '2019-03-07T17:00:00+07:00',
    });
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual([
      'received',
      'finished',
      'returned',
      'rated',
    ]);
    expect((await staffLookup('443-190304-0005')).json().state).toBe('in_progress');
    const late = (await staffLookup('443-190304-0003')).json();
    expect(late).toMatchObject({ state: 'finished', timeliness: 'late' });
    expect(late.apology).toMatchObject({ apologyLate: false });

    const publicView = await t.app.inject({
      method: 'GET',
      url: '/api/public/dossiers/443-190304-0001?phone=4321',
    });
    expect(publicView.statusCode, publicView.body).toBe(200);
    expect(publicView.json()).toMatchObject({ applicantName: 'Trần T** B**', rated: true });
  });

  it('refuses codes repeated in the file or already stored', async () => {
    const again = await importCsv('nhap443', csv([validRows[0]!]));
    expect(again.statusCode).toBe(422);
    expect(again.json().error.details.errors).toEqual([
      { row: 2, column: 'code', message: expect.stringContaining('đã có') },
    ]);
    const fresh = `443-190311-0001,1.001612,443,counter,2019-03-11T08:00:00+07:00,2019-03-14T17:00:00+07:00,,,,,,`;
    const twice = await importCsv('nhap443', csv([fresh, fresh]));
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.details.errors).toEqual([
      { row: 3, column: 'code', message: expect.stringContaining('dòng 2') },
    ]);
    expect((await staffLookup('443-190311-0001')).statusCode).toBe(404);
  });

  it('reads the same columns from an .xlsx file', async () => {
    const columns = header.split(',').map((key) => ({ header: key, key }));
    const content = await writeSheet('Hồ sơ', columns, [
      Object.fromEntries(
        columns.map(({ key }, i) => [
          key,
          `443-190318-0001,1.001612,443,postal,2019-03-18T08:00:00+07:00,2019-03-21T17:00:00+07:00,2019-03-19T08:00:00+07:00,,,,,`.split(
            ',',
          )[i] ?? '',
        ]),
      ),
    ]);
    const response = await t.as('nhap443', {
      method: 'POST',
      url,
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: content,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().imported).toBe(1);
    expect((await kpi('443', '2019-03-18', '2019-03-18')).finished).toBe(1);
  });

  it('is refused to roles without dossiers.import', async () => {
    const response = await importCsv('canloc', csv(validRows));
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });
});
