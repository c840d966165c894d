import ExcelJS from 'exceljs';
import type { KpiFigures, KpiUnitRow } from '../../../contracts/kpi-analytics';
import { formatCalendarDateVi } from '../../../core/format/format-vi';

const unitKindsVi: Record<string, string> = {
  province: 'Tỉnh',
  department: 'Sở, ban, ngành',
  central_agency: 'Cơ quan Trung ương',
  service_centre: 'Trung tâm PVHCC',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

const columns: Array<{ header: string; key: string; width: number; percent?: boolean }> = [
  { header: 'STT', key: 'no', width: 6 },
  { header: 'Mã đơn vị', key: 'code', width: 10 },
  { header: 'Đơn vị', key: 'name', width: 34 },
  { header: 'Loại', key: 'kind', width: 16 },
  { header: 'Tiếp nhận', key: 'received', width: 11 },
  { header: 'Đã giải quyết', key: 'finished', width: 11 },
  { header: 'Đang giải quyết', key: 'pending', width: 11 },
  { header: 'Trước và đúng hạn', key: 'onTime', width: 11 },
  { header: 'Quá hạn', key: 'late', width: 10 },
  { header: 'Tỷ lệ đúng hạn (%)', key: 'onTimeRate', width: 11, percent: true },
  { header: 'Tỷ lệ đúng hạn kỳ trước (%)', key: 'previousOnTimeRate', width: 12, percent: true },
  { header: 'Thay đổi (điểm %)', key: 'onTimeRateChange', width: 11, percent: true },
  { header: 'Trực tuyến', key: 'online', width: 10 },
  { header: 'Tỷ lệ trực tuyến (%)', key: 'onlineRate', width: 11, percent: true },
  { header: 'Quá hạn chưa xin lỗi', key: 'overdueWithoutApology', width: 11 },
  { header: 'Lượt đánh giá', key: 'rated', width: 10 },
  { header: 'Hài lòng', key: 'satisfied', width: 10 },
  { header: 'Tỷ lệ hài lòng (%)', key: 'satisfactionRate', width: 11, percent: true },
  {
    header: 'Thời gian giải quyết TB (ngày làm việc)',
    key: 'averageDays',
    width: 14,
    percent: true,
  },
];

function cells(figures: KpiFigures) {
  return {
    received: figures.received,
    finished: figures.finished,
    pending: figures.pending,
    onTime: figures.onTime,
    late: figures.late,
    onTimeRate: figures.onTimeRate,
    online: figures.online,
    onlineRate: figures.onlineRate,
    overdueWithoutApology: figures.overdueWithoutApology,
    rated: figures.rated,
    satisfied: figures.satisfied,
    satisfactionRate: figures.satisfactionRate,
    averageDays: figures.averageProcessingWorkingDays,
  };
}

/**
 * The league table as an .xlsx sheet, the figures as numbers (two decimals, as the screen shows
 * them) so that the province's officers can keep computing in Excel; an empty rate stays empty.
 */
export async function writeKpiUnitsXlsx(table: {
  unit: { code: string; name: string };
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  totals: KpiFigures & { previous: KpiFigures };
  own: KpiFigures;
  rows: KpiUnitRow[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cchc';
  const sheet = workbook.addWorksheet('Chỉ số một cửa', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.columns = columns.map(({ key, width }) => ({ key, width }));
  sheet.addRow([
    `Chỉ số giải quyết thủ tục hành chính — ${table.unit.name} và đơn vị trực thuộc`,
  ]).font = { bold: true, size: 13 };
  sheet.addRow([
    `Hồ sơ tiếp nhận từ ${formatCalendarDateVi(table.from)} đến ${formatCalendarDateVi(table.to)}; kỳ trước từ ${formatCalendarDateVi(table.previousFrom)} đến ${formatCalendarDateVi(table.previousTo)}`,
  ]);
  sheet.addRow([]);
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  table.rows.forEach((row, index) => {
    sheet.addRow({
      no: index + 1,
      code: row.unit.code,
      name: row.unit.name,
      kind: unitKindsVi[row.unit.kind] ?? row.unit.kind,
      ...cells(row),
      previousOnTimeRate: row.previous.onTimeRate,
      onTimeRateChange: row.change.onTimeRate,
    });
  });
  if (table.own.received > 0) {
    sheet.addRow({ name: `${table.unit.name} (trực tiếp giải quyết)`, ...cells(table.own) });
  }
  const totals = sheet.addRow({
    name: 'Tổng cộng',
    ...cells(table.totals),
    previousOnTimeRate: table.totals.previous.onTimeRate,
  });
  totals.font = { bold: true };
  columns.forEach((column, index) => {
    if (column.percent) sheet.getColumn(index + 1).numFmt = '0.00';
  });
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
