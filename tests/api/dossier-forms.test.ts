import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toVnDate } from '../../core/calendar/vn-time';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * Printed forms of a dossier (Mẫu 01, 02, 04, 05 as A5 PDF) and the register (Mẫu 06, xlsx).
 * The text of a PDF drawn with an embedded font is glyph ids, not characters, so the dossier
 * code is checked in the document's Subject (docs/decisions/014-dossier-forms.md).
 */
let t: TestApp;
const base = '/api/onestop/dossiers';
/** Đăng ký khai sinh kết hợp nhận cha, mẹ, con: commune level, 3 working days. */
const communeProcedure = '1.000689';

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function receive(): Promise<string> {
  const response = await t.as('motcuaxa', {
    method: 'POST',
    url: base,
    payload: {
      procedureCode: communeProcedure,
      receivingUnitCode: '18406',
      applicant: { name: 'Nguyễn Thị Ánh', phone: '0912345678', address: 'Khối 5, Thị trấn Nghèn' },
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().code as string;
}

async function act(code: string, path: string, payload: Record<string, unknown>) {
  const response = await t.as('motcuaxa', {
    method: 'POST',
    url: `${base}/${code}/${path}`,
    payload,
  });
  expect(response.statusCode, response.body).toBe(200);
}

function form(user: string, code: string, number: string) {
  return t.as(user, { method: 'GET', url: `${base}/${code}/forms/${number}` });
}

function expectA5Pdf(body: Buffer, code: string) {
  const text = body.toString('latin1');
  expect(text.startsWith('%PDF')).toBe(true);
  expect(text).toMatch(/\/MediaBox \[0 0 419\.53 595\.28\]/);
  // pdfkit writes the Subject as an object of its own: `/Subject n 0 R` … `n 0 obj\n(<code>)`.
  const ref = /\/Subject (\d+) 0 R/.exec(text)?.[1];
  expect(text).toContain(`\n${ref} 0 obj\n(${code})\nendobj`);
}

describe('dossier forms (A5 PDF)', () => {
  it('prints Mẫu 01 and 05 for any dossier in scope', async () => {
    const code = await receive();
    for (const number of ['01', '05']) {
      const response = await form('motcuaxa', code, number);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expectA5Pdf(response.rawPayload, code);
    }
    // Can Lộc's reform officer reads the commune's dossiers too.
    expect((await form('canloc', code, '01')).statusCode).toBe(200);
  });

  it('answers 404 outside the reader scope, as for an unknown code', async () => {
    const code = await receive();
    const outside = await form('thachha', code, '01');
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('dossier_not_found');
    expect((await form('motcuaxa', '000.00.00.H27-210101-9999', '01')).statusCode).toBe(404);
    expect((await form('motcuaxa', code, '07')).statusCode).toBe(400);
    // Mẫu 03 exists, for refused dossiers only (tests/api/dossier-submissions.test.ts).
    expect((await form('motcuaxa', code, '03')).statusCode).toBe(409);
  });

  it('prints Mẫu 02 only after a supplement request and Mẫu 04 only after an apology', async () => {
    const code = await receive();
    const no02 = await form('motcuaxa', code, '02');
    expect(no02.statusCode).toBe(409);
    expect(no02.json().error.code).toBe('dossier_form_not_applicable');
    expect((await form('motcuaxa', code, '04')).statusCode).toBe(409);

    await act(code, 'supplement-request', { items: ['Bản sao giấy tờ tùy thân'], reason: 'Thiếu' });
    const with02 = await form('motcuaxa', code, '02');
    expect(with02.statusCode, with02.body).toBe(200);
    expectA5Pdf(with02.rawPayload, code);
    await act(code, 'supplement-received', {});

    await act(code, 'apology', { reason: 'Cần xác minh', newDueAt: '2199-01-01T17:00:00+07:00' });
    const with04 = await form('motcuaxa', code, '04');
    expect(with04.statusCode, with04.body).toBe(200);
    expectA5Pdf(with04.rawPayload, code);
  });

  it('lists one control-sheet row per hand-over (Mẫu 05 grows with the log)', async () => {
    const code = await receive();
    const before = (await form('motcuaxa', code, '05')).rawPayload.length;
    await act(code, 'hand-over', { toUnitCode: '443', note: 'Chuyển phòng Tư pháp' });
    await act(code, 'finish', { digitised: true });
    const after = await form('canloc', code, '05');
    expect(after.statusCode).toBe(200);
    expect(after.rawPayload.length).toBeGreaterThan(before);
  });
});

describe('register (Mẫu 06, xlsx)', () => {
  it('lists the dossiers received by the unit subtree in the window, in receipt order', async () => {
    const first = await receive();
    const second = await receive();
    await act(first, 'hand-over', { toUnitCode: '443' });
    const today = toVnDate(new Date());
    const response = await t.as('motcuaxa', {
      method: 'GET',
      url: `/api/onestop/register.xlsx?unit=18406&from=${today}&to=${today}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(2).value).toBe('Mã hồ sơ');
    const codes: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) codes.push(String(row.getCell(2).value));
    });
    expect(codes).toContain(first);
    expect(codes).toContain(second);
    expect(codes.indexOf(first)).toBeLessThan(codes.indexOf(second));
    expect(codes.every((c) => c.includes('-'))).toBe(true);
    const firstRow = sheet?.getRow(codes.indexOf(first) + 2);
    expect(String(firstRow?.getCell(5).value)).toBe('Nguyễn Thị Ánh');
    expect(String(firstRow?.getCell(8).value)).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
    expect(String(firstRow?.getCell(10).value)).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);

    const empty = await t.as('motcuaxa', {
      method: 'GET',
      url: '/api/onestop/register.xlsx?unit=18406&from=2020-01-01&to=2020-01-31',
    });
    const emptyBook = new ExcelJS.Workbook();
    await emptyBook.xlsx.load(empty.rawPayload as unknown as ArrayBuffer);
    expect(emptyBook.worksheets[0]?.rowCount).toBe(1);
  });

  it('refuses another district and a reversed window', async () => {
    const other = await t.as('thachha', {
      method: 'GET',
      url: '/api/onestop/register.xlsx?unit=443&from=2021-01-01&to=2021-12-31',
    });
    expect([403, 404]).toContain(other.statusCode);
    const reversed = await t.as('motcuaxa', {
      method: 'GET',
      url: '/api/onestop/register.xlsx?unit=18406&from=2021-12-31&to=2021-01-01',
    });
    expect(reversed.statusCode).toBe(400);
  });
});
