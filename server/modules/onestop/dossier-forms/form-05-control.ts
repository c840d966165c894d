import type { DossierFormData } from './form-data';
import { instantVi } from './form-data';
import {
  createFormDocument,
  toPdfBuffer,
  writeField,
  writeParagraph,
  writeTable,
} from './form-layout';

const resultsVi: Record<string, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

/**
 * Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ (TT 01/2018): one row per hand-over of the
 * dossier's log. A hand-over that ends a step of the internal process is judged against that
 * step's own deadline (docs/decisions/015); other rows against the dossier's appointment.
 */
export async function renderForm05(data: DossierFormData): Promise<Buffer> {
  const d = data.row.dossier;
  const doc = createFormDocument({
    parentUnitName: data.receivingParentName,
    unitName: data.row.receivingUnit.name,
    formNumber: 'Mẫu số 05',
    title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
    subtitle: `Mã hồ sơ: ${d.code}`,
    dossierCode: d.code,
  });
  writeField(doc, 'Mã hồ sơ', d.code);
  writeField(doc, 'Thủ tục', data.row.procedureName);
  writeField(doc, 'Cơ quan chủ trì giải quyết', data.row.handlingUnit.name);
  const coordinating = [
    ...new Set(
      data.events
        .flatMap((e) => [e.fromUnitName, e.toUnitName])
        .filter((n): n is string => !!n && n !== data.row.handlingUnit.name),
    ),
  ];
  writeField(doc, 'Cơ quan phối hợp', coordinating.join('; ') || 'Không');
  writeField(doc, 'Thời gian tiếp nhận', instantVi(d.receivedAt));
  writeField(doc, 'Thời gian hẹn trả kết quả', instantVi(d.extendedDueAt ?? d.dueAt));
  doc.moveDown(0.3);
  const due = (d.extendedDueAt ?? d.dueAt).getTime();
  const handOvers = data.events.filter((e) =>
    ['received', 'handed_over', 'finished', 'returned'].includes(e.kind),
  );
  const kindsVi: Record<string, string> = {
    received: 'Tiếp nhận hồ sơ',
    handed_over: 'Chuyển hồ sơ',
    finished: 'Có kết quả',
    returned: 'Trả kết quả',
  };
  const rows = handOvers.map((e, i) => {
    const closedStep = data.events.find(
      (s) => s.stepFinishedAt && s.stepFinishedAt.getTime() === e.at.getTime(),
    );
    const late = closedStep ? closedStep.stepLate === true : e.at.getTime() > due;
    const result =
      e.kind === 'finished' && d.timeliness
        ? (resultsVi[d.timeliness] ?? '')
        : late
          ? 'Quá hạn'
          : 'Đúng hạn';
    const stepNote = e.stepDueAt
      ? `${e.stepName ?? 'Bước xử lý'}, hạn ${instantVi(e.stepDueAt)}`
      : null;
    return [
      String(i + 1),
      e.fromUnitName ?? (e.kind === 'received' ? 'Người nộp hồ sơ' : ''),
      e.toUnitName ?? (e.kind === 'returned' ? 'Người nộp hồ sơ' : ''),
      instantVi(e.at) ?? '',
      result,
      [kindsVi[e.kind], stepNote, e.note, e.actor ? `(${e.actor})` : null]
        .filter(Boolean)
        .join('. '),
    ];
  });
  writeTable(
    doc,
    [
      { header: 'TT', share: 0.06 },
      { header: 'Bên giao', share: 0.2 },
      { header: 'Bên nhận', share: 0.2 },
      { header: 'Thời gian giao, nhận', share: 0.17 },
      { header: 'Kết quả', share: 0.13 },
      { header: 'Ghi chú', share: 0.24 },
    ],
    rows,
  );
  writeParagraph(
    doc,
    'Kết quả: trước hạn, đúng hạn hoặc quá hạn so với thời gian hẹn trả kết quả của hồ sơ.',
    { italic: true },
  );
  return toPdfBuffer(doc);
}
