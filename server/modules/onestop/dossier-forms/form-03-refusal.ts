import { DomainError } from '../../../http/domain-error';
import { type DossierFormData, instantVi, placeAndDateVi } from './form-data';
import {
  createFormDocument,
  toPdfBuffer,
  writeField,
  writeParagraph,
  writeSignatures,
} from './form-layout';

/**
 * Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (TT 01/2018; fields of vn-regulations.md §1:
 * applicant, procedure, reason), from the refusal in the log: at the counter or of an online
 * submission the desk found not eligible (NĐ 61/2018, "Flow" 2).
 */
export async function renderForm03(data: DossierFormData): Promise<Buffer> {
  const d = data.row.dossier;
  const refusal = data.events.filter((e) => e.kind === 'refused').at(-1);
  if (!refusal) throw new DomainError('dossier_form_not_applicable', { form: '03' });
  const doc = createFormDocument({
    parentUnitName: data.receivingParentName,
    unitName: data.row.receivingUnit.name,
    formNumber: 'Mẫu số 03',
    title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    subtitle: `Mã hồ sơ: ${d.code}`,
    dossierCode: d.code,
  });
  writeField(doc, 'Kính gửi Ông/Bà', d.applicantName);
  writeField(doc, 'Địa chỉ', d.applicantAddress);
  writeField(doc, 'Số điện thoại', d.applicantPhone);
  writeField(doc, 'Thư điện tử', d.applicantEmail);
  writeField(doc, 'Nội dung yêu cầu giải quyết', data.row.procedureName);
  writeField(
    doc,
    d.submittedAt ? 'Ngày nộp trực tuyến' : 'Ngày nộp hồ sơ',
    instantVi(d.receivedAt),
  );
  writeParagraph(
    doc,
    `Căn cứ quy định hiện hành, ${data.row.receivingUnit.name} từ chối tiếp nhận, giải quyết hồ sơ của Ông/Bà với lý do sau:`,
  );
  writeField(doc, 'Lý do', refusal.note);
  writeParagraph(doc, 'Xin thông báo để Ông/Bà được biết và thực hiện.', { italic: true });
  doc.moveDown(0.4);
  writeSignatures(doc, null, { title: 'Người tiếp nhận' }, placeAndDateVi(refusal.at));
  return toPdfBuffer(doc);
}
