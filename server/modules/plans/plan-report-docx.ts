import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import {
  formatCalendarDateVi,
  formatNumberVi,
  formatPercentVi,
} from '../../../core/format/format-vi';
import type { PeriodicReportFigure } from './periodic-report-figures';
import {
  type PlanReportData,
  periodPhraseVi,
  type ReportIndicatorLine,
} from './plan-report.service';

/*
 * Layout of an administrative document per Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, margins top
 * and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman; the national header in
 * upper case 12–13 pt bold, the motto 13–14 pt bold with a solid rule under it as long as the
 * line; the issuer in upper case with a rule of 1/3–1/2 its line; number and symbol 13 pt; place
 * and date 13–14 pt italic; the title bold; body 13–14 pt justified, first line indented;
 * "Nơi nhận:" 12 pt bold italic, its items 11 pt; page numbers from page 2, centred at the top.
 */
const mm = (value: number) => Math.round((value / 25.4) * 1440);
const pt = (value: number) => value * 2;
const font = 'Times New Roman';

const page = { width: 11906, height: 16838 };
const margin = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const textWidth = page.width - margin.left - margin.right;
const leftColumn = Math.round(textWidth * 0.38);
const rightColumn = textWidth - leftColumn;

const statusVi: Record<ReportIndicatorLine['status'], string> = {
  met: 'Đạt',
  at_risk: 'Có nguy cơ không đạt',
  missed: 'Không đạt',
  no_data: 'Chưa có số liệu',
};

const noData = 'chưa có số liệu';

function run(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) {
  return new TextRun({
    text,
    font,
    size: pt(options.size ?? 14),
    bold: options.bold ?? false,
    italics: options.italics ?? false,
  });
}

function centered(
  text: string,
  options: {
    bold?: boolean;
    italics?: boolean;
    size?: number;
    after?: number;
  } = {},
) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: options.after ?? 0 },
    children: [run(text, options)],
  });
}

/**
 * A solid rule `width` long, centred in a column `within` wide: an empty paragraph of 2 pt whose
 * top border is the line, so the text above keeps its full width.
 */
function rule(width: number, within: number, after = 0) {
  const indent = Math.max(0, Math.round((within - width) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 20, after, line: 40, lineRule: 'exact' },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 2 })],
  });
}

/** A body paragraph: justified, first line indented 1 cm, 6 pt after. */
function body(text: string | TextRun[], options: { bold?: boolean; italics?: boolean } = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { after: 120, line: 300 },
    children: typeof text === 'string' ? [run(text, options)] : text,
  });
}

function heading(text: string) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 120, after: 120 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

function subheading(text: string) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { after: 80 },
    keepNext: true,
    children: [run(text, { bold: true, italics: true })],
  });
}

/** Free text of a section, one paragraph per line the administrator wrote. */
function freeText(text: string): Paragraph[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => body(line));
}

function cell(
  text: string,
  width: number,
  options: { bold?: boolean; align?: 'left' | 'center' | 'right' } = {},
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: [
      new Paragraph({
        alignment:
          options.align === 'center'
            ? AlignmentType.CENTER
            : options.align === 'right'
              ? AlignmentType.RIGHT
              : AlignmentType.LEFT,
        children: [run(text, { bold: options.bold ?? false, size: 12 })],
      }),
    ],
  });
}

function grid(
  columns: Array<{ header: string; width: number; align?: 'left' | 'center' | 'right' }>,
  rows: string[][],
) {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => Math.round((c.width / total) * textWidth));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: columns.map((c, i) =>
          cell(c.header, widths[i]!, { bold: true, align: 'center' }),
        ),
      }),
      ...rows.map(
        (values) =>
          new TableRow({
            cantSplit: true,
            children: values.map((v, i) => cell(v, widths[i]!, { align: columns[i]!.align })),
          }),
      ),
    ],
  });
}

export function formatIndicatorValue(value: number | null, unit: 'percent' | 'billion_vnd') {
  if (value === null) return noData;
  return unit === 'percent' ? formatPercentVi(value) : `${formatNumberVi(value)} tỷ đồng`;
}

/** NĐ 30/2020, Phụ lục I: days below 10 and months 1 and 2 take a leading zero. */
export function formatAdministrativeDate(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

const dateVi = formatCalendarDateVi;

function headerBlock(data: PlanReportData) {
  const { template } = data;
  const issuerLines = [
    ...(template.issuerParent ? [centered(template.issuerParent, { size: 13 })] : []),
    ...template.issuerName
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => centered(line.trim(), { size: 13, bold: true })),
    rule(Math.round(leftColumn * 0.4), leftColumn),
    centered(' ', { size: 6 }),
    centered(`Số:        /BC-${template.numberSymbol}`, { size: 13 }),
  ];
  const nationalLines = [
    centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
    centered('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true }),
    // The rule under the motto is as long as the motto (about 5.9 cm at 13 pt bold).
    rule(mm(59), rightColumn),
    centered(' ', { size: 6 }),
    centered(formatAdministrativeDate(template.place, data.reportDate), {
      size: 14,
      italics: true,
    }),
  ];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [leftColumn, rightColumn],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: leftColumn, type: WidthType.DXA },
            margins: { left: 0, right: 0 },
            children: issuerLines,
          }),
          new TableCell({
            width: { size: rightColumn, type: WidthType.DXA },
            margins: { left: 0, right: 0 },
            children: nationalLines,
          }),
        ],
      }),
    ],
  });
}

function titleBlock(data: PlanReportData) {
  const title = data.template.titlePattern.replaceAll('{ky}', periodPhraseVi(data.period.labelVi));
  return [
    new Paragraph({ spacing: { before: 360 }, children: [] }),
    centered('BÁO CÁO', { bold: true, size: 14 }),
    centered(title, { bold: true, size: 14 }),
    rule(mm(40), textWidth, 240),
  ];
}

function countTasks(data: PlanReportData) {
  const done = data.tasks.filter((t) => t.status === 'done').length;
  const overdue = data.tasks.filter((t) => t.overdue).length;
  const inProgress = data.tasks.filter((t) => t.status === 'in_progress').length;
  return { total: data.tasks.length, done, overdue, inProgress };
}

function sectionDirection(data: PlanReportData): Paragraph[] {
  const counts = countTasks(data);
  const direction = data.areas.find((a) => a.code === 'DIRECTION');
  const paragraphs = [heading('I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH')];
  paragraphs.push(...freeText(data.template.sections.direction));
  paragraphs.push(
    body(
      `Thực hiện ${data.plan.title}${data.plan.number ? ` (số ${data.plan.number})` : ''}, đến ngày ${dateVi(data.statusDate)}, ${data.unit.name} có ${counts.total} nhiệm vụ được giao: đã hoàn thành ${counts.done}, đang thực hiện ${counts.inProgress}, quá hạn chưa hoàn thành ${counts.overdue}.`,
    ),
  );
  if (direction) {
    paragraphs.push(
      body(
        `Nhiệm vụ về công tác chỉ đạo, điều hành: ${direction.total} nhiệm vụ, đã hoàn thành ${direction.done}, quá hạn ${direction.overdue}.`,
      ),
    );
  }
  if (data.unitPlans) {
    const { required, issued, share } = data.unitPlans;
    paragraphs.push(
      body(
        share === null
          ? `Ban hành kế hoạch CCHC của các cơ quan, đơn vị: ${noData} (chưa có kế hoạch nào của đơn vị được ghi nhận trên hệ thống).`
          : `Ban hành kế hoạch CCHC của các cơ quan, đơn vị: ${issued}/${required} cơ quan, đơn vị đã ban hành, đạt ${formatPercentVi(share)}.`,
      ),
    );
  }
  return paragraphs;
}

function onestopParagraphs(data: PlanReportData): Paragraph[] {
  const kpi = data.onestop;
  const window = `từ ngày ${dateVi(data.period.start)} đến ngày ${dateVi(data.period.end)}`;
  if (!kpi) return [body(`Kết quả giải quyết thủ tục hành chính (số liệu ${window}): ${noData}.`)];
  const rate = (value: number | null) => (value === null ? noData : formatPercentVi(value));
  return [
    body(
      `Kết quả giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông (số liệu ${window}): tiếp nhận ${formatNumberVi(kpi.received)} hồ sơ, trong đó trực tuyến ${formatNumberVi(kpi.online)} hồ sơ (${rate(kpi.onlineRate)}); đã giải quyết ${formatNumberVi(kpi.finished)} hồ sơ, trong đó đúng hạn ${formatNumberVi(kpi.onTime)} hồ sơ, tỷ lệ đúng hạn ${rate(kpi.onTimeRate)}; quá hạn ${formatNumberVi(kpi.late)} hồ sơ; số hồ sơ quá hạn chưa có văn bản xin lỗi: ${formatNumberVi(kpi.overdueWithoutApology)}; tỷ lệ hài lòng ${rate(kpi.satisfactionRate)}.`,
    ),
  ];
}

/** Figures of the periodic report forms; the place they take in the report is fixed here. */
function periodicParagraphs(figures: PeriodicReportFigure[] | null): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    subheading('Số liệu tổng hợp từ báo cáo định kỳ của các cơ quan, đơn vị'),
  ];
  if (!figures) {
    out.push(body(`Số liệu từ báo cáo định kỳ của các cơ quan, đơn vị: ${noData}.`));
    return out;
  }
  out.push(
    grid(
      [
        { header: 'STT', width: 6, align: 'center' },
        { header: 'Nội dung', width: 50 },
        { header: 'Đơn vị tính', width: 14, align: 'center' },
        { header: 'Kết quả', width: 14, align: 'right' },
        { header: 'Ghi chú', width: 16 },
      ],
      figures.map((f, i) => [
        String(i + 1),
        f.labelVi,
        f.unitOfMeasure,
        f.value === null ? noData : formatNumberVi(f.value),
        f.note ?? '',
      ]),
    ),
  );
  return out;
}

function sectionResults(data: PlanReportData): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    heading('II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH'),
    ...freeText(data.template.sections.results),
    subheading('1. Kết quả thực hiện các chỉ tiêu'),
  ];
  const judged = data.indicators.filter((i) => i.status !== 'no_data');
  out.push(
    body(
      `Kế hoạch có ${data.indicators.length} chỉ số; đã có số liệu ${judged.length} chỉ số, trong đó đạt ${judged.filter((i) => i.status === 'met').length}, có nguy cơ không đạt ${judged.filter((i) => i.status === 'at_risk').length}, không đạt ${judged.filter((i) => i.status === 'missed').length}. Chi tiết tại Phụ lục kèm theo.`,
    ),
  );
  out.push(
    grid(
      [
        { header: 'Mã', width: 8, align: 'center' },
        { header: 'Chỉ số', width: 50 },
        { header: 'Chỉ tiêu', width: 12, align: 'center' },
        { header: 'Kết quả', width: 14, align: 'right' },
        { header: 'Đánh giá', width: 16, align: 'center' },
      ],
      data.indicators.map((i) => [
        i.code,
        i.textVi,
        `${i.comparator} ${formatIndicatorValue(i.threshold, i.unit)}`,
        formatIndicatorValue(i.actual, i.unit),
        statusVi[i.status],
      ]),
    ),
  );
  out.push(subheading('2. Kết quả thực hiện nhiệm vụ theo lĩnh vực'));
  data.areas.forEach((area, index) => {
    out.push(
      body([
        run(`${String.fromCharCode(97 + index)}) ${area.nameVi}: `, { italics: true }),
        run(
          area.total === 0
            ? 'không có nhiệm vụ được giao trong kỳ.'
            : `${area.total} nhiệm vụ; đã hoàn thành ${area.done}, đang thực hiện ${area.inProgress}, chưa triển khai ${area.notStarted}; quá hạn chưa hoàn thành ${area.overdue}.`,
        ),
      ]),
    );
    if (area.code === 'PROCEDURES') out.push(...onestopParagraphs(data));
  });
  if (!data.areas.some((a) => a.code === 'PROCEDURES')) out.push(...onestopParagraphs(data));
  const overdue = data.tasks.filter((t) => t.overdue);
  if (overdue.length > 0) {
    out.push(body('Các nhiệm vụ quá hạn chưa hoàn thành:', { italics: true }));
    for (const t of overdue.slice(0, 30)) {
      out.push(body(`- ${t.code}: ${t.textVi} (${t.leadUnitName}; hạn ${dateVi(t.deadline!)}).`));
    }
  }
  out.push(...periodicParagraphs(data.periodic));
  return out;
}

function sectionAssessment(data: PlanReportData): Paragraph[] {
  const counts = countTasks(data);
  const share = counts.total === 0 ? null : (counts.done / counts.total) * 100;
  const missed = data.indicators.filter((i) => i.status === 'missed' || i.status === 'at_risk');
  return [
    heading('III. ĐÁNH GIÁ CHUNG'),
    ...freeText(data.template.sections.assessment),
    body(
      `Tỷ lệ nhiệm vụ đã hoàn thành: ${share === null ? noData : formatPercentVi(Math.round(share * 100) / 100)}.${
        missed.length > 0
          ? ` Các chỉ số chưa đạt hoặc có nguy cơ không đạt: ${missed.map((i) => i.code).join(', ')}.`
          : ''
      }`,
    ),
  ];
}

function sectionNextTasks(data: PlanReportData): Paragraph[] {
  const pending = data.tasks.filter((t) => t.status !== 'done');
  return [
    heading('IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI'),
    ...freeText(data.template.sections.nextTasks),
    body(
      `Tiếp tục thực hiện ${pending.length} nhiệm vụ chưa hoàn thành của Kế hoạch, ưu tiên ${pending.filter((t) => t.overdue).length} nhiệm vụ đã quá hạn.`,
    ),
  ];
}

function sectionProposals(data: PlanReportData): Paragraph[] {
  const text = freeText(data.template.sections.proposals);
  return [
    heading('V. ĐỀ XUẤT, KIẾN NGHỊ'),
    ...(text.length > 0 ? text : [body('Không có đề xuất, kiến nghị.')]),
    body(
      `Trên đây là báo cáo kết quả công tác cải cách hành chính ${periodPhraseVi(data.period.labelVi)} của ${data.unit.name}./.`,
    ),
  ];
}

function closingBlock(data: PlanReportData) {
  const { template } = data;
  const recipients = [
    new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })] }),
    ...template.recipients.map(
      (r, i) =>
        new Paragraph({
          children: [run(`- ${r}${i === template.recipients.length - 1 ? '' : ';'}`, { size: 11 })],
        }),
    ),
  ];
  const signature = [
    ...template.signingCapacity
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => centered(line.trim(), { bold: true, size: 14 })),
    centered(template.signerTitle, { bold: true, size: 14 }),
    new Paragraph({ spacing: { before: 1400 }, children: [] }),
    centered(template.signerName || ' ', { bold: true, size: 14 }),
  ];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [leftColumn, rightColumn],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: leftColumn, type: WidthType.DXA }, children: recipients }),
          new TableCell({ width: { size: rightColumn, type: WidthType.DXA }, children: signature }),
        ],
      }),
    ],
  });
}

/** The official report (.docx) of a unit under a plan for a period. */
export async function renderPlanReportDocx(data: PlanReportData): Promise<Buffer> {
  const doc = new Document({
    creator: 'cchc',
    title: `Báo cáo ${periodPhraseVi(data.period.labelVi)} — ${data.unit.name}`,
    styles: { default: { document: { run: { font, size: pt(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: page, margin: { ...margin, header: mm(10), footer: mm(10) } },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ font, size: pt(13), children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [
          headerBlock(data),
          ...titleBlock(data),
          ...sectionDirection(data),
          ...sectionResults(data),
          ...sectionAssessment(data),
          ...sectionNextTasks(data),
          ...sectionProposals(data),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          closingBlock(data),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
