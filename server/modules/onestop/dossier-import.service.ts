import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  dossierChannels,
  dossierImportRequiredColumns,
  type ImportDossiersResult,
} from '../../../contracts/dossiers';
import { canAccessUnit } from '../../../core/auth/access';
import { findCountingStart } from '../../../core/calendar/compute-due-at';
import { toVnDate } from '../../../core/calendar/vn-time';
import type { WorkingCalendar } from '../../../core/calendar/working-calendar';
import { measureWorkingTime } from '../../../core/calendar/working-time';
import { classifyTimeliness } from '../../../core/onestop/classify-timeliness';
import { isSatisfactionRating, isSatisfiedRating } from '../../../core/onestop/satisfaction-rating';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import type { Queryable, Transaction } from '../../db/database';
import { dossierEvents, dossiers, onestopKpiDaily } from '../../db/schema/onestop-dossiers';
import { procedures } from '../../db/schema/onestop-procedures';
import { units } from '../../db/schema/org';
import { insertByUnnest } from '../../db/unnest-insert';
import { readTabularFile, type SheetRow } from '../../files/tabular-file';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { getWorkingCalendar } from '../calendar/calendar.service';
import { requirePermissionScopes } from '../org/units.policy';
import { chooseHandlingUnit } from './dossier-rules';
import type { KpiCounter, NewDossierEventRow, NewDossierRow } from './dossiers.repo';
import { findAgenciesOf } from './procedures.repo';

type RowError = ImportDossiersResult['errors'][number];

/** Rows per multi-row insert: ~30 parameters a dossier stays far below PostgreSQL's 65,535. */
const batchSize = 1000;

/**
 * An instant as older one-stop software exports it. With an offset (ISO 8601) it is taken as
 * written; without one (`2021-03-01 08:00[:ss]` or `2021-03-01T08:00`), it is read as Việt Nam
 * time (+07:00), the only zone those systems ran in (docs/decisions/013-citizen-lookup-and-dossier-import.md).
 */
const instantPattern =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:\d{2})?$/;

function parseInstant(text: string): Date | null {
  const match = instantPattern.exec(text);
  if (!match) return null;
  const [, day, time, offset] = match;
  const instant = new Date(`${day}T${time}${offset ?? '+07:00'}`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

interface UnitRef {
  id: number;
  code: string;
  path: string;
}

interface PlannedDossier {
  row: NewDossierRow;
  events: Array<Omit<NewDossierEventRow, 'dossierId'>>;
  kpiKey: string;
  kpi: Partial<Record<KpiCounter, number>>;
}

/**
 * Imports dossiers from older one-stop software (issue 4 "Historical import"): each keeps its
 * code and dates, takes the state its dates imply, and counts in the rollups like a dossier
 * worked at the desk. All or nothing: every row is checked; one bad row writes nothing.
 */
export async function importDossiers(
  ctx: ServiceContext,
  content: Buffer,
  dryRun: boolean,
): Promise<ImportDossiersResult> {
  requirePermissionScopes(ctx.actor, 'dossiers.import');
  const sheet = await readTabularFile(content);
  return importDossierBatches(
    ctx,
    (async function* () {
      yield sheet;
    })(),
    dryRun,
  );
}

/**
 * The import of a file read batch by batch (the CLI streams a large CSV this way; the HTTP route
 * hands its whole sheet as one batch), with the same checks and error report. One transaction:
 * each batch is checked, then written while no error has been found; any bad row, in any batch,
 * rolls back every batch already written, so the file is still all or nothing. Rollups are summed
 * in memory (units × days) and written once at the end, with one audit entry for the file.
 */
export async function importDossierBatches(
  ctx: ServiceContext,
  batches: AsyncIterable<SheetRow[]>,
  dryRun: boolean,
): Promise<ImportDossiersResult> {
  requirePermissionScopes(ctx.actor, 'dossiers.import');
  return ctx.db.transaction(async (tx) => {
    const errors: RowError[] = [];
    const calendar = await getWorkingCalendar(ctx.db, ctx.provinceCode, tx);
    const planner = await createImportPlanner(tx, ctx, calendar);
    const written = createWrittenSummary();
    let valid = 0;
    let sawRows = false;
    for await (const sheet of batches) {
      if (sheet.length === 0) continue;
      if (!sawRows) {
        sawRows = true;
        const headers = new Set(Object.keys(sheet[0]?.values ?? {}));
        for (const column of dossierImportRequiredColumns)
          if (!headers.has(column))
            errors.push({ row: 1, column, message: `Thiếu cột "${column}"` });
        if (errors.length > 0) break;
      }
      const plan = await planner.plan(sheet, errors);
      valid += plan.length;
      if (errors.length === 0 && !dryRun) await writeBatch(tx, plan, written);
    }
    if (!sawRows) errors.push({ row: 1, column: null, message: 'Tệp không có dòng dữ liệu nào' });
    if (errors.length > 0 || dryRun) return finish(dryRun, errors, valid);
    await writeRollupsAndAudit(tx, ctx, written);
    return { dryRun, imported: valid, valid, errors: [] };
  });
}

function finish(dryRun: boolean, errors: RowError[], valid: number): ImportDossiersResult {
  if (errors.length > 0) {
    const sorted = [...errors].sort((a, b) => a.row - b.row);
    if (!dryRun) throw new DomainError('import_has_errors', { errors: sorted });
    return { dryRun, imported: 0, valid, errors: sorted };
  }
  return { dryRun, imported: 0, valid, errors: [] };
}

async function loadUnits(db: Queryable, provinceCode: string): Promise<Map<string, UnitRef>> {
  const rows = await db
    .select({ id: units.id, code: units.code, path: units.path, validTo: units.validTo })
    .from(units)
    .where(eq(units.provinceCode, provinceCode));
  // History may name units closed since (merged communes): an open unit wins over a closed one.
  const byCode = new Map<string, UnitRef & { open: boolean }>();
  for (const u of rows) {
    const open = u.validTo === null;
    const known = byCode.get(u.code);
    if (!known || (open && !known.open)) byCode.set(u.code, { ...u, open });
  }
  return byCode;
}

async function loadProcedures(db: Queryable, provinceCode: string, codes: string[]) {
  const byCode = new Map<string, { id: number; open: boolean }>();
  for (let i = 0; i < codes.length; i += batchSize) {
    const rows = await db
      .select({ id: procedures.id, code: procedures.code, validTo: procedures.validTo })
      .from(procedures)
      .where(
        and(
          eq(procedures.provinceCode, provinceCode),
          inArray(procedures.code, codes.slice(i, i + batchSize)),
        ),
      );
    for (const p of rows) {
      const open = p.validTo === null;
      const known = byCode.get(p.code);
      if (!known || (open && !known.open)) byCode.set(p.code, { id: p.id, open });
    }
  }
  return byCode;
}

async function findStoredCodes(db: Queryable, provinceCode: string, codes: string[]) {
  const stored = new Set<string>();
  for (let i = 0; i < codes.length; i += batchSize) {
    const rows = await db
      .select({ code: dossiers.code })
      .from(dossiers)
      .where(
        and(
          eq(dossiers.provinceCode, provinceCode),
          inArray(dossiers.code, codes.slice(i, i + batchSize)),
        ),
      );
    for (const r of rows) stored.add(r.code);
  }
  return stored;
}

/**
 * Checks rows batch by batch with what earlier batches left: units loaded once, procedures and
 * their lead agencies as new codes appear, and the first row of every code seen in the file.
 */
async function createImportPlanner(
  tx: Transaction,
  ctx: ServiceContext,
  calendar: WorkingCalendar,
) {
  const unitByCode = await loadUnits(tx, ctx.provinceCode);
  const procedureByCode = new Map<string, { id: number; open: boolean } | null>();
  const leadsOf = new Map<number, Awaited<ReturnType<typeof findAgenciesOf>>>();
  const firstRowOfCode = new Map<string, number>();
  return {
    plan: (sheet: SheetRow[], errors: RowError[]) =>
      planRows(tx, ctx, sheet, calendar, errors, {
        unitByCode,
        procedureByCode,
        leadsOf,
        firstRowOfCode,
      }),
  };
}

async function planRows(
  tx: Transaction,
  ctx: ServiceContext,
  sheet: SheetRow[],
  calendar: WorkingCalendar,
  errors: RowError[],
  state: {
    unitByCode: Map<string, UnitRef>;
    procedureByCode: Map<string, { id: number; open: boolean } | null>;
    leadsOf: Map<number, Awaited<ReturnType<typeof findAgenciesOf>>>;
    firstRowOfCode: Map<string, number>;
  },
): Promise<PlannedDossier[]> {
  const { unitByCode, firstRowOfCode, leadsOf } = state;
  // The whole file is the actor's or none of it: one unit outside the subtree refuses it all.
  for (const { values } of sheet) {
    const unit = unitByCode.get(values.unit_code ?? '');
    if (unit && !canAccessUnit(ctx.actor.grants, 'dossiers.import', unit.path)) {
      throw new DomainError('out_of_scope', { unitCode: unit.code });
    }
  }
  const newCodes = [...new Set(sheet.map((r) => (r.values.procedure_code ?? '').trim()))].filter(
    (code) => !state.procedureByCode.has(code),
  );
  if (newCodes.length > 0) {
    const found = await loadProcedures(tx, ctx.provinceCode, newCodes);
    for (const code of newCodes) state.procedureByCode.set(code, found.get(code) ?? null);
    const ids = [...found.values()].map((p) => p.id).filter((id) => !leadsOf.has(id));
    for (const id of ids) leadsOf.set(id, []);
    for (const a of ids.length > 0 ? await findAgenciesOf(tx, ids) : []) {
      if (a.role !== 'lead') continue;
      leadsOf.get(a.procedureId)?.push(a);
    }
  }
  const procedureByCode = {
    get: (code: string) => state.procedureByCode.get(code) ?? undefined,
  };
  const stored = await findStoredCodes(
    tx,
    ctx.provinceCode,
    sheet.map((r) => r.values.code ?? '').filter(Boolean),
  );
  const plan: PlannedDossier[] = [];

  for (const { row, values } of sheet) {
    const problems: RowError[] = [];
    const fail = (column: string, message: string) => problems.push({ row, column, message });
    const text = (column: string) => (values[column] ?? '').trim();

    const code = text('code');
    if (!code) fail('code', 'Thiếu mã hồ sơ');
    else if (code.length > 60) fail('code', 'Mã hồ sơ dài quá 60 ký tự');
    else if (firstRowOfCode.has(code))
      fail('code', `Mã hồ sơ trùng với dòng ${firstRowOfCode.get(code)} của tệp`);
    else if (stored.has(code)) fail('code', 'Mã hồ sơ đã có trong hệ thống');
    if (code && !firstRowOfCode.has(code)) firstRowOfCode.set(code, row);

    const procedure = procedureByCode.get(text('procedure_code'));
    if (!procedure) fail('procedure_code', 'Không có thủ tục mang mã này trong danh mục');

    const receiving = unitByCode.get(text('unit_code'));
    if (!receiving) fail('unit_code', 'Không có đơn vị mang mã này');

    const channel = text('channel');
    if (!(dossierChannels as readonly string[]).includes(channel))
      fail('channel', 'Kênh phải là counter, online hoặc postal');

    const instant = (column: string, required: boolean): Date | null => {
      const value = text(column);
      if (!value) {
        if (required) fail(column, 'Thiếu thời điểm');
        return null;
      }
      const parsed = parseInstant(value);
      if (!parsed)
        fail(column, 'Thời điểm không hợp lệ (ISO 8601, ví dụ 2021-03-01T08:00:00+07:00)');
      return parsed;
    };
    const receivedAt = instant('received_at', true);
    const dueAt = instant('due_at', true);
    const finishedAt = instant('finished_at', false);
    const returnedAt = instant('returned_at', false);
    const apologyAt = instant('apology_issued_at', false);
    if (receivedAt && dueAt && dueAt <= receivedAt)
      fail('due_at', 'Ngày hẹn trả phải sau thời điểm tiếp nhận');
    if (receivedAt && finishedAt && finishedAt < receivedAt)
      fail('finished_at', 'Thời điểm có kết quả không được trước thời điểm tiếp nhận');
    if (returnedAt && !finishedAt && !text('finished_at'))
      fail('returned_at', 'Hồ sơ đã trả kết quả phải có thời điểm có kết quả (finished_at)');
    if (returnedAt && finishedAt && returnedAt < finishedAt)
      fail('returned_at', 'Thời điểm trả kết quả không được trước thời điểm có kết quả');
    if (apologyAt && receivedAt && apologyAt < receivedAt)
      fail('apology_issued_at', 'Phiếu xin lỗi không được trước thời điểm tiếp nhận');
    if (apologyAt && finishedAt && apologyAt > finishedAt)
      fail('apology_issued_at', 'Phiếu xin lỗi phải được lập trước khi có kết quả');

    const ratingText = text('rating');
    const rating = ratingText === '' ? null : Number(ratingText);
    if (rating !== null && !isSatisfactionRating(rating))
      fail('rating', 'Đánh giá phải là số nguyên từ 1 đến 5');
    else if (rating !== null && !text('finished_at'))
      fail('rating', 'Chỉ đánh giá được hồ sơ đã có kết quả');

    const phone = text('applicant_phone');
    if (phone && !/^\+?[0-9 .-]{6,20}$/.test(phone))
      fail('applicant_phone', 'Số điện thoại không hợp lệ');
    const applicantName = text('applicant_name');
    if (applicantName.length > 200) fail('applicant_name', 'Họ tên dài quá 200 ký tự');

    let handling: UnitRef | undefined = receiving;
    const handlingCode = text('handling_unit_code');
    if (handlingCode) {
      handling = unitByCode.get(handlingCode);
      if (!handling) fail('handling_unit_code', 'Không có đơn vị mang mã này');
    } else if (receiving && procedure) {
      // As at the desk: the lead agency over the receiving unit, or the only one; a procedure
      // without a usable lead agency in the catalogue stays with the receiving unit.
      try {
        const lead = chooseHandlingUnit(leadsOf.get(procedure.id) ?? [], receiving.path, undefined);
        handling = { id: lead.unitId, code: lead.code, path: lead.path };
      } catch {
        handling = receiving;
      }
    }

    let countingFromAt: Date | null = null;
    if (receivedAt) {
      try {
        countingFromAt = findCountingStart(calendar, receivedAt);
      } catch {
        fail('received_at', 'Năm nằm ngoài phạm vi lịch làm việc được hỗ trợ');
      }
    }

    if (problems.length > 0) {
      errors.push(...problems);
      continue;
    }
    if (!procedure || !receiving || !handling || !receivedAt || !dueAt || !countingFromAt) continue;
    plan.push(
      planDossier(ctx, calendar, {
        code,
        procedureId: procedure.id,
        receiving,
        handling,
        channel,
        applicantName,
        phone: phone || null,
        receivedAt,
        countingFromAt,
        dueAt,
        finishedAt,
        returnedAt,
        apologyAt,
        rating: rating as 1 | 2 | 3 | 4 | 5 | null,
      }),
    );
  }
  return plan;
}

interface CheckedRow {
  code: string;
  procedureId: number;
  receiving: UnitRef;
  handling: UnitRef;
  channel: string;
  applicantName: string;
  phone: string | null;
  receivedAt: Date;
  countingFromAt: Date;
  dueAt: Date;
  finishedAt: Date | null;
  returnedAt: Date | null;
  apologyAt: Date | null;
  rating: 1 | 2 | 3 | 4 | 5 | null;
}

/**
 * The row, its log and its rollup deltas, by the counting rules of the desk
 * (docs/decisions/012-dossiers-and-kpi-rollups.md): received, online, and for a result
 * finished, on time or late against `due_at`, overdue without apology, the working minutes from
 * the counting start (no supplement pauses are known), rated and satisfied.
 */
function planDossier(
  ctx: ServiceContext,
  calendar: WorkingCalendar,
  r: CheckedRow,
): PlannedDossier {
  const receiptDay = toVnDate(r.receivedAt);
  const timeliness = r.finishedAt
    ? classifyTimeliness({ dueAt: r.dueAt, finishedAt: r.finishedAt, supplementRequests: 0 })
    : null;
  const late = timeliness === 'late';
  const kpi: PlannedDossier['kpi'] = { received: 1, online: r.channel === 'online' ? 1 : 0 };
  if (r.finishedAt) {
    kpi.finished = 1;
    kpi.onTime = late ? 0 : 1;
    kpi.late = late ? 1 : 0;
    kpi.overdueWithoutApology = late && !r.apologyAt ? 1 : 0;
    kpi.processingWorkingMinutesSum = Math.max(
      0,
      Math.round(measureWorkingTime(calendar, r.countingFromAt, r.finishedAt)),
    );
  }
  if (r.rating !== null) {
    kpi.rated = 1;
    kpi.satisfied = isSatisfiedRating(r.rating) ? 1 : 0;
  }
  const base = { provinceCode: ctx.provinceCode, actorUserId: null };
  const events: PlannedDossier['events'] = [
    {
      ...base,
      at: r.receivedAt,
      kind: 'received',
      toUnitId: r.receiving.id,
      details: { imported: true },
    },
  ];
  if (r.apologyAt)
    events.push({ ...base, at: r.apologyAt, kind: 'apology_issued', fromUnitId: r.handling.id });
  if (r.finishedAt)
    events.push({ ...base, at: r.finishedAt, kind: 'finished', fromUnitId: r.handling.id });
  if (r.returnedAt)
    events.push({ ...base, at: r.returnedAt, kind: 'returned', fromUnitId: r.handling.id });
  if (r.rating !== null)
    events.push({
      ...base,
      at: r.returnedAt ?? r.finishedAt ?? r.receivedAt,
      kind: 'rated',
      details: { rating: r.rating },
    });
  const state = r.returnedAt ? 'returned' : r.finishedAt ? 'finished' : 'in_progress';
  const ended = r.finishedAt !== null;
  return {
    row: {
      provinceCode: ctx.provinceCode,
      code: r.code,
      procedureId: r.procedureId,
      receivingUnitId: r.receiving.id,
      receivingUnitPath: r.receiving.path,
      handlingUnitId: r.handling.id,
      unitPath: r.handling.path,
      currentUnitId: ended ? r.receiving.id : r.handling.id,
      currentUnitPath: ended ? r.receiving.path : r.handling.path,
      channel: r.channel,
      state,
      applicantName: r.applicantName,
      applicantPhone: r.phone,
      searchText: normalizeSearchText(`${r.code} ${r.applicantName}`),
      receivedAt: r.receivedAt,
      receiptDay,
      countingFromAt: r.countingFromAt,
      dueAt: r.dueAt,
      finishedAt: r.finishedAt,
      returnedAt: r.returnedAt,
      timeliness,
      apologyIssuedAt: r.apologyAt,
      apologyLate: r.apologyAt ? toVnDate(r.apologyAt) >= toVnDate(r.dueAt) : null,
      rating: r.rating,
      ratedAt: r.rating !== null ? (r.returnedAt ?? r.finishedAt) : null,
    },
    events,
    kpiKey: `${r.handling.id}|${receiptDay}`,
    kpi,
  };
}

const kpiCounters: KpiCounter[] = [
  'received',
  'finished',
  'withdrawn',
  'onTime',
  'late',
  'online',
  'overdueWithoutApology',
  'rated',
  'satisfied',
  'processingWorkingMinutesSum',
];

interface WrittenSummary {
  dossiers: number;
  firstCode: string | undefined;
  lastCode: string | undefined;
  receivingUnits: Set<number>;
  sums: Map<string, Record<KpiCounter, number>>;
}

function createWrittenSummary(): WrittenSummary {
  return {
    dossiers: 0,
    firstCode: undefined,
    lastCode: undefined,
    receivingUnits: new Set(),
    sums: new Map(),
  };
}

/** Columns written by the import, in the order of their arrays (see planDossier). */
const dossierImportColumns = [
  'provinceCode',
  'code',
  'procedureId',
  'receivingUnitId',
  'receivingUnitPath',
  'handlingUnitId',
  'unitPath',
  'currentUnitId',
  'currentUnitPath',
  'channel',
  'state',
  'applicantName',
  'applicantPhone',
  'searchText',
  'receivedAt',
  'receiptDay',
  'countingFromAt',
  'dueAt',
  'finishedAt',
  'returnedAt',
  'timeliness',
  'apologyIssuedAt',
  'apologyLate',
  'rating',
  'ratedAt',
] as const satisfies ReadonlyArray<keyof NewDossierRow>;

const eventImportColumns = [
  'provinceCode',
  'dossierId',
  'at',
  'kind',
  'fromUnitId',
  'toUnitId',
  'actorUserId',
  'details',
] as const satisfies ReadonlyArray<keyof NewDossierEventRow>;

/**
 * Writes a checked batch: dossiers and their logs with one `insert … select from unnest(…)` each
 * (one array parameter per column, whatever the batch size), and adds its rollup deltas to the
 * in-memory sums.
 */
async function writeBatch(tx: Transaction, plan: PlannedDossier[], written: WrittenSummary) {
  if (plan.length === 0) return;
  const inserted = await insertByUnnest(
    tx,
    dossiers,
    dossierImportColumns,
    plan.map((p) => p.row),
    ['id', 'code'],
  );
  const idOf = new Map(inserted.map((d) => [String(d.code), Number(d.id)]));
  const events = plan.flatMap((p) =>
    p.events.map((e) => ({ ...e, dossierId: idOf.get(p.row.code) as number })),
  );
  await insertByUnnest(tx, dossierEvents, eventImportColumns, events);

  for (const p of plan) {
    let sum = written.sums.get(p.kpiKey);
    if (!sum) {
      sum = Object.fromEntries(kpiCounters.map((c) => [c, 0])) as Record<KpiCounter, number>;
      written.sums.set(p.kpiKey, sum);
    }
    for (const [counter, delta] of Object.entries(p.kpi) as Array<[KpiCounter, number]>)
      sum[counter] += delta;
    written.receivingUnits.add(p.row.receivingUnitId);
  }
  written.dossiers += plan.length;
  written.firstCode ??= plan[0]?.row.code;
  written.lastCode = plan[plan.length - 1]?.row.code;
}

/**
 * The rollups summed over the whole file, added with one upsert per key (batched), and one
 * audit entry for the file.
 */
async function writeRollupsAndAudit(tx: Transaction, ctx: ServiceContext, written: WrittenSummary) {
  const rows = [...written.sums].map(([key, sum]) => {
    const [unitId, day] = key.split('|') as [string, string];
    return { provinceCode: ctx.provinceCode, unitId: Number(unitId), day, ...sum };
  });
  const set = Object.fromEntries(
    kpiCounters.map((c) => [
      c,
      sql`${onestopKpiDaily[c]} + excluded.${sql.identifier(onestopKpiDaily[c].name)}`,
    ]),
  );
  for (let i = 0; i < rows.length; i += batchSize) {
    await tx
      .insert(onestopKpiDaily)
      .values(rows.slice(i, i + batchSize))
      .onConflictDoUpdate({
        target: [onestopKpiDaily.provinceCode, onestopKpiDaily.unitId, onestopKpiDaily.day],
        set,
      });
  }

  // One entry for the file: codes, counts and units, never the applicants' data.
  await recordAudit(tx, ctx, {
    action: 'dossier.imported',
    entityType: 'dossier_import',
    after: {
      dossiers: written.dossiers,
      firstCode: written.firstCode,
      lastCode: written.lastCode,
      receivingUnits: written.receivingUnits.size,
    },
  });
}
