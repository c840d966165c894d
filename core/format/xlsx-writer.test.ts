import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildXlsx } from './xlsx-writer';

describe('buildXlsx', () => {
  it('writes a sheet that a spreadsheet reader opens with its title, header, text and numbers', async () => {
    const bytes = buildXlsx(
      'Tỷ lệ đúng hạn',
      'Tỷ lệ hồ sơ đúng hạn — Quý I năm 2021',
      ['Đơn vị', 'Tỷ lệ (%)'],
      [
        ['Sở Tư pháp', 98.5],
        ['UBND huyện Can Lộc & "xã"', null],
        ['<Thạch Hà>', 0],
      ],
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Tỷ lệ đúng hạn');
    expect(sheet.getCell('A1').value).toBe('Tỷ lệ hồ sơ đúng hạn — Quý I năm 2021');
    expect(sheet.getCell('B2').value).toBe('Tỷ lệ (%)');
    expect(sheet.getCell('A3').value).toBe('Sở Tư pháp');
    expect(sheet.getCell('B3').value).toBe(98.5);
    expect(sheet.getCell('A4').value).toBe('UBND huyện Can Lộc & "xã"');
    expect(sheet.getCell('B4').value).toBeNull();
    expect(sheet.getCell('A5').value).toBe('<Thạch Hà>');
    expect(sheet.getCell('B5').value).toBe(0);
  });
});
