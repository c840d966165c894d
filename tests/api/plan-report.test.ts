import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
let planId: number;

beforeAll(async () => {
  t = await createTestApp();
  planId = (await t.as('snv', { method: 'GET', url: '/api/plans?year=2021&unit=42' })).json()
    .items[0].id;
});
afterAll(() => t.close());

async function documentXml(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const file = zip.file('word/document.xml');
  expect(file).not.toBeNull();
  return file!.async('string');
}

describe('official report of a plan', () => {
  it('writes the province report (.docx) with the national header, issuer, number and period title', async () => {
    const response = await t.as('snv', {
      method: 'GET',
      url: `/api/plans/${planId}/report?period=2021Q1&format=docx`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(response.headers['content-disposition']).toContain('bao-cao-cchc-42-2021Q1.docx');
    const body = response.rawPayload;
    expect(body.subarray(0, 2).toString()).toBe('PK');
    const xml = await documentXml(body);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('ỦY BAN NHÂN DÂNTỈNH HÀ TĨNH');
    expect(text).toContain('/BC-UBND');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kết quả công tác cải cách hành chính quý I năm 2021');
    expect(text).toMatch(/Hà Tĩnh, ngày \d\d tháng \d+ năm \d{4}/);
    for (const heading of [
      'I. CÔNG TÁC CHỈ ĐẠO',
      'II. KẾT QUẢ',
      'III. ĐÁNH GIÁ',
      'IV. NHIỆM VỤ',
      'V. ĐỀ XUẤT',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('Nơi nhận:');
    // The demo has approved 2021Q1 reports (seed-periodic-reports.ts): their figures, rolled up,
    // fill the periodic-report table of section II.
    expect(text).not.toContain(
      'Số liệu từ báo cáo định kỳ của các cơ quan, đơn vị: chưa có số liệu',
    );
    expect(text).toContain('Số nhiệm vụ CCHC trong kế hoạch của đơn vị');
    expect(text).toMatch(/\d+ báo cáo đã duyệt/);
    expect(text).toContain('T01a');
  });

  it('writes the annex (.xlsx): every indicator with threshold, result and status; the tasks by area', async () => {
    const response = await t.as('lanhdao', {
      method: 'GET',
      url: `/api/plans/${planId}/report?period=2021S1&format=xlsx`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const indicators = workbook.getWorksheet('Chỉ số')!;
    expect(indicators.getRow(4).getCell(3).value).toBe('Chỉ tiêu, chỉ số');
    const codes: string[] = [];
    indicators.eachRow((row, n) => {
      if (n > 4) codes.push(String(row.getCell(2).value));
    });
    expect(codes).toHaveLength(28);
    expect(codes.slice(0, 3)).toEqual(['T01a', 'T02a', 'T03a']);
    const t03a = indicators.getRow(4 + codes.indexOf('T03a') + 1);
    expect(t03a.getCell(6).value).toBe(35);
    expect(t03a.getCell(6).numFmt).toBe('#,##0.##');
    // T03a comes from the demo's approved S1 reports; T12a (budget) has no source in cchc yet.
    expect(typeof t03a.getCell(7).value).toBe('number');
    expect(['Đạt', 'Có nguy cơ không đạt', 'Không đạt']).toContain(t03a.getCell(8).value);
    const t12a = indicators.getRow(4 + codes.indexOf('T12a') + 1);
    expect(t12a.getCell(8).value).toBe('Chưa có số liệu');
    const tasks = workbook.getWorksheet('Nhiệm vụ')!;
    let taskRows = 0;
    tasks.eachRow((row, n) => {
      if (n > 4 && typeof row.getCell(1).value === 'number') taskRows += 1;
    });
    expect(taskRows).toBe(70);
  });

  it('refuses a period outside the plan year or malformed', async () => {
    for (const period of ['2022Q1', '2021Q5', 'quy1']) {
      const response = await t.as('snv', {
        method: 'GET',
        url: `/api/plans/${planId}/report?period=${period}`,
      });
      expect(response.statusCode).toBe(400);
    }
  });
});

describe('who may have which report', () => {
  it("gives a district officer its own subtree's report, and neither the province's nor another district's", async () => {
    const own = await t.as('canloc', {
      method: 'GET',
      url: `/api/plans/${planId}/report?period=2021Q1&unit=443`,
    });
    expect(own.statusCode, own.body).toBe(200);
    const text = (await documentXml(own.rawPayload)).replace(/<[^>]+>/g, '');
    expect(text).toContain('HUYỆN CAN LỘC');
    for (const query of ['', '&unit=445', '&unit=42']) {
      const response = await t.as('canloc', {
        method: 'GET',
        url: `/api/plans/${planId}/report?period=2021Q1${query}`,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('out_of_scope');
    }
  });
});

describe('report template', () => {
  const body = {
    issuerParent: null,
    issuerName: 'ỦY BAN NHÂN DÂN\nHUYỆN CAN LỘC',
    numberSymbol: 'UBND',
    place: 'Can Lộc',
    titlePattern: 'Tình hình, kết quả thực hiện công tác CCHC {ky}',
    recipients: ['Sở Nội vụ', 'TT Huyện ủy', 'Lưu: VT, NV.'],
    signingCapacity: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
    signerTitle: '',
    signerName: 'Trần Văn Thử',
    sections: {
      direction: 'UBND huyện đã ban hành Kế hoạch số 15/KH-UBND ngày 20/01/2021.',
      results: '',
      assessment: '',
      nextTasks: '',
      proposals: 'Đề nghị Sở Nội vụ tổ chức tập huấn về báo cáo CCHC.',
    },
  };

  it('starts from defaults, is changed by administrators only, and writes the report', async () => {
    const defaults = await t.as('canloc', {
      method: 'GET',
      url: `/api/plans/${planId}/report-template?unit=443`,
    });
    expect(defaults.statusCode, defaults.body).toBe(200);
    expect(defaults.json()).toMatchObject({
      saved: false,
      unitCode: '443',
      numberSymbol: 'UBND',
      titlePattern: 'Kết quả công tác cải cách hành chính {ky}',
    });
    const officer = await t.as('canloc', {
      method: 'PUT',
      url: `/api/plans/${planId}/report-template?unit=443`,
      payload: { ...body, signerTitle: 'CHỦ TỊCH' },
    });
    expect(officer.statusCode).toBe(403);
    const invalid = await t.as('admin', {
      method: 'PUT',
      url: `/api/plans/${planId}/report-template?unit=443`,
      payload: { ...body, recipients: [] },
    });
    expect(invalid.statusCode).toBe(400);
    const saved = await t.as('admin', {
      method: 'PUT',
      url: `/api/plans/${planId}/report-template?unit=443`,
      payload: { ...body, signerTitle: 'CHỦ TỊCH' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ saved: true, place: 'Can Lộc' });
    const report = await t.as('canloc', {
      method: 'GET',
      url: `/api/plans/${planId}/report?period=2021&unit=443`,
    });
    const text = (await documentXml(report.rawPayload)).replace(/<[^>]+>/g, '');
    expect(text).toContain('Tình hình, kết quả thực hiện công tác CCHC năm 2021');
    expect(text).toMatch(/Can Lộc, ngày \d\d tháng/);
    expect(text).toContain('TT Huyện ủy');
    expect(text).toContain('Đề nghị Sở Nội vụ tổ chức tập huấn');
    expect(text).toContain('Trần Văn Thử');
  });
});
