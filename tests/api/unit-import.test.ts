import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitImportColumns } from '../../contracts/units';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const header = unitImportColumns.join(',');
const csv = (...rows: string[]) => [header, ...rows].join('\n');

const importCsv = (content: string, dryRun = false) =>
  t.as('admin', {
    method: 'POST',
    url: `/api/units/import?dryRun=${dryRun}`,
    headers: { 'content-type': 'text/csv' },
    payload: content,
  });
const getUnit = (code: string) => t.as('admin', { method: 'GET', url: `/api/units/${code}` });

async function buildXlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Don vi');
  sheet.addRow([...unitImportColumns]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function multipartBody(boundary: string, filename: string, type: string, content: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

// Row 3 has a kind that does not exist, row 5 a parent that does not exist; rows 2 and 4 are fine.
const fileWithTwoBadRows = csv(
  'E01,Xã Đúng Một,commune,443,Xã,,2024-01-01',
  'E02,Xã Sai Loại,hamlet,443,Xã,,2024-01-01',
  'E03,Xã Đúng Hai,commune,443,Xã,,2024-01-01',
  'E04,Xã Mồ Côi,commune,NOPE,Xã,,2024-01-01',
);

describe('POST /api/units/import', () => {
  it('reports the file line of a bad CSV row even after blank lines', async () => {
    const content = `${header}\n\nB01,Xã Dòng Trống,commune,443,Xã,,2024-01-01\n\nB02,Xã Sai,planet,443,Xã,,2024-01-01\n`;
    const response = await importCsv(content, true);
    expect(response.statusCode).toBe(200);
    expect(response.json().errors).toEqual([expect.objectContaining({ row: 5, column: 'kind' })]);
  });

  it('creates the units of a CSV file, a child row referring to a parent made earlier in the same file', async () => {
    const response = await importCsv(
      csv(
        'I01,Xã Nhập Một,commune,443,Xã,NM,2024-01-01',
        'I01_TT,Bộ phận một cửa xã Nhập Một,service_centre,I01,,,2024-01-01',
      ),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ dryRun: false, created: 2, updated: 0, errors: [] });
    expect((await getUnit('I01')).json()).toMatchObject({
      name: 'Xã Nhập Một',
      shortName: 'NM',
      typeLabel: 'Xã',
      validFrom: '2024-01-01',
    });
    expect((await getUnit('I01_TT')).json()).toMatchObject({
      kind: 'service_centre',
      ancestors: [{ code: '42' }, { code: '443' }, { code: 'I01' }],
    });
  });

  it('refuses a file with bad rows as a whole (422 import_has_errors), naming each row and column', async () => {
    const response = await importCsv(fileWithTwoBadRows);
    expect(response.statusCode).toBe(422);
    const { error } = response.json();
    expect(error.code).toBe('import_has_errors');
    expect(
      error.details.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
    ).toEqual([
      [3, 'kind'],
      [5, 'parent_code'],
    ]);
    expect((await getUnit('E01')).statusCode).toBe(404);
    expect((await getUnit('E03')).statusCode).toBe(404);
  });

  it('reports the same errors in a dry run with 200 and writes nothing', async () => {
    const dry = await importCsv(fileWithTwoBadRows, true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, created: 0, updated: 0 });
    expect(dry.json().errors.map((e: { row: number }) => e.row)).toEqual([3, 5]);

    const clean = await importCsv(
      csv('E05,Xã Chỉ Thử,commune,443,,,2024-01-01', '18406,Thị trấn Nghèn Thử,commune,443,,,'),
      true,
    );
    expect(clean.json()).toEqual({ dryRun: true, created: 1, updated: 1, errors: [] });
    expect((await getUnit('E05')).statusCode).toBe(404);
    expect((await getUnit('18406')).json().name).toBe('Thị trấn Nghèn');
  });

  it('reports a valid_from before the parent opened against its row, in a dry run as in a real one', async () => {
    const early = csv('E06,Xã Quá Sớm,commune,443,,,2019-06-01');
    expect((await importCsv(early, true)).json().errors).toMatchObject([
      { row: 2, column: 'valid_from' },
    ]);
    const response = await importCsv(early);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details.errors).toMatchObject([{ row: 2, column: 'valid_from' }]);
  });

  it('updates the name of a unit whose code already exists, keeping its parent and dates', async () => {
    const response = await importCsv(csv('18415,Xã Thiên Lộc Đổi Tên,commune,443,Xã,,'));
    expect(response.json()).toEqual({ dryRun: false, created: 0, updated: 1, errors: [] });
    expect((await getUnit('18415')).json()).toMatchObject({
      name: 'Xã Thiên Lộc Đổi Tên',
      parentCode: '443',
      validFrom: '2020-01-01',
    });
  });

  it('refuses to move an existing unit to another parent through a file', async () => {
    const response = await importCsv(csv('18418,Xã Thuần Thiện,commune,445,Xã,,'));
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details.errors).toMatchObject([{ row: 2, column: 'parent_code' }]);
    expect((await getUnit('18418')).json().parentCode).toBe('443');
  });

  it('imports an .xlsx sent as the raw body', async () => {
    const payload = await buildXlsx([
      ['X01', 'Xã Từ Excel', 'commune', '445', 'Xã', '', '2024-03-01'],
    ]);
    const response = await t.as('admin', {
      method: 'POST',
      url: '/api/units/import',
      headers: { 'content-type': xlsxType },
      payload,
    });
    expect(response.json()).toEqual({ dryRun: false, created: 1, updated: 0, errors: [] });
    expect((await getUnit('X01')).json()).toMatchObject({
      name: 'Xã Từ Excel',
      parentCode: '445',
      validFrom: '2024-03-01',
    });
  });

  it('imports a CSV and an .xlsx uploaded as multipart form data', async () => {
    const boundary = '----cchc-test-boundary';
    const files = [
      {
        name: 'don-vi.csv',
        type: 'text/csv',
        content: Buffer.from(csv('P01,Xã Từ Biểu Mẫu,commune,443,,,2024-01-01')),
      },
      {
        name: 'don-vi.xlsx',
        type: xlsxType,
        content: await buildXlsx([
          ['P02', 'Xã Từ Biểu Mẫu Hai', 'commune', '443', '', '', '2024-01-01'],
        ]),
      },
    ];
    for (const file of files) {
      const response = await t.as('admin', {
        method: 'POST',
        url: '/api/units/import',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: multipartBody(boundary, file.name, file.type, file.content),
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().created).toBe(1);
    }
    expect((await getUnit('P01')).statusCode).toBe(200);
    expect((await getUnit('P02')).statusCode).toBe(200);
  });

  it('answers 415 unsupported_file to a body that is neither a spreadsheet nor text', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52,
    ]);
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]);
    for (const [type, payload] of [
      ['text/csv', png],
      [xlsxType, brokenZip],
    ] as const) {
      const response = await t.as('admin', {
        method: 'POST',
        url: '/api/units/import',
        headers: { 'content-type': type },
        payload,
      });
      expect(response.statusCode).toBe(415);
      expect(response.json().error.code).toBe('unsupported_file');
    }
  });

  it('refuses a whole file with a row outside the importer’s scope (403 out_of_scope naming the row)', async () => {
    const roles = [{ role: 'system_admin', unitCode: '443' }];
    const admin = {
      username: 'qt.canloc',
      fullName: 'Quản trị Can Lộc',
      password: 'QuanTri2024x',
      roles,
    };
    expect(
      (await t.as('admin', { method: 'POST', url: '/api/users', payload: admin })).statusCode,
    ).toBe(201);
    await t.tokenOf('qt.canloc', 'QuanTri2024x');
    const response = await t.as('qt.canloc', {
      method: 'POST',
      url: '/api/units/import',
      headers: { 'content-type': 'text/csv' },
      payload: csv(
        'Q01,Xã Của Mình,commune,443,,,2024-01-01',
        'Q02,Xã Ở Thạch Hà,commune,445,,,2024-01-01',
      ),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({
      code: 'out_of_scope',
      details: { row: 3, column: 'parent_code' },
    });
    expect((await getUnit('Q01')).statusCode).toBe(404);
  });
});

describe('GET /api/units/import-template', () => {
  it('returns an .xlsx with the import columns that imports once filled in', async () => {
    const response = await t.as('admin', { method: 'GET', url: '/api/units/import-template' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain(xlsxType);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('template has no sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...unitImportColumns]);
    // A clerk overwrites the two example rows.
    sheet.getRow(2).values = ['TPL01', 'Xã Điền Mẫu', 'commune', '443', 'Xã', '', '2024-01-01'];
    sheet.getRow(3).values = ['TPL02', 'Xã Điền Mẫu Hai', 'commune', '445', 'Xã', '', '2024-01-01'];
    const payload = Buffer.from(await workbook.xlsx.writeBuffer());
    const imported = await t.as('admin', {
      method: 'POST',
      url: '/api/units/import',
      headers: { 'content-type': xlsxType },
      payload,
    });
    expect(imported.json()).toEqual({ dryRun: false, created: 2, updated: 0, errors: [] });
    expect((await getUnit('TPL01')).json().name).toBe('Xã Điền Mẫu');
    expect((await getUnit('TPL02')).json().parentCode).toBe('445');
    expect((await getUnit('18XXX')).statusCode).toBe(404);
  });
});
