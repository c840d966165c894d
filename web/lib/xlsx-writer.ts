import { buildXlsx, type XlsxCell } from '../../core/format/xlsx-writer';

export type { XlsxCell };

/** Saves the table as `<fileName>.xlsx` in the browser. */
export function downloadXlsx(
  fileName: string,
  title: string,
  header: string[],
  rows: XlsxCell[][],
): void {
  const bytes = buildXlsx(title, title, header, rows);
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
