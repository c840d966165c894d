import { formatCalendarDate, parseCalendarDate } from '../periods/calendar-date';

/**
 * The dossier code printed on the receipt (Mẫu 01) and used for lookup:
 * `<receiving unit identifier>-<YYMMDD of receipt>-<4-digit number within the day>`
 * (NĐ 61/2018, TT 01/2018; vn-regulations.md §1 "Dossier code" [text]).
 * Example: `000.00.15.H27-210315-0001`.
 *
 * The unit identifier follows QĐ 20/2020/QĐ-TTg: at most 35 characters of [0-9A-Z] in
 * dot-separated groups, most specific first (vn-regulations.md §1 [practice]).
 * The number restarts at 1 each day for each receiving unit; 4 digits allow 9 999 a day.
 * The date is the calendar date of receipt in Việt Nam; the caller converts the instant.
 */
export type DossierCodeParts = {
  unitIdentifier: string;
  /** `YYYY-MM-DD`, between 2000-01-01 and 2099-12-31: the code keeps only two year digits. */
  receivedOn: string;
  /** 1 to 9 999. */
  sequence: number;
};

export const maxUnitIdentifierLength = 35;
export const maxDossierSequence = 9_999;

const unitIdentifierPattern = /^[0-9A-Z]+(?:\.[0-9A-Z]+)*$/;
const dossierCodePattern = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

export function isUnitIdentifier(identifier: string): boolean {
  return identifier.length <= maxUnitIdentifierLength && unitIdentifierPattern.test(identifier);
}

/** Throws `RangeError` on parts that cannot make a valid code: they come from the system, not a user. */
export function formatDossierCode({
  unitIdentifier,
  receivedOn,
  sequence,
}: DossierCodeParts): string {
  if (!isUnitIdentifier(unitIdentifier)) {
    throw new RangeError(`not a unit identifier (QĐ 20/2020/QĐ-TTg): ${unitIdentifier}`);
  }
  const date = parseCalendarDate(receivedOn);
  if (!date || date.year < 2000 || date.year > 2099) {
    throw new RangeError(`receipt date must be a date in 2000–2099: ${receivedOn}`);
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > maxDossierSequence) {
    throw new RangeError(`number within the day must be 1–${maxDossierSequence}: ${sequence}`);
  }
  const yymmdd = [date.year % 100, date.month, date.day]
    .map((part) => String(part).padStart(2, '0'))
    .join('');
  return `${unitIdentifier}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

/**
 * Reads a code as a citizen types it from the slip: surrounding spaces are dropped and letters
 * upper-cased. `null` when it is not a well-formed code (bad identifier, impossible date such
 * as 210230, or number 0000).
 */
export function parseDossierCode(input: string): DossierCodeParts | null {
  const match = dossierCodePattern.exec(input.trim().toUpperCase());
  if (!match) return null;
  const [, unitIdentifier = '', yy, mm, dd, number] = match;
  if (!isUnitIdentifier(unitIdentifier)) return null;
  const receivedOn = `20${yy}-${mm}-${dd}`;
  const date = parseCalendarDate(receivedOn);
  const sequence = Number(number);
  if (!date || sequence < 1) return null;
  return { unitIdentifier, receivedOn: formatCalendarDate(date), sequence };
}
