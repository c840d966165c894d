/**
 * Dossier states and the moves between them, from the one-stop flow of NĐ 61/2018 and
 * TT 01/2018 (vn-regulations.md §1 "Flow" [text]) and the ten statuses used when syncing with the
 * national public service portal (vn-regulations.md §1 [practice]). Each state maps to exactly
 * one national status code, so the sync needs no extra rule. "The state must be visible at
 * every step" [text]: every state has a Vietnamese label.
 */
export const dossierStates = [
  'submitted',
  'received',
  'refused',
  'in_progress',
  'awaiting_supplement',
  'awaiting_payment',
  'withdrawn',
  'stopped',
  'finished',
  'returned',
] as const;
export type DossierState = (typeof dossierStates)[number];

export type NationalDossierStatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** National portal statuses 1–10 (vn-regulations.md §1, "Dossier states used when syncing"). */
const nationalStatusCodes: Record<DossierState, NationalDossierStatusCode> = {
  submitted: 1, // Mới đăng ký: an online submission the desk has not yet checked.
  received: 2, // Được tiếp nhận: receipt and appointment slip issued (Mẫu 01).
  refused: 3, // Không được tiếp nhận: refusal at reception (Mẫu 03).
  in_progress: 4, // Đang xử lý
  awaiting_supplement: 5, // Yêu cầu bổ sung giấy tờ (Mẫu 02)
  awaiting_payment: 6, // Yêu cầu thực hiện nghĩa vụ tài chính
  withdrawn: 7, // Công dân yêu cầu rút hồ sơ
  stopped: 8, // Dừng xử lý
  finished: 9, // Đã xử lý xong: the result is ready, a refusal after appraisal included.
  returned: 10, // Đã trả kết quả
};

export const dossierStateLabelsVi: Record<DossierState, string> = {
  submitted: 'Mới đăng ký',
  received: 'Được tiếp nhận',
  refused: 'Không được tiếp nhận',
  in_progress: 'Đang xử lý',
  awaiting_supplement: 'Yêu cầu bổ sung giấy tờ',
  awaiting_payment: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  withdrawn: 'Công dân yêu cầu rút hồ sơ',
  stopped: 'Dừng xử lý',
  finished: 'Đã xử lý xong',
  returned: 'Đã trả kết quả',
};

/**
 * Allowed moves. Where from (vn-regulations.md §1 "Flow"):
 * - Reception checks the dossier: valid → received; not eligible → refused (Mẫu 03);
 *   incomplete → supplement request (Mẫu 02). An immediate-result procedure may go from
 *   received straight to finished.
 * - Processing may find the dossier incomplete (awaiting_supplement) and ask for fees
 *   (awaiting_payment). A refusal after appraisal "is itself a result": it goes to finished.
 * - A supplement asked for at reception is answered by a receipt (→ received); one asked for
 *   during processing returns the dossier to in_progress. The table allows both; the service
 *   knows which step asked.
 * - The citizen may withdraw, and processing may stop, until a result exists.
 * - refused, withdrawn, stopped and returned are final.
 */
const allowedTransitions: Record<DossierState, readonly DossierState[]> = {
  submitted: ['received', 'refused', 'awaiting_supplement', 'withdrawn'],
  received: ['in_progress', 'finished', 'withdrawn', 'stopped'],
  in_progress: ['awaiting_supplement', 'awaiting_payment', 'finished', 'withdrawn', 'stopped'],
  awaiting_supplement: ['received', 'in_progress', 'refused', 'withdrawn', 'stopped'],
  awaiting_payment: ['in_progress', 'finished', 'withdrawn', 'stopped'],
  finished: ['returned'],
  returned: [],
  refused: [],
  withdrawn: [],
  stopped: [],
};

export function listAllowedTransitions(from: DossierState): readonly DossierState[] {
  return allowedTransitions[from];
}

export function canTransitionDossier(from: DossierState, to: DossierState): boolean {
  return allowedTransitions[from].includes(to);
}

/**
 * A dossier has ended at the first of: processed, result returned, stopped or refused,
 * withdrawal included (QĐ 766/QĐ-TTg, vn-regulations.md §2 [practice]). Ended dossiers are
 * the denominator of the on-time rate.
 */
export function hasDossierEnded(state: DossierState): boolean {
  return ['finished', 'returned', 'stopped', 'refused', 'withdrawn'].includes(state);
}

export type ClockSettings = {
  /**
   * Whether time spent on the citizen's financial obligation is left out of the time limit.
   * Not stated in vn-regulations.md ([unverified]); common for land procedures. Default true.
   */
  paymentPausesClock?: boolean;
};

/**
 * Whether the processing clock stands still. Time waiting for the citizen's supplement is not
 * counted (QĐ 766/QĐ-TTg, vn-regulations.md §2 [practice]).
 */
export function isClockPausedIn(state: DossierState, settings: ClockSettings = {}): boolean {
  if (state === 'awaiting_supplement') return true;
  if (state === 'awaiting_payment') return settings.paymentPausesClock ?? true;
  return false;
}

export function toNationalStatusCode(state: DossierState): NationalDossierStatusCode {
  return nationalStatusCodes[state];
}

export function fromNationalStatusCode(code: number): DossierState | null {
  return dossierStates.find((state) => nationalStatusCodes[state] === code) ?? null;
}
