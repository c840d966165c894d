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
 * Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (TT 01/2018; NĐ 61/2018 Art. 19: written
 * at least one day before the appointment, which moves only once).
 */
export async function renderForm04(data: DossierFormData): Promise<Buffer> {
  const d = data.row.dossier;
  if (!d.apologyIssuedAt || !d.extendedDueAt) {
    throw new DomainError('dossier_form_not_applicable', { form: '04' });
  }
  const doc = createFormDocument({
    parentUnitName: data.receivingParentName,
    unitName: data.row.handlingUnit.name,
    formNumber: 'Mẫu số 04',
    title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
    subtitle: `Mã hồ sơ: ${d.code}`,
    dossierCode: d.code,
  });
  writeField(doc, 'Kính gửi Ông/Bà', d.applicantName);
  writeParagraph(
    doc,
    `Ngày ${instantVi(d.receivedAt)}, ${data.row.receivingUnit.name} tiếp nhận giải quyết hồ sơ của Ông/Bà:`,
  );
  writeField(doc, 'Nội dung yêu cầu giải quyết', data.row.procedureName);
  writeField(doc, 'Mã hồ sơ', d.code);
  writeField(doc, 'Thời gian hẹn trả kết quả', instantVi(d.dueAt));
  writeField(doc, 'Lý do chậm trễ', d.apologyReason);
  writeParagraph(
    doc,
    `${data.row.handlingUnit.name} xin lỗi Ông/Bà vì sự chậm trễ này và hẹn lại thời gian trả kết quả:`,
  );
  writeField(doc, 'Thời gian hẹn trả kết quả mới', instantVi(d.extendedDueAt));
  writeParagraph(doc, 'Xin trân trọng cảm ơn sự hợp tác của Ông/Bà.', { italic: true });
  doc.moveDown(0.4);
  writeSignatures(
    doc,
    null,
    { title: `Thủ trưởng cơ quan giải quyết` },
    placeAndDateVi(d.apologyIssuedAt),
  );
  return toPdfBuffer(doc);
}
