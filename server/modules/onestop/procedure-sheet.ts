import { calendarDateSchema } from '../../../contracts/common';
import { formatCalendarDateVi, formatNumberVi, formatVndVi } from '../../../core/format/format-vi';
import {
  type OnlineLevel,
  onlineLevelLabels,
  onlineLevels,
  procedureLevelLabels,
  procedureLevels,
  procedureStatusLabels,
  type TimeLimitUnit,
  timeLimitUnitLabels,
  timeLimitUnits,
} from '../../../core/onestop/procedure-rules';
import { type UnitKind, unitKindLabels, unitKinds } from '../../../core/org/unit-kind';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import type { ProcedureInput } from './procedure-input';

/**
 * The catalogue as one sheet, one row per procedure, with Vietnamese headers and list cells
 * written one item per line, so the province can read and edit it in Excel. What the export
 * writes the import reads back to the same procedure (tests/api/procedures.test.ts).
 */
export const procedureSheetColumns = [
  { key: 'code', header: 'Mã thủ tục', width: 14 },
  { key: 'name', header: 'Tên thủ tục', width: 50 },
  { key: 'field', header: 'Lĩnh vực', width: 22 },
  { key: 'level', header: 'Cấp thực hiện', width: 12 },
  { key: 'timeLimitAmount', header: 'Thời hạn giải quyết', width: 10 },
  { key: 'timeLimitUnit', header: 'Đơn vị thời hạn', width: 16 },
  { key: 'timeLimitNote', header: 'Ghi chú thời hạn', width: 30 },
  { key: 'onlineLevel', header: 'Mức độ trực tuyến', width: 18 },
  { key: 'leadAgencies', header: 'Cơ quan chủ trì', width: 24 },
  { key: 'coordinatingAgencies', header: 'Cơ quan phối hợp', width: 20 },
  { key: 'steps', header: 'Quy trình nội bộ', width: 40 },
  { key: 'documents', header: 'Thành phần hồ sơ', width: 50 },
  { key: 'fees', header: 'Phí, lệ phí', width: 36 },
  { key: 'legalBasis', header: 'Căn cứ pháp lý', width: 36 },
  { key: 'status', header: 'Trạng thái công bố', width: 14 },
  { key: 'validFrom', header: 'Hiệu lực từ', width: 12 },
] as const;

export type ProcedureSheetKey = (typeof procedureSheetColumns)[number]['key'];

export const procedureSheetHeader = Object.fromEntries(
  procedureSheetColumns.map((c) => [c.key, c.header]),
) as Record<ProcedureSheetKey, string>;

/** Kinds whose every open unit a cell may name at once, instead of 13 or 216 codes. */
const allOfKindKinds = ['district', 'commune'] as const satisfies readonly UnitKind[];
type AllOfKind = (typeof allOfKindKinds)[number];
const allOfKindLabel: Record<AllOfKind, string> = {
  district: 'Tất cả cấp huyện',
  commune: 'Tất cả cấp xã',
};

export interface SheetProcedure {
  input: ProcedureInput;
  published: boolean;
}

/** Open units of each kind that `Tất cả …` stands for. */
export type UnitCodesByKind = Record<AllOfKind, readonly string[]>;

/** One row of the export. */
export function writeProcedureRow(
  { input, published }: SheetProcedure,
  unitsByKind: UnitCodesByKind,
): Record<ProcedureSheetKey, string | number | null> {
  const codesOf = (role: 'lead' | 'coordinating') =>
    writeAgencyCell(
      input.agencies.filter((a) => a.role === role).map((a) => a.unitCode),
      unitsByKind,
    );
  return {
    code: input.code,
    name: input.name,
    field: input.field,
    level: procedureLevelLabels[input.level],
    timeLimitAmount: input.timeLimit?.amount ?? null,
    timeLimitUnit: input.timeLimit ? timeLimitUnitLabels[input.timeLimit.unit] : null,
    timeLimitNote: input.timeLimitNote,
    onlineLevel: onlineLevelLabels[input.onlineLevel],
    leadAgencies: codesOf('lead'),
    coordinatingAgencies: codesOf('coordinating'),
    steps: input.steps
      .map(
        (s, i) =>
          `${i + 1}. ${s.name} | ${s.unitKind ? unitKindLabels[s.unitKind] : s.unitCode} | ${formatNumberVi(s.sharePercent)}%`,
      )
      .join('\n'),
    documents: input.documents
      .map(
        (d) =>
          `- ${d.name}${d.copies ? ` — ${d.copies} bản` : ''}${d.required ? '' : ' — không bắt buộc'}`,
      )
      .join('\n'),
    fees: input.fees
      .map(
        (f) => `- ${f.description}${f.amountVnd === null ? '' : `: ${formatVndVi(f.amountVnd)}`}`,
      )
      .join('\n'),
    legalBasis: input.legalBasis.join('\n'),
    status: procedureStatusLabels[published ? 'published' : 'draft'],
    validFrom: formatCalendarDateVi(input.validFrom),
  };
}

function writeAgencyCell(codes: string[], unitsByKind: UnitCodesByKind): string {
  let rest = [...codes].sort();
  const tokens: string[] = [];
  for (const kind of allOfKindKinds) {
    const all = unitsByKind[kind];
    if (all.length > 1 && all.every((code) => rest.includes(code))) {
      tokens.push(allOfKindLabel[kind]);
      rest = rest.filter((code) => !all.includes(code));
    }
  }
  return [...rest, ...tokens].join(', ');
}

export interface SheetCellError {
  column: ProcedureSheetKey;
  message: string;
}

type ParseResult =
  | { ok: true; procedure: SheetProcedure }
  | { ok: false; errors: SheetCellError[] };

/**
 * Reads one row (cells keyed by the lower-cased header, as `readTabularFile` gives them).
 * Agency cells are codes of units, or `Tất cả cấp huyện` / `Tất cả cấp xã`.
 */
export function readProcedureRow(
  cells: Record<string, string>,
  unitsByKind: UnitCodesByKind,
): ParseResult {
  const errors: SheetCellError[] = [];
  const cell = (key: ProcedureSheetKey) =>
    (cells[procedureSheetHeader[key].toLowerCase()] ?? '').trim();
  const fail = (column: ProcedureSheetKey, message: string) => {
    errors.push({ column, message });
  };
  const required = (key: ProcedureSheetKey) => {
    const value = cell(key);
    if (!value) fail(key, 'Chưa nhập');
    return value;
  };

  const code = normalizeNationalCode(required('code'));
  const name = required('name');
  const field = required('field');
  const level = matchLabel(cell('level'), procedureLevels, procedureLevelLabels);
  if (!level) fail('level', `Cấp thực hiện là một trong: ${labelList(procedureLevelLabels)}`);
  const onlineText = cell('onlineLevel');
  const onlineLevel = onlineText
    ? matchLabel(onlineText, onlineLevels, onlineLevelLabels)
    : ('none' as OnlineLevel);
  if (!onlineLevel) fail('onlineLevel', `Mức độ là một trong: ${labelList(onlineLevelLabels)}`);
  const timeLimit = readTimeLimit(cell('timeLimitAmount'), cell('timeLimitUnit'), fail);
  const status = cell('status');
  const published = matchLabel(status, ['published', 'draft'] as const, procedureStatusLabels);
  if (!published)
    fail(
      'status',
      `Trạng thái là "${procedureStatusLabels.published}" hoặc "${procedureStatusLabels.draft}"`,
    );
  const validFrom = readDate(required('validFrom'));
  if (cell('validFrom') && !validFrom) fail('validFrom', 'Ngày ghi dạng dd/mm/yyyy');

  const agencies = [
    ...readAgencyCell(cell('leadAgencies'), unitsByKind).map((unitCode) => ({
      unitCode,
      role: 'lead' as const,
    })),
    ...readAgencyCell(cell('coordinatingAgencies'), unitsByKind).map((unitCode) => ({
      unitCode,
      role: 'coordinating' as const,
    })),
  ];
  if (!agencies.some((a) => a.role === 'lead')) fail('leadAgencies', 'Chưa có cơ quan chủ trì');

  const steps = readLines(cell('steps')).flatMap((line) => {
    const step = readStepLine(line);
    if (!step) fail('steps', `Không đọc được bước "${line}" (mẫu: 1. Tên bước | Cấp xã | 25%)`);
    return step ? [step] : [];
  });
  const fees = readLines(cell('fees')).map(readFeeLine);
  const documents = readLines(cell('documents')).map(readDocumentLine);

  if (errors.length > 0 || !level || !onlineLevel || !published || !validFrom)
    return { ok: false, errors };
  return {
    ok: true,
    procedure: {
      published: published === 'published',
      input: {
        code,
        name,
        field,
        level,
        timeLimit,
        timeLimitNote: cell('timeLimitNote') || null,
        onlineLevel,
        fees,
        documents,
        legalBasis: readLines(cell('legalBasis')),
        agencies,
        steps,
        validFrom,
      },
    },
  };
}

/**
 * National codes are `d.dddddd`. Excel turns a typed `2.000720` into the number 2.00072; put
 * the trailing zeros back so the code still matches the national database.
 */
function normalizeNationalCode(code: string): string {
  const match = /^(\d)\.(\d{1,5})$/.exec(code);
  return match ? `${match[1]}.${match[2]!.padEnd(6, '0')}` : code;
}

function matchLabel<T extends string>(
  text: string,
  values: readonly T[],
  labels: Record<T, string>,
): T | null {
  const folded = normalizeSearchText(text);
  return values.find((v) => normalizeSearchText(labels[v]) === folded || v === text.trim()) ?? null;
}

function labelList(labels: Record<string, string>): string {
  return Object.values(labels)
    .map((l) => `"${l}"`)
    .join(', ');
}

function readNumber(text: string): number | null {
  const normalized = text.replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

function readTimeLimit(
  amountText: string,
  unitText: string,
  fail: (column: ProcedureSheetKey, message: string) => void,
) {
  if (!amountText && !unitText) return null;
  const amount = readNumber(amountText);
  if (amount === null) fail('timeLimitAmount', 'Thời hạn là một số không âm');
  const unit = matchLabel<TimeLimitUnit>(unitText, timeLimitUnits, timeLimitUnitLabels);
  if (!unit) fail('timeLimitUnit', `Đơn vị là một trong: ${labelList(timeLimitUnitLabels)}`);
  return amount !== null && unit ? { amount, unit } : null;
}

function readDate(text: string): string | null {
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = vi ? `${vi[3]}-${vi[2]!.padStart(2, '0')}-${vi[1]!.padStart(2, '0')}` : text;
  return calendarDateSchema.safeParse(iso).success ? iso : null;
}

function readLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function readAgencyCell(text: string, unitsByKind: UnitCodesByKind): string[] {
  const codes = new Set<string>();
  for (const token of text.split(/[,;\n]/).map((t) => t.trim())) {
    if (!token) continue;
    const kind = allOfKindKinds.find(
      (k) => normalizeSearchText(allOfKindLabel[k]) === normalizeSearchText(token),
    );
    for (const code of kind ? unitsByKind[kind] : [token]) codes.add(code);
  }
  return [...codes];
}

function readStepLine(line: string): ProcedureInput['steps'][number] | null {
  const parts = line.replace(/^\d+\.\s*/, '').split(' | ');
  if (parts.length < 3) return null;
  const shareText = parts.pop()!.replace(/%$/, '').trim();
  const unitText = parts.pop()!.trim();
  const name = parts.join(' | ').trim();
  const sharePercent = readNumber(shareText);
  if (!name || !unitText || sharePercent === null) return null;
  const unitKind = unitKinds.find(
    (k) => normalizeSearchText(unitKindLabels[k]) === normalizeSearchText(unitText),
  );
  return unitKind
    ? { name, unitKind, unitCode: null, sharePercent }
    : { name, unitKind: null, unitCode: unitText, sharePercent };
}

function readDocumentLine(line: string): ProcedureInput['documents'][number] {
  let name = line.replace(/^[-•]\s*/, '');
  const optional = / — không bắt buộc$/i.exec(name);
  if (optional) name = name.slice(0, optional.index);
  const copies = / — (\d+) bản$/.exec(name);
  if (copies) name = name.slice(0, copies.index);
  return { name: name.trim(), copies: copies ? Number(copies[1]) : null, required: !optional };
}

function readFeeLine(line: string): ProcedureInput['fees'][number] {
  const text = line.replace(/^[-•]\s*/, '');
  const amount = /^(.*):\s*([\d.]+)\s*đồng$/.exec(text);
  if (!amount) return { description: text, amountVnd: null };
  return { description: amount[1]!.trim(), amountVnd: Number(amount[2]!.replace(/\./g, '')) };
}
