import { DomainError } from '../../../http/domain-error';
import { type DossierFormData, instantVi, placeAndDateVi } from './form-data';
import {
  createFormDocument,
  toPdfBuffer,
  writeField,
  writeList,
  writeParagraph,
  writeSignatures,
} from './form-layout';

/**
 * Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (TT 01/2018), from the latest supplement
 * request: the citizen is told what is missing once and completely (NĐ 61/2018 Art. 16).
 */
export async function renderForm02(data: DossierFormData): Promise<Buffer> {
  const d = data.row.dossier;
  const request = data.events.filter((e) => e.kind === 'supplement_requested').at(-1);
  if (!request) throw new DomainError('dossier_form_not_applicable', { form: '02' });
  const items = ((request.details as { items?: unknown } | null)?.items ?? []) as string[];
  const doc = createFormDocument({
    parentUnitName: data.receivingParentName,
    unitName: data.row.receivingUnit.name,
    formNumber: 'Mẫu số 02',
    title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    subtitle: `Mã hồ sơ: ${d.code}`,
    dossierCode: d.code,
  });
  writeField(doc, 'Kính gửi Ông/Bà', d.applicantName);
  writeField(doc, 'Địa chỉ', d.applicantAddress);
  writeField(doc, 'Số điện thoại', d.applicantPhone);
  writeField(doc, 'Thư điện tử', d.applicantEmail);
  writeField(doc, 'Nội dung yêu cầu giải quyết', data.row.procedureName);
  writeField(doc, 'Ngày tiếp nhận hồ sơ', instantVi(d.receivedAt));
  writeParagraph(
    doc,
    `Sau khi xem xét hồ sơ, ngày ${instantVi(request.at)}, ${data.row.currentUnit.name} đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:`,
  );
  writeList(doc, items.length > 0 ? items : ['(không ghi thành phần)']);
  writeField(doc, 'Lý do', request.note);
  writeParagraph(
    doc,
    'Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ bộ phận tiếp nhận và trả kết quả để được hướng dẫn.',
    { italic: true },
  );
  writeField(doc, 'Cán bộ hướng dẫn', request.actor);
  doc.moveDown(0.4);
  writeSignatures(doc, null, { title: 'Người hướng dẫn' }, placeAndDateVi(request.at));
  return toPdfBuffer(doc);
}
