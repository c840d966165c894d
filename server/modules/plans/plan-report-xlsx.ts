import ExcelJS from 'exceljs';
import { formatCalendarDateVi } from '../../../core/format/format-vi';
import { type PlanReportData, periodPhraseVi, type ReportTaskLine } from './plan-report.service';

const statusVi = {
  met: 'Đạt',
  at_risk: 'Có nguy cơ không đạt',
  missed: 'Không đạt',
  no_data: 'Chưa có số liệu',
} as const;

const taskStatusVi: Record<ReportTaskLine['status'], string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
};

const unitVi = { percent: '%', billion_vnd: 'tỷ đồng' } as const;

/*
 * Numbers stay numbers (sortable, summable); the format puts a thousands group and up to two
 * decimals, which Excel and LibreOffice show with the reader's separators — 12.500,5 under a
 * Vietnamese locale. The text columns say "chưa có số liệu" where there is no figure.
 */
const numberFormat = '#,##0.##';
const thin = { style: 'thin' as const };
const box = { top: thin, left: thin, bottom: thin, right: thin };

function titleRows(sheet: ExcelJS.Worksheet, title: string, subtitle: string, width: number) {
  sheet.mergeCells(1, 1, 1, width);
  sheet.mergeCells(2, 1, 2, width);
  const t = sheet.getCell(1, 1);
  t.value = title;
  t.font = { bold: true, size: 13, name: 'Times New Roman' };
  t.alignment = { horizontal: 'center' };
  const s = sheet.getCell(2, 1);
  s.value = subtitle;
  s.font = { italic: true, size: 12, name: 'Times New Roman' };
  s.alignment = { horizontal: 'center' };
}

function styleTable(sheet: ExcelJS.Worksheet, headerRow: number) {
  sheet.getRow(headerRow).font = { bold: true, name: 'Times New Roman' };
  sheet.getRow(headerRow).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getRow(headerRow).height = 32;
  sheet.eachRow((row, n) => {
    if (n < headerRow) return;
    let lines = 1;
    row.eachCell({ includeEmpty: true }, (c, col) => {
      c.border = box;
      if (n > headerRow) {
        c.alignment = { ...c.alignment, vertical: 'top', wrapText: true };
        c.font = { ...c.font, name: 'Times New Roman' };
      }
      // Neither ExcelJS nor LibreOffice sizes wrapped rows on opening: estimate the lines.
      const width = sheet.getColumn(col).width ?? 10;
      const text = typeof c.value === 'string' ? c.value : '';
      lines = Math.max(lines, Math.ceil(text.length / Math.max(1, width * 1.1)));
    });
    if (n > headerRow) row.height = Math.max(15, lines * 15);
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
}

/**
 * The report's annex (vn-regulations.md §6: no. | indicator | unit of measure | result | note):
 * sheet "Chỉ số" with every indicator's threshold, result and status, sheet "Nhiệm vụ" with the
 * tasks by area as of the report's status date.
 */
export async function renderPlanReportXlsx(data: PlanReportData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cchc';
  const subtitle = `(Kèm theo Báo cáo kết quả công tác CCHC ${periodPhraseVi(data.period.labelVi)} của ${data.unit.name})`;

  const indicators = workbook.addWorksheet('Chỉ số');
  indicators.columns = [
    { key: 'no', width: 6 },
    { key: 'code', width: 8 },
    { key: 'text', width: 60 },
    { key: 'unit', width: 10 },
    { key: 'comparator', width: 8 },
    { key: 'threshold', width: 12 },
    { key: 'actual', width: 12 },
    { key: 'status', width: 20 },
    { key: 'note', width: 50 },
  ];
  titleRows(indicators, 'PHỤ LỤC: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH', subtitle, 9);
  const indicatorHeader = 4;
  indicators.getRow(indicatorHeader).values = [
    'STT',
    'Mã',
    'Chỉ tiêu, chỉ số',
    'Đơn vị tính',
    'So sánh',
    'Chỉ tiêu',
    'Kết quả',
    'Đánh giá',
    'Ghi chú',
  ];
  data.indicators.forEach((i, index) => {
    const row = indicators.addRow({
      no: index + 1,
      code: i.code,
      text: i.textVi,
      unit: unitVi[i.unit],
      comparator: i.comparator,
      threshold: i.threshold,
      actual: i.actual ?? 'chưa có số liệu',
      status: statusVi[i.status],
      note: i.explanationVi,
    });
    row.getCell('threshold').numFmt = numberFormat;
    if (i.actual !== null) row.getCell('actual').numFmt = numberFormat;
  });
  styleTable(indicators, indicatorHeader);

  const tasks = workbook.addWorksheet('Nhiệm vụ');
  tasks.columns = [
    { key: 'no', width: 6 },
    { key: 'code', width: 14 },
    { key: 'text', width: 70 },
    { key: 'lead', width: 28 },
    { key: 'deadline', width: 12 },
    { key: 'status', width: 16 },
    { key: 'progress', width: 10 },
    { key: 'overdue', width: 10 },
  ];
  titleRows(
    tasks,
    `PHỤ LỤC: TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐẾN NGÀY ${formatCalendarDateVi(data.statusDate)}`,
    subtitle,
    8,
  );
  const taskHeader = 4;
  tasks.getRow(taskHeader).values = [
    'STT',
    'Mã nhiệm vụ',
    'Nội dung nhiệm vụ',
    'Đơn vị chủ trì',
    'Thời hạn',
    'Trạng thái',
    'Tiến độ (%)',
    'Quá hạn',
  ];
  let no = 0;
  for (const area of data.areas) {
    const own = data.tasks.filter((t) => t.areaCode === area.code);
    if (own.length === 0) continue;
    const areaRow = tasks.addRow({
      code: area.code,
      text: `${area.nameVi} (${area.done}/${area.total} hoàn thành, ${area.overdue} quá hạn)`,
    });
    areaRow.font = { bold: true, name: 'Times New Roman' };
    for (const t of own) {
      no += 1;
      tasks.addRow({
        no,
        code: t.code,
        text: t.textVi,
        lead: t.leadUnitName,
        deadline: t.deadline ? formatCalendarDateVi(t.deadline) : '',
        status: taskStatusVi[t.status],
        progress: t.progress,
        overdue: t.overdue ? 'x' : '',
      });
    }
  }
  styleTable(tasks, taskHeader);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
