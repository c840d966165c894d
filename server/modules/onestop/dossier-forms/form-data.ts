import { formatInstantDateTimeVi, formatInstantDateVi } from '../../../../core/format/format-vi';
import type { ProcedureDocumentValue } from '../../../db/schema/onestop-procedures';
import type { DossierEventListRow, DossierListRow } from '../dossiers.repo';

/** Everything a printed form of one dossier needs, loaded once by the forms service. */
export interface DossierFormData {
  row: DossierListRow;
  events: DossierEventListRow[];
  receivingParentName: string | null;
  procedure: {
    timeLimitAmount: number | null;
    timeLimitUnit: string | null;
    documents: ProcedureDocumentValue[];
  };
  /** `<public base url>/tra-cuu?ma=<code>`, printed as the QR code of Mẫu 01. */
  lookupUrl: string;
  printedAt: Date;
}

const timeLimitUnitsVi: Record<string, string> = {
  working_days: 'ngày làm việc',
  half_days: 'buổi làm việc',
  hours: 'giờ làm việc',
  calendar_days: 'ngày',
};

export function formatTimeLimitVi(amount: number | null, unit: string | null): string | null {
  if (amount === null || unit === null) return null;
  return `${String(amount).replace('.', ',')} ${timeLimitUnitsVi[unit] ?? unit}`;
}

/** Instants on forms read `HH:mm dd/MM/yyyy` in Asia/Ho_Chi_Minh. */
export function instantVi(instant: Date | null | undefined): string | null {
  return instant ? formatInstantDateTimeVi(instant) : null;
}

export function dateVi(instant: Date | null | undefined): string | null {
  return instant ? formatInstantDateVi(instant) : null;
}

/** "Can Lộc, ngày 05 tháng 03 năm 2021" above the signatures. */
export function placeAndDateVi(instant: Date): string {
  const [day, month, year] = formatInstantDateVi(instant).split('/');
  return `Ngày ${day} tháng ${month} năm ${year}`;
}
