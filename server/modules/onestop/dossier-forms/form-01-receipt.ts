import QRCode from 'qrcode';
import { type DossierFormData, formatTimeLimitVi, instantVi, placeAndDateVi } from './form-data';
import {
  createFormDocument,
  formMargin,
  toPdfBuffer,
  writeField,
  writeList,
  writeParagraph,
  writeSignatures,
} from './form-layout';

const channelsVi: Record<string, string> = {
  counter: 'Trực tiếp tại bộ phận một cửa',
  online: 'Trực tuyến qua Cổng dịch vụ công',
  postal: 'Qua dịch vụ bưu chính công ích',
};

/**
 * Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (TT 01/2018; field list of
 * vn-regulations.md §1), with a QR code to the public lookup of the dossier (NĐ 61/2018 Art. 26
 * allows a barcode or QR code next to the dossier code).
 */
export async function renderForm01(data: DossierFormData): Promise<Buffer> {
  const d = data.row.dossier;
  const doc = createFormDocument({
    parentUnitName: data.receivingParentName,
    unitName: data.row.receivingUnit.name,
    formNumber: 'Mẫu số 01',
    title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    subtitle: `Mã hồ sơ: ${d.code}`,
    dossierCode: d.code,
  });
  const qr = await QRCode.toBuffer(data.lookupUrl, { type: 'png', margin: 1, width: 240 });
  const qrSize = 72;
  const qrY = doc.y;
  // The QR code is also a link, so the lookup address reads in the PDF itself (a URI action).
  doc.image(qr, doc.page.width - formMargin - qrSize, qrY, { width: qrSize, link: data.lookupUrl });
  doc
    .font('italic')
    .fontSize(6)
    .text('Tra cứu hồ sơ', doc.page.width - formMargin - qrSize, qrY + qrSize + 1, {
      width: qrSize,
      align: 'center',
    });
  doc.y = qrY;
  const narrow = doc.page.width - 2 * formMargin - qrSize - 8;
  doc
    .font('regular')
    .fontSize(9)
    .text(`${data.row.receivingUnit.name} tiếp nhận hồ sơ của:`, formMargin, doc.y, {
      width: narrow,
    });
  const fieldsTop = doc.y;
  writeField(doc, 'Ông/Bà', d.applicantName);
  writeField(doc, 'Địa chỉ', d.applicantAddress);
  writeField(doc, 'Số điện thoại', d.applicantPhone);
  writeField(doc, 'Thư điện tử', d.applicantEmail);
  doc.y = Math.max(doc.y, fieldsTop, qrY + qrSize + 10);
  writeField(doc, 'Nội dung yêu cầu giải quyết', data.row.procedureName);
  writeField(doc, 'Hình thức tiếp nhận', channelsVi[d.channel] ?? d.channel);
  writeParagraph(doc, 'Thành phần hồ sơ nộp gồm:');
  const documents = data.procedure.documents.map(
    (doc) => `${doc.name}${doc.copies ? ` (số lượng: ${doc.copies})` : ''}`,
  );
  writeList(doc, documents.length > 0 ? documents : ['Theo thành phần hồ sơ của thủ tục']);
  writeField(doc, 'Số lượng hồ sơ', '01 bộ');
  writeField(
    doc,
    'Thời gian giải quyết hồ sơ theo quy định',
    formatTimeLimitVi(data.procedure.timeLimitAmount, data.procedure.timeLimitUnit),
  );
  writeField(doc, 'Thời gian nhận hồ sơ', instantVi(d.receivedAt));
  writeField(doc, 'Thời gian trả kết quả giải quyết hồ sơ', instantVi(d.dueAt));
  writeField(
    doc,
    'Nhận kết quả tại',
    d.channel === 'postal'
      ? 'Qua dịch vụ bưu chính công ích'
      : `Bộ phận tiếp nhận và trả kết quả — ${data.row.receivingUnit.name}`,
  );
  writeField(doc, 'Vào Sổ theo dõi hồ sơ (Mẫu 06), số', d.code);
  doc.moveDown(0.4);
  writeSignatures(
    doc,
    { title: 'Người nộp hồ sơ', name: d.applicantName },
    { title: 'Người tiếp nhận hồ sơ' },
    placeAndDateVi(d.receivedAt),
  );
  return toPdfBuffer(doc);
}
