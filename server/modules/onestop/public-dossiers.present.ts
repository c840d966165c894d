import type { PublicDossier } from '../../../contracts/public-dossiers';
import { formatInstantVn } from '../../../core/calendar/vn-time';
import { type DossierState, dossierStateLabelsVi } from '../../../core/onestop/dossier-state';
import { maskCitizenName } from '../../../core/onestop/mask-citizen-name';
import type { DossierEventListRow, DossierListRow } from './dossiers.repo';

/** What a citizen reads of each step of the log (Mẫu 05), in the words of the receipt. */
const eventKindLabelsVi: Record<string, string> = {
  submitted: 'Đăng ký trực tuyến',
  received: 'Tiếp nhận hồ sơ',
  handed_over: 'Chuyển xử lý',
  supplement_requested: 'Yêu cầu bổ sung hồ sơ',
  supplement_received: 'Nhận hồ sơ bổ sung',
  finished: 'Có kết quả giải quyết',
  returned: 'Trả kết quả',
  withdrawn: 'Rút hồ sơ',
  refused: 'Từ chối tiếp nhận',
  apology_issued: 'Xin lỗi và hẹn lại ngày trả kết quả',
  rated: 'Người dân đánh giá',
};

const optional = (instant: Date | null) => (instant ? formatInstantVn(instant) : null);

/**
 * The public view of a dossier: the masked name and units only. The applicant's phone, e-mail
 * and address, officers' names and the log's free-text notes (which may quote personal data)
 * stay out.
 */
export function presentPublicDossier(
  row: DossierListRow,
  events: DossierEventListRow[],
): PublicDossier {
  const d = row.dossier;
  const state = d.state as DossierState;
  return {
    code: d.code,
    procedureName: row.procedureName,
    receivingUnitName: row.receivingUnit.name,
    state,
    stateLabel: dossierStateLabelsVi[state],
    applicantName: maskCitizenName(d.applicantName),
    receivedAt: formatInstantVn(d.receivedAt),
    dueAt: formatInstantVn(d.dueAt),
    extendedDueAt: optional(d.extendedDueAt),
    finishedAt: optional(d.finishedAt),
    returnedAt: optional(d.returnedAt),
    rated: d.rating !== null,
    canRate: d.rating === null && (state === 'finished' || state === 'returned'),
    timeline: events.map((e) => ({
      kind: e.kind,
      kindLabel: eventKindLabelsVi[e.kind] ?? e.kind,
      at: formatInstantVn(e.at),
      unitName: e.toUnitName ?? e.fromUnitName ?? null,
    })),
  };
}
