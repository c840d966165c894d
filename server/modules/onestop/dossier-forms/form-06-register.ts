import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { type DossierState, dossierStateLabelsVi } from '../../../../core/onestop/dossier-state';
import { instantVi } from './form-data';
import type { RegisterRow } from './forms.repo';

const columns = [
  { header: 'STT', key: 'no', width: 6 },
  { header: 'Mã hồ sơ', key: 'code', width: 26 },
  { header: 'Tên thủ tục hành chính', key: 'procedure', width: 40 },
  { header: 'Số lượng hồ sơ (bộ)', key: 'sets', width: 10 },
  { header: 'Tên cá nhân, tổ chức', key: 'applicant', width: 24 },
  { header: 'Địa chỉ, số điện thoại', key: 'contact', width: 30 },
  { header: 'Cơ quan chủ trì giải quyết', key: 'lead', width: 28 },
  { header: 'Ngày, giờ nhận hồ sơ', key: 'receivedAt', width: 17 },
  { header: 'Ngày, giờ hẹn trả kết quả', key: 'dueAt', width: 17 },
  { header: 'Ngày, giờ chuyển hồ sơ', key: 'transferredAt', width: 17 },
  { header: 'Ngày, giờ có kết quả', key: 'finishedAt', width: 17 },
  { header: 'Ngày, giờ trả kết quả', key: 'returnedAt', width: 17 },
  { header: 'Ghi chú', key: 'note', width: 30 },
];

const timelinessVi: Record<string, string> = {
  early: 'trước hạn',
  on_time: 'đúng hạn',
  late: 'quá hạn',
};

/**
 * Mẫu 06 — Sổ theo dõi hồ sơ (TT 01/2018), A4 landscape, written with ExcelJS's streaming writer
 * so a year of a district's dossiers is never held as a workbook model; `pages` yields the rows
 * page by page from the database.
 */
export async function writeRegisterXlsx(pages: AsyncIterable<RegisterRow[]>): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  workbook.creator = 'cchc';
  const sheet = workbook.addWorksheet('Mẫu 06', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.columns = columns;
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.commit();
  let no = 0;
  for await (const page of pages) {
    for (const r of page) {
      no += 1;
      const notes = [
        dossierStateLabelsVi[r.state as DossierState] ?? r.state,
        r.timeliness ? timelinessVi[r.timeliness] : null,
        r.extendedDueAt ? `hẹn lại ${instantVi(r.extendedDueAt)}` : null,
        r.withdrawnAt ? `rút hồ sơ ${instantVi(r.withdrawnAt)}` : null,
      ];
      sheet
        .addRow({
          no,
          code: r.code,
          procedure: r.procedureName,
          sets: 1,
          applicant: r.applicantName,
          contact: [r.applicantAddress, r.applicantPhone].filter(Boolean).join('; '),
          lead: r.handlingUnitName,
          receivedAt: instantVi(r.receivedAt),
          dueAt: instantVi(r.dueAt),
          transferredAt: instantVi(r.transferredAt ? new Date(r.transferredAt) : null),
          finishedAt: instantVi(r.finishedAt),
          returnedAt: instantVi(r.returnedAt),
          note: notes.filter(Boolean).join('; '),
        })
        .commit();
    }
  }
  sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
