import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * The shared page of the one-stop forms (TT 01/2018, vn-regulations.md §1): A5 portrait, the
 * national header, the issuing unit, the form number and title, label–value fields and the
 * signature block. DejaVu Serif ships through npm so Vietnamese diacritics render on any machine
 * (docs/decisions/014-dossier-forms.md).
 */
const require = createRequire(import.meta.url);
const fontDir = `${require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, '')}ttf/`;
const fonts = {
  regular: `${fontDir}DejaVuSerif.ttf`,
  bold: `${fontDir}DejaVuSerif-Bold.ttf`,
  italic: `${fontDir}DejaVuSerif-Italic.ttf`,
};

export type FormDocument = PDFKit.PDFDocument;

export interface FormHeader {
  /** The body above the desk, e.g. `UBND HUYỆN CAN LỘC`; omitted when the unit has no parent. */
  parentUnitName: string | null;
  unitName: string;
  formNumber: string;
  title: string;
  /** The dossier code, also written to the PDF's Subject so tools (and tests) can find it. */
  dossierCode: string;
  subtitle?: string;
}

const margin = 32;

export function createFormDocument(header: FormHeader): FormDocument {
  const doc = new PDFDocument({
    size: 'A5',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    info: { Title: `${header.formNumber} ${header.title}`, Subject: header.dossierCode },
    bufferPages: false,
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('italic', fonts.italic);
  writeHeader(doc, header);
  return doc;
}

function writeHeader(doc: FormDocument, header: FormHeader): void {
  const width = doc.page.width - 2 * margin;
  const leftWidth = width * 0.4;
  const rightX = margin + leftWidth;
  const rightWidth = width - leftWidth;
  const top = doc.y;
  doc.font('regular').fontSize(7.5);
  if (header.parentUnitName) {
    doc.text(header.parentUnitName.toUpperCase(), margin, top, {
      width: leftWidth,
      align: 'center',
    });
  }
  doc.font('bold').text(header.unitName.toUpperCase(), margin, doc.y, {
    width: leftWidth,
    align: 'center',
  });
  const leftBottom = doc.y;
  doc.font('bold').fontSize(7.5);
  doc.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, {
    width: rightWidth,
    align: 'center',
  });
  doc.text('Độc lập - Tự do - Hạnh phúc', rightX, doc.y, { width: rightWidth, align: 'center' });
  const mottoWidth = doc.widthOfString('Độc lập - Tự do - Hạnh phúc');
  const lineY = doc.y + 1;
  doc
    .moveTo(rightX + (rightWidth - mottoWidth) / 2, lineY)
    .lineTo(rightX + (rightWidth + mottoWidth) / 2, lineY)
    .lineWidth(0.5)
    .stroke();
  doc.y = Math.max(leftBottom, lineY) + 14;
  doc.font('italic').fontSize(7.5).text(header.formNumber, margin, doc.y, {
    width,
    align: 'right',
  });
  doc.moveDown(0.3);
  doc.font('bold').fontSize(11).text(header.title.toUpperCase(), margin, doc.y, {
    width,
    align: 'center',
  });
  if (header.subtitle) {
    doc.font('italic').fontSize(8.5).text(header.subtitle, { width, align: 'center' });
  }
  doc.moveDown(0.8);
}

/** A line `Label: value`, the label in regular type and the value in bold. */
export function writeField(doc: FormDocument, label: string, value: string | null): void {
  doc
    .font('regular')
    .fontSize(9)
    .text(`${label}: `, margin, doc.y, {
      continued: true,
      width: doc.page.width - 2 * margin,
    });
  doc
    .font('bold')
    .text(value && value.trim() !== '' ? value : '…………………………………')
    .moveDown(0.15);
}

export function writeParagraph(
  doc: FormDocument,
  text: string,
  options: { italic?: boolean; bold?: boolean } = {},
): void {
  doc
    .font(options.bold ? 'bold' : options.italic ? 'italic' : 'regular')
    .fontSize(9)
    .text(text, margin, doc.y, { width: doc.page.width - 2 * margin, align: 'justify' })
    .moveDown(0.15);
}

export function writeList(doc: FormDocument, items: string[]): void {
  doc.font('regular').fontSize(9);
  items.forEach((item, i) => {
    doc.text(`${i + 1}. ${item}`, margin + 10, doc.y, { width: doc.page.width - 2 * margin - 10 });
  });
  doc.moveDown(0.2);
}

export interface TableColumn {
  header: string;
  /** Share of the content width. */
  share: number;
}

/** A ruled table, header row in bold, starting a new page when a row would overflow. */
export function writeTable(doc: FormDocument, columns: TableColumn[], rows: string[][]): void {
  const width = doc.page.width - 2 * margin;
  const widths = columns.map((c) => c.share * width);
  const padding = 3;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(7.5);
    const height =
      Math.max(
        ...cells.map((cell, i) =>
          doc.heightOfString(cell, { width: (widths[i] ?? 0) - 2 * padding }),
        ),
      ) +
      2 * padding;
    if (doc.y + height > doc.page.height - margin) doc.addPage();
    const y = doc.y;
    let x = margin;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      doc.rect(x, y, w, height).lineWidth(0.5).stroke();
      doc.text(cell, x + padding, y + padding, { width: w - 2 * padding });
      x += w;
    });
    doc.x = margin;
    doc.y = y + height;
  };
  drawRow(
    columns.map((c) => c.header),
    true,
  );
  for (const row of rows) drawRow(row, false);
  doc.moveDown(0.6);
}

/** Two signature columns (e.g. applicant and receiving officer), titles in bold. */
export function writeSignatures(
  doc: FormDocument,
  left: { title: string; name?: string | null } | null,
  right: { title: string; name?: string | null },
  placeAndDate?: string,
): void {
  const width = doc.page.width - 2 * margin;
  const half = width / 2;
  if (doc.y + 90 > doc.page.height - margin) doc.addPage();
  if (placeAndDate) {
    doc
      .font('italic')
      .fontSize(8.5)
      .text(placeAndDate, margin + half, doc.y + 4, {
        width: half,
        align: 'center',
      });
  }
  const y = doc.y + 2;
  const column = (x: number, s: { title: string; name?: string | null }) => {
    doc
      .font('bold')
      .fontSize(9)
      .text(s.title.toUpperCase(), x, y, { width: half, align: 'center' });
    doc.font('italic').fontSize(7.5).text('(Ký, ghi rõ họ tên)', x, doc.y, {
      width: half,
      align: 'center',
    });
    if (s.name) {
      doc
        .font('bold')
        .fontSize(9)
        .text(s.name, x, doc.y + 40, { width: half, align: 'center' });
    }
  };
  if (left) column(margin, left);
  column(margin + half, right);
}

export function toPdfBuffer(doc: FormDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export const formMargin = margin;
