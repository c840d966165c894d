import { type TimeLimit, type TimeLimitUnit, timeLimitUnits } from '../calendar/compute-due-at';
import { formatNumberVi } from '../format/format-vi';

/**
 * The administrative level that handles a procedure (thủ tục cấp tỉnh, cấp huyện, cấp xã), as the
 * province publishes its catalogue in one list per level (procedures-sample.notes.md §3).
 */
export const procedureLevels = ['province', 'district', 'commune'] as const;
export type ProcedureLevel = (typeof procedureLevels)[number];

export const procedureLevelLabels: Record<ProcedureLevel, string> = {
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

/**
 * Online public service level (vn-regulations.md §3): NĐ 43/2011 levels 1–2 are information and
 * forms only (`none`), level 3 ≈ NĐ 42/2022 "một phần" (`partial`), level 4 ≈ "toàn trình" (`full`).
 */
export const onlineLevels = ['none', 'partial', 'full'] as const;
export type OnlineLevel = (typeof onlineLevels)[number];

export const onlineLevelLabels: Record<OnlineLevel, string> = {
  none: 'Chưa trực tuyến',
  partial: 'Trực tuyến một phần',
  full: 'Trực tuyến toàn trình',
};

/** Lead agency (chủ trì) or coordinating agency (phối hợp) of a một cửa liên thông procedure. */
export const agencyRoles = ['lead', 'coordinating'] as const;
export type AgencyRole = (typeof agencyRoles)[number];

export const agencyRoleLabels: Record<AgencyRole, string> = {
  lead: 'Chủ trì',
  coordinating: 'Phối hợp',
};

export const procedureStatuses = ['draft', 'published'] as const;
export type ProcedureStatus = (typeof procedureStatuses)[number];

export const procedureStatusLabels: Record<ProcedureStatus, string> = {
  draft: 'Chưa công bố',
  published: 'Đã công bố',
};

export type { TimeLimit, TimeLimitUnit };
export { timeLimitUnits };

export const timeLimitUnitLabels: Record<TimeLimitUnit, string> = {
  working_days: 'ngày làm việc',
  half_days: 'buổi làm việc',
  hours: 'giờ làm việc',
  calendar_days: 'ngày (kể cả ngày nghỉ)',
};

/**
 * A limit `computeDueAt` accepts: not negative, whole days and sessions, hours with at most two
 * decimals. A same-day procedure ("ngay trong ngày") is 0 working days.
 */
export function isValidTimeLimit({ amount, unit }: TimeLimit): boolean {
  if (!(timeLimitUnits as readonly string[]).includes(unit)) return false;
  if (!Number.isFinite(amount) || amount < 0) return false;
  if (unit !== 'hours') return Number.isInteger(amount);
  return Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6;
}

/** "Trong ngày", "3 ngày làm việc", "4 giờ làm việc", "0,5 giờ làm việc". */
export function describeTimeLimit(limit: TimeLimit): string {
  if (limit.amount === 0 && limit.unit === 'working_days') return 'Trong ngày';
  return `${formatNumberVi(limit.amount)} ${timeLimitUnitLabels[limit.unit]}`;
}

/**
 * The internal process gives each step a share of the time limit (vn-regulations.md §1, e.g. a
 * 20-day procedure: 0.5 + 0.5 + 15 + 2 + 1 + 1 days); the shares cover the whole limit, no more,
 * no less. Shares are percentages with at most two decimals, compared in hundredths so that
 * 33.33 + 33.33 + 33.34 adds up exactly. No steps at all is allowed: the process is not yet known.
 */
export function stepSharesAddUp(shares: readonly number[]): boolean {
  if (shares.length === 0) return true;
  let hundredths = 0;
  for (const share of shares) {
    const scaled = Math.round(share * 100);
    if (share <= 0 || Math.abs(share * 100 - scaled) > 1e-6) return false;
    hundredths += scaled;
  }
  return hundredths === 10_000;
}

export interface PublicationInput {
  timeLimit: TimeLimit | null;
  documentCount: number;
  leadAgencyCount: number;
}

export type PublicationGap = 'time_limit' | 'documents' | 'lead_agency';

/**
 * What a procedure lacks before it may be published. NĐ 63/2010/NĐ-CP Art. 8 requires a
 * procedure to state, among others, its dossier (thành phần hồ sơ), time limit and the agency
 * that handles it; a citizen cannot be given an appointment without a time limit.
 */
export function findPublicationGaps(input: PublicationInput): PublicationGap[] {
  const gaps: PublicationGap[] = [];
  if (!input.timeLimit) gaps.push('time_limit');
  if (input.documentCount === 0) gaps.push('documents');
  if (input.leadAgencyCount === 0) gaps.push('lead_agency');
  return gaps;
}
