import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const base = '/api/onestop/procedures';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function exportSheet(user = 'admin', query = ''): Promise<Buffer> {
  const response = await t.as(user, { method: 'GET', url: `${base}/export.xlsx${query}` });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain(xlsxType);
  return response.rawPayload;
}

const importSheet = (payload: Buffer, dryRun = false, user = 'admin') =>
  t.as(user, {
    method: 'POST',
    url: `${base}/import?dryRun=${dryRun}`,
    headers: { 'content-type': xlsxType },
    payload,
  });

/** Every cell of the first sheet as text, row by row (header first). */
async function readCells(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
  });
  return rows;
}

/** The export with its rows changed by `edit` (cells addressed by header). */
async function editSheet(
  content: Buffer,
  edit: (sheet: {
    set(row: number, header: string, value: string | number | null): void;
    add(values: Record<string, string | number>): number;
  }) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const column = (header: string) => {
    const index = headers.indexOf(header);
    if (index < 1) throw new Error(`no column ${header}`);
    return index;
  };
  edit({
    set: (row, header, value) => {
      sheet.getRow(row).getCell(column(header)).value = value;
    },
    add: (values) => {
      const row = sheet.addRow([]);
      for (const [header, value] of Object.entries(values))
        row.getCell(column(header)).value = value;
      return row.number;
    },
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const auditTotal = async () =>
  (await t.as('admin', { method: 'GET', url: '/api/audit?entityType=procedure&pageSize=1' })).json()
    .total as number;
const getProcedure = (code: string) =>
  t.as('admin', { method: 'GET', url: `${base}/${encodeURIComponent(code)}` });

const newRow = {
  'Mã thủ tục': '9.100001',
  'Tên thủ tục': 'Thủ tục nhập từ tệp',
  'Lĩnh vực': 'Thử nghiệm',
  'Cấp thực hiện': 'Cấp huyện',
  'Thời hạn giải quyết': 2,
  'Đơn vị thời hạn': 'buổi làm việc',
  'Mức độ trực tuyến': 'Trực tuyến toàn trình',
  'Cơ quan chủ trì': '443',
  'Quy trình nội bộ': '1. Tiếp nhận | Cấp huyện | 50%\n2. Giải quyết | Cấp huyện | 50%',
  'Thành phần hồ sơ': '- Đơn đề nghị — 2 bản\n- Giấy ủy quyền — không bắt buộc',
  'Phí, lệ phí': '- Lệ phí: 12.500 đồng\n- Phí khác theo quy định',
  'Căn cứ pháp lý': 'Nghị định 61/2018/NĐ-CP',
  'Trạng thái công bố': 'Đã công bố',
  'Hiệu lực từ': '01/03/2021',
};

describe('GET /api/onestop/procedures/export.xlsx', () => {
  it('writes one row per procedure with Vietnamese headers and readable list cells', async () => {
    const rows = await readCells(await exportSheet());
    expect(rows[0]).toContain('Mã thủ tục');
    expect(rows[0]).toContain('Thành phần hồ sơ');
    expect(rows).toHaveLength(1 + 49);
    const lltp = rows.find((r) => r[0] === '2.000488')!;
    expect(lltp).toContain(
      '- Phí cung cấp thông tin lý lịch tư pháp, mỗi lần, mỗi người (TT 244/2016/TT-BTC): 200.000 đồng\n- Từ Phiếu thứ ba trở đi, mỗi Phiếu thu thêm: 5.000 đồng',
    );
    expect(lltp).toContain('STP');
    const birth = rows.find((r) => r[0] === '1.001193')!;
    expect(birth).toContain('Tất cả cấp xã');
    expect(birth).toContain('Đã công bố');
  });

  it('writes only the published procedures for a user who manages none', async () => {
    expect(await readCells(await exportSheet('canloc'))).toHaveLength(1 + 34);
  });
});

describe('POST /api/onestop/procedures/import', () => {
  it('re-imports its own export unchanged: nothing written, nothing audited, the same export after', async () => {
    const exported = await exportSheet();
    const before = await auditTotal();
    const response = await importSheet(exported);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      dryRun: false,
      created: 0,
      updated: 0,
      unchanged: 49,
      errors: [],
    });
    expect(await auditTotal()).toBe(before);
    expect(await readCells(await exportSheet())).toEqual(await readCells(exported));
  });

  it('refuses a file with bad rows as a whole, naming each row and column, and writes nothing', async () => {
    const content = await editSheet(await exportSheet(), (sheet) => {
      sheet.add(newRow);
      const bad = sheet.add({ ...newRow, 'Mã thủ tục': '9.100002' });
      sheet.set(
        bad,
        'Quy trình nội bộ',
        '1. Tiếp nhận | Cấp huyện | 40%\n2. Giải quyết | Cấp huyện | 50%',
      );
      const unknown = sheet.add({ ...newRow, 'Mã thủ tục': '9.100003', 'Cơ quan chủ trì': 'NOPE' });
      sheet.set(unknown, 'Quy trình nội bộ', null);
      sheet.set(3, 'Tên thủ tục', 'Tên mới của một thủ tục có sẵn');
    });
    const before = await auditTotal();
    const response = await importSheet(content);
    expect(response.statusCode).toBe(422);
    const { error } = response.json();
    expect(error.code).toBe('import_has_errors');
    expect(
      error.details.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
    ).toEqual([
      [52, 'Quy trình nội bộ'],
      [53, 'Cơ quan chủ trì'],
    ]);
    expect((await getProcedure('9.100001')).statusCode).toBe(404);
    expect(await auditTotal()).toBe(before);

    const dry = await importSheet(content, true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, created: 0, updated: 0 });
    expect(dry.json().errors).toHaveLength(2);
  });

  it('creates new rows and updates changed ones, each with an audit entry', async () => {
    const content = await editSheet(await exportSheet(), (sheet) => {
      sheet.add(newRow);
      sheet.set(2, 'Tên thủ tục', 'Tên mới từ tệp nhập');
    });
    const dry = await importSheet(content, true);
    expect(dry.json()).toEqual({ dryRun: true, created: 1, updated: 1, unchanged: 48, errors: [] });
    const response = await importSheet(content);
    expect(response.json()).toEqual({
      dryRun: false,
      created: 1,
      updated: 1,
      unchanged: 48,
      errors: [],
    });
    const created = (await getProcedure('9.100001')).json();
    expect(created).toMatchObject({
      status: 'published',
      timeLimit: { amount: 2, unit: 'half_days' },
      onlineLevel: 'full',
      validFrom: '2021-03-01',
      fees: [
        { description: 'Lệ phí', amountVnd: 12500 },
        { description: 'Phí khác theo quy định', amountVnd: null },
      ],
      documents: [
        { name: 'Đơn đề nghị', copies: 2, required: true },
        { name: 'Giấy ủy quyền', copies: null, required: false },
      ],
      steps: [{ unitKind: 'district', sharePercent: 50 }, { sharePercent: 50 }],
      agencies: [{ code: '443', role: 'lead' }],
    });
    const actions = (
      await t.as('admin', {
        method: 'GET',
        url: '/api/audit?entityType=procedure&pageSize=2',
      })
    )
      .json()
      .items.map((e: { action: string }) => e.action)
      .sort();
    expect(actions).toEqual(['procedure.imported', 'procedure.updated']);
  });

  it('refuses the whole file when a row names an agency outside the importer’s scope (403)', async () => {
    const password = 'QuanTri2021x';
    const created = await t.as('admin', {
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'qt.thachha',
        fullName: 'Quản trị Thạch Hà',
        password,
        roles: [{ role: 'system_admin', unitCode: '445' }],
      },
    });
    expect(created.statusCode).toBe(201);
    await t.tokenOf('qt.thachha', password);
    const content = await editSheet(await exportSheet(), (sheet) => {
      sheet.add({ ...newRow, 'Mã thủ tục': '9.100009' });
    });
    const response = await importSheet(content, false, 'qt.thachha');
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({
      code: 'out_of_scope',
      details: { column: 'Cơ quan chủ trì' },
    });
  });

  it('accepts the file as a multipart upload, as the web app sends it', async () => {
    const boundary = '----cchc-procedure-boundary';
    const response = await t.as('admin', {
      method: 'POST',
      url: `${base}/import?dryRun=true`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="thu-tuc.xlsx"\r\nContent-Type: ${xlsxType}\r\n\r\n`,
        ),
        await exportSheet(),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ dryRun: true, errors: [] });
  });

  it('reports a sheet without the catalogue columns against its header row', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sai').addRows([
      ['code', 'name'],
      ['1.000001', 'Thủ tục'],
    ]);
    const response = await importSheet(Buffer.from(await workbook.xlsx.writeBuffer()), true);
    expect(response.statusCode).toBe(200);
    expect(response.json().errors[0]).toMatchObject({ row: 1, column: 'Mã thủ tục' });
  });
});
