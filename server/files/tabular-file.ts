import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError } from '../http/domain-error';

/** One data row of an uploaded sheet: its 1-based row number in the file and its cells by header. */
export interface SheetRow {
  row: number;
  values: Record<string, string>;
}

const xlsxMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads the first sheet of an .xlsx, or a UTF-8 .csv (with or without BOM), into rows keyed by
 * the lower-cased header. The file type is taken from its content, not its name.
 */
export async function readTabularFile(content: Buffer): Promise<SheetRow[]> {
  if (content.subarray(0, 4).equals(xlsxMagic)) return readXlsx(content);
  const text = content.toString('utf8');
  if (text.includes('\u0000')) throw new DomainError('unsupported_file');
  return readCsv(text);
}

function readCsv(text: string): SheetRow[] {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // `info` gives each record's line in the file, so blank lines do not shift reported row numbers.
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new DomainError('unsupported_file', { reason: (error as Error).message });
  }
  const [header, ...body] = records;
  if (!header) return [];
  const keys = header.record.map((h) => h.trim().toLowerCase());
  return body.map(({ record, info }) => ({
    row: info.lines,
    values: Object.fromEntries(keys.map((k, j) => [k, (record[j] ?? '').trim()])),
  }));
}

async function readXlsx(content: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new DomainError('unsupported_file', { reason: (error as Error).message });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const keys: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    keys[col] = cellText(cell.value).toLowerCase();
  });
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, string> = {};
    keys.forEach((key, col) => {
      if (key) values[key] = cellText(row.getCell(col).value);
    });
    if (Object.values(values).some((v) => v !== '')) rows.push({ row: rowNumber, values });
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return String(value.result ?? '').trim();
    return '';
  }
  return String(value).trim();
}

/** A one-sheet workbook with a bold header row, as the province's Excel annexes look. */
export async function writeSheet(
  sheetName: string,
  columns: Array<{ header: string; key: string; width?: number }>,
  rows: Array<Record<string, string | number | null>>,
  options: { wrapText?: boolean } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cchc';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row);
    // Cells listing one item per line (documents, fees) stay readable only when wrapped.
    if (options.wrapText) added.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
