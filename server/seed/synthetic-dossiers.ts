import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { composeDayNumber, toIsoDate } from '../../core/calendar/calendar-date';
import {
  computeDueAt,
  findCountingStart,
  type TimeLimit,
} from '../../core/calendar/compute-due-at';
import { joinInstantVn, toVnDate } from '../../core/calendar/vn-time';
import { isWorkingDayNumber, type WorkingCalendar } from '../../core/calendar/working-calendar';
import { addWorkingTime, measureWorkingTime } from '../../core/calendar/working-time';
import { classifyTimeliness } from '../../core/onestop/classify-timeliness';
import { formatDossierCode, maxDossierSequence } from '../../core/onestop/dossier-code';
import { normalizeSearchText } from '../../core/text/normalize-search-text';
import type { Queryable } from '../db/database';
import { dossierDayCounters, onestopKpiDaily } from '../db/schema/onestop-dossiers';
import { procedureAgencies, procedures } from '../db/schema/onestop-procedures';
import { units } from '../db/schema/org';
import { loadWorkingCalendar } from '../modules/calendar/calendar.service';
import { unitIdentifierOf } from '../modules/onestop/dossier-rules';
import type { KpiCounter } from '../modules/onestop/dossiers.repo';

/**
 * Synthetic dossiers of a year for the demo and the benchmark (issue 4 "Demo"): deterministic
 * for a seed (a PRNG, never Math.random), with differences between units that the KPI page
 * should show — a few units below the 98.5 % on-time target of KH 513/KH-UBND (T05a), some that
 * leave late dossiers without an apology letter (NĐ 61/2018, vn-regulations.md §1), online shares
 * from 10 % to 40 % (T09), ratings mostly 4–5 with some low ones (T05c).
 *
 * Appointments come from the province's working calendar and each procedure's time limit, as the
 * desk computes them (`findCountingStart`, `computeDueAt`). The rollups of onestop_kpi_daily are
 * summed in memory with the counting rules of docs/decisions/012-dossiers-and-kpi-rollups.md and
 * written once per (unit, day), so the KPIs equal a count over the dossiers. Events are the
 * minimum the timeline needs: received, finished, returned.
 */
export interface SyntheticDossierOptions {
  count: number;
  year: number;
  seed: number;
  /**
   * Which draw of dossiers, for a generator run more than once on a database: units keep the
   * profile of `seed`, and each part draws other dossiers.
   */
  part: number;
  /** Dossiers per insert statement (one array parameter per column, whatever the count). */
  batchSize: number;
}

export const defaultSyntheticDossierOptions: SyntheticDossierOptions = {
  count: 30_000,
  year: 2021,
  seed: 2021,
  part: 0,
  batchSize: 5_000,
};

export interface SyntheticDossierSummary {
  dossiers: number;
  events: number;
  rollupRows: number;
  elapsedMs: number;
}

/** mulberry32: small, fast and the same on every platform for a given seed. */
export function createPrng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface UnitProfile {
  id: number;
  code: string;
  kind: string;
  path: string;
  weight: number;
  onlineShare: number;
  /** Online filings owed so far: a running quota keeps each unit's share close to its own. */
  onlineCredit: number;
  lateShare: number;
  apologyShare: number;
  ratingWeights: readonly number[];
  procedures: Array<{ id: number; limit: TimeLimit; weight: number }>;
  procedureTotal: number;
}

interface ReceivingUnit {
  id: number;
  path: string;
  identifier: string;
}

const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const middleNames = ['Văn', 'Thị', 'Đình', 'Hữu', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Đức'];
const givenNames = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Hoa', 'Hùng', 'Lan', 'Long'];
const apologyReasons = [
  'Hồ sơ phải lấy ý kiến cơ quan phối hợp',
  'Phải xác minh thực địa',
  'Cán bộ thụ lý nghỉ ốm đột xuất',
];
/** Ratings 5, 4, 3, 2, 1 (vn-regulations.md §5): most units, and the few with unhappy citizens. */
const goodRatings = [0.62, 0.33, 0.03, 0.01, 0.01];
const poorRatings = [0.45, 0.35, 0.1, 0.06, 0.04];

const between = (random: () => number, low: number, high: number) => low + (high - low) * random();

function pickWeighted<T extends { weight: number }>(
  random: () => number,
  items: readonly T[],
  total: number,
): T {
  let left = random() * total;
  for (const item of items) {
    left -= item.weight;
    if (left < 0) return item;
  }
  return items[items.length - 1] as T;
}

function pickRating(random: () => number, weights: readonly number[]): number {
  let left = random();
  for (const [index, weight] of weights.entries()) {
    left -= weight;
    if (left < 0) return 5 - index;
  }
  return 5;
}

/**
 * Handling units and their published procedures: a commune or district handles its own level's
 * procedures; a department or central agency handles its procedures, received for it by the
 * provincial public service centre.
 */
async function loadProfiles(db: Queryable, provinceCode: string, random: () => number) {
  const unitRows = await db
    .select({ id: units.id, code: units.code, kind: units.kind, path: units.path })
    .from(units)
    .where(and(eq(units.provinceCode, provinceCode), isNull(units.validTo)))
    .orderBy(units.id);
  const procedureRows = await db
    .select({
      id: procedures.id,
      amount: procedures.timeLimitAmount,
      unit: procedures.timeLimitUnit,
    })
    .from(procedures)
    .where(
      and(
        eq(procedures.provinceCode, provinceCode),
        eq(procedures.status, 'published'),
        isNull(procedures.validTo),
      ),
    )
    .orderBy(procedures.id);
  const limits = new Map<number, TimeLimit>();
  for (const p of procedureRows) {
    if (p.amount !== null && p.unit !== null)
      limits.set(p.id, { amount: p.amount, unit: p.unit as TimeLimit['unit'] });
  }
  const leads =
    limits.size === 0
      ? []
      : await db
          .select({ procedureId: procedureAgencies.procedureId, unitId: procedureAgencies.unitId })
          .from(procedureAgencies)
          .where(
            and(
              inArray(procedureAgencies.procedureId, [...limits.keys()]),
              eq(procedureAgencies.role, 'lead'),
            ),
          )
          .orderBy(procedureAgencies.procedureId, procedureAgencies.unitId);
  // One popularity per procedure, shared by every unit that handles it.
  const popularity = new Map([...limits.keys()].map((id) => [id, 0.2 + random() ** 2 * 3]));
  const byUnit = new Map<number, Array<{ id: number; limit: TimeLimit; weight: number }>>();
  for (const lead of leads) {
    const limit = limits.get(lead.procedureId);
    if (!limit) continue;
    const list = byUnit.get(lead.unitId) ?? [];
    list.push({ id: lead.procedureId, limit, weight: popularity.get(lead.procedureId) ?? 1 });
    byUnit.set(lead.unitId, list);
  }
  const baseWeight: Record<string, number> = {
    commune: 1,
    district: 12,
    department: 8,
    central_agency: 5,
  };
  const profiles: UnitProfile[] = [];
  for (const unit of unitRows) {
    const list = byUnit.get(unit.id);
    const kindWeight = baseWeight[unit.kind];
    if (!list || kindWeight === undefined) continue;
    // About one unit in ten misses the on-time target; about one in four skips apologies.
    const struggling = random() < 0.1;
    profiles.push({
      ...unit,
      weight: kindWeight * between(random, 0.4, 2),
      onlineShare: between(random, 0.1, 0.4),
      onlineCredit: random(),
      lateShare: struggling ? between(random, 0.025, 0.08) : between(random, 0, 0.004),
      apologyShare: random() < 0.25 ? between(random, 0.2, 0.7) : between(random, 0.9, 1),
      ratingWeights: random() < 0.1 ? poorRatings : goodRatings,
      procedures: list,
      procedureTotal: list.reduce((sum, p) => sum + p.weight, 0),
    });
  }
  const centre = unitRows.find((u) => u.kind === 'service_centre');
  return { profiles, centre };
}

type Rollup = Record<KpiCounter, number>;

const emptyRollup = (): Rollup => ({
  received: 0,
  finished: 0,
  withdrawn: 0,
  onTime: 0,
  late: 0,
  online: 0,
  overdueWithoutApology: 0,
  rated: 0,
  satisfied: 0,
  processingWorkingMinutesSum: 0,
});

/**
 * Writes `count` dossiers received in `year`, their events, day counters and rollups. Pass a
 * transaction for all or nothing; numbering continues after any dossiers already received on
 * those days, so the generator may run more than once on a database (the benchmark grows its
 * data this way).
 */
export async function seedSyntheticDossiers(
  db: Queryable,
  provinceCode: string,
  overrides: Partial<SyntheticDossierOptions> = {},
): Promise<SyntheticDossierSummary> {
  const started = performance.now();
  const options = { ...defaultSyntheticDossierOptions, ...overrides };
  const { calendar } = await loadWorkingCalendar(db, provinceCode);
  const { profiles, centre } = await loadProfiles(db, provinceCode, createPrng(options.seed));
  const random = createPrng(options.seed + 7_919 * (options.part + 1));
  if (profiles.length === 0) throw new Error('no published procedure with a time limit to seed');
  const unitTotal = profiles.reduce((sum, p) => sum + p.weight, 0);
  const receivingOf = new Map<number, ReceivingUnit>();
  for (const profile of profiles) {
    const desk =
      profile.kind === 'commune' || profile.kind === 'district' || !centre ? profile : centre;
    receivingOf.set(profile.id, {
      id: desk.id,
      path: desk.path,
      identifier: unitIdentifierOf(desk.code),
    });
  }

  const first = composeDayNumber(options.year, 1, 1);
  const last = composeDayNumber(options.year, 12, 31);
  const yearStart = toIsoDate(first);
  const yearEnd = toIsoDate(last);
  // Dossiers still open when the year closes stay pending (their result is not yet recorded).
  const asOf = joinInstantVn(last + 1, 0);
  const counters = new Map<string, number>();
  for (const row of await db
    .select()
    .from(dossierDayCounters)
    .where(
      and(
        eq(dossierDayCounters.provinceCode, provinceCode),
        gte(dossierDayCounters.day, yearStart),
        lte(dossierDayCounters.day, yearEnd),
      ),
    ))
    counters.set(`${row.unitId}|${row.day}`, row.lastNumber);
  const startingCounters = new Map(counters);

  // Volume by day: working days carry the desk; days off see only a trickle of online filings.
  const dayWeights: number[] = [];
  for (let day = first; day <= last; day += 1)
    dayWeights.push(isWorkingDayNumber(calendar, day) ? between(random, 0.8, 1.2) : 0.03);
  const weightTotal = dayWeights.reduce((sum, w) => sum + w, 0);

  const rollups = new Map<string, Rollup>();
  const rollupOf = (unitId: number, day: string) => {
    const key = `${unitId}|${day}`;
    let rollup = rollups.get(key);
    if (!rollup) {
      rollup = emptyRollup();
      rollups.set(key, rollup);
    }
    return rollup;
  };

  let pendingRows: PlannedDossier[] = [];
  let written = 0;
  let events = 0;
  let cumulative = 0;
  for (let day = first; day <= last; day += 1) {
    const weight = dayWeights[day - first] ?? 0;
    const before = Math.round((options.count * cumulative) / weightTotal);
    cumulative += weight;
    const today = Math.round((options.count * cumulative) / weightTotal) - before;
    const working = isWorkingDayNumber(calendar, day);
    const planned: PlannedDossier[] = [];
    for (let i = 0; i < today; i += 1) {
      planned.push(
        planDossier({ random, calendar, day, working, asOf, profiles, unitTotal, receivingOf }),
      );
    }
    planned.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    const receiptDay = toIsoDate(day);
    for (const dossier of planned) {
      const counterKey = `${dossier.receiving.id}|${receiptDay}`;
      const sequence = (counters.get(counterKey) ?? 0) + 1;
      if (sequence > maxDossierSequence)
        throw new Error(
          `more than ${maxDossierSequence} dossiers a day at unit ${dossier.receiving.id}`,
        );
      counters.set(counterKey, sequence);
      dossier.code = formatDossierCode({
        unitIdentifier: dossier.receiving.identifier,
        receivedOn: receiptDay,
        sequence,
      });
      dossier.receiptDay = receiptDay;
      addToRollup(rollupOf(dossier.handling.id, receiptDay), dossier);
    }
    pendingRows.push(...planned);
    while (pendingRows.length >= options.batchSize || (day === last && pendingRows.length > 0)) {
      const batch = pendingRows.slice(0, options.batchSize);
      pendingRows = pendingRows.slice(batch.length);
      events += await writeDossiers(db, provinceCode, batch);
      written += batch.length;
    }
  }
  await writeCounters(db, provinceCode, counters, startingCounters);
  await writeRollups(db, provinceCode, rollups);
  return {
    dossiers: written,
    events,
    rollupRows: rollups.size,
    elapsedMs: Math.round(performance.now() - started),
  };
}

interface PlannedDossier {
  code: string;
  receiptDay: string;
  handling: UnitProfile;
  receiving: ReceivingUnit;
  procedureId: number;
  channel: 'counter' | 'online' | 'postal';
  applicantName: string;
  applicantPhone: string;
  receivedAt: Date;
  countingFromAt: Date;
  dueAt: Date;
  finishedAt: Date | null;
  returnedAt: Date | null;
  timeliness: 'early' | 'on_time' | 'late' | null;
  processingMinutes: number;
  apologyIssuedAt: Date | null;
  apologyLate: boolean | null;
  extendedDueAt: Date | null;
  apologyReason: string | null;
  rating: number | null;
}

function planDossier(input: {
  random: () => number;
  calendar: WorkingCalendar;
  day: number;
  working: boolean;
  asOf: Date;
  profiles: readonly UnitProfile[];
  unitTotal: number;
  receivingOf: Map<number, ReceivingUnit>;
}): PlannedDossier {
  const { random, calendar, day, working, asOf } = input;
  const handling = pickWeighted(random, input.profiles, input.unitTotal);
  const procedure = pickWeighted(random, handling.procedures, handling.procedureTotal);
  const receiving = input.receivingOf.get(handling.id) as ReceivingUnit;
  handling.onlineCredit += handling.onlineShare;
  let channel: PlannedDossier['channel'] = random() < 0.02 ? 'postal' : 'counter';
  if (!working || handling.onlineCredit >= 1) {
    channel = 'online';
    handling.onlineCredit = Math.max(0, handling.onlineCredit - 1);
  }
  const [morning, afternoon] = calendar.sessions;
  let msOfDay: number;
  if (channel === 'online' && (!working || random() < 0.25)) {
    msOfDay = Math.floor(random() * 86_400) * 1000;
  } else {
    const morningMs = morning.endMs - morning.startMs;
    const offset =
      Math.floor(random() * ((morningMs + afternoon.endMs - afternoon.startMs) / 1000)) * 1000;
    msOfDay =
      offset < morningMs ? morning.startMs + offset : afternoon.startMs + offset - morningMs;
  }
  const receivedAt = joinInstantVn(day, msOfDay);
  const countingFromAt = findCountingStart(calendar, receivedAt);
  const dueAt = computeDueAt({ receivedAt, limit: procedure.limit, calendar });
  const applicantName = `${familyNames[Math.floor(random() * 10)]} ${middleNames[Math.floor(random() * 10)]} ${givenNames[Math.floor(random() * 10)]}`;
  const applicantPhone = `09${String(Math.floor(random() * 100_000_000)).padStart(8, '0')}`;

  const late = random() < handling.lateShare;
  let finishedAt: Date;
  if (late) {
    // From a working hour to ten working days past the appointment, mostly short.
    finishedAt = addWorkingTime(calendar, dueAt, {
      minutes: 60 + Math.round(random() ** 2 * 4_500),
    });
  } else {
    const available = measureWorkingTime(calendar, countingFromAt, dueAt);
    finishedAt = addWorkingTime(calendar, countingFromAt, {
      minutes: Math.round(available * between(random, 0.15, 1)),
    });
  }
  const apologises = late && random() < handling.apologyShare;
  const ratingDraw = random();
  const rating = pickRating(random, handling.ratingWeights);
  const returnDelayHours = between(random, 0.5, 30);
  const planned: PlannedDossier = {
    code: '',
    receiptDay: '',
    handling,
    receiving,
    procedureId: procedure.id,
    channel,
    applicantName,
    applicantPhone,
    receivedAt,
    countingFromAt,
    dueAt,
    finishedAt: null,
    returnedAt: null,
    timeliness: null,
    processingMinutes: 0,
    apologyIssuedAt: null,
    apologyLate: null,
    extendedDueAt: null,
    apologyReason: null,
    rating: null,
  };
  if (apologises) {
    // Mẫu 04 at least a working day before the appointment; one letter in ten comes too late.
    const dayBefore = addWorkingTime(calendar, dueAt, { days: -1 });
    const issued =
      random() < 0.1 || dayBefore.getTime() <= countingFromAt.getTime()
        ? addWorkingTime(calendar, dueAt, { minutes: -30 })
        : dayBefore;
    planned.apologyIssuedAt = issued.getTime() < receivedAt.getTime() ? receivedAt : issued;
    planned.apologyLate = toVnDate(planned.apologyIssuedAt) >= toVnDate(dueAt);
    planned.extendedDueAt = addWorkingTime(calendar, finishedAt, { hours: 4 });
    planned.apologyReason = apologyReasons[Math.floor(random() * apologyReasons.length)] ?? null;
  }
  if (finishedAt.getTime() >= asOf.getTime()) return planned;
  planned.finishedAt = finishedAt;
  planned.timeliness = classifyTimeliness({ dueAt, finishedAt, supplementRequests: 0 }) as
    | 'early'
    | 'on_time'
    | 'late';
  planned.processingMinutes = Math.max(
    0,
    Math.round(measureWorkingTime(calendar, countingFromAt, finishedAt)),
  );
  const returnedAt = new Date(finishedAt.getTime() + returnDelayHours * 3_600_000);
  if (returnedAt.getTime() < asOf.getTime()) planned.returnedAt = returnedAt;
  if (ratingDraw < 0.55) planned.rating = rating;
  return planned;
}

/** The counting rules of docs/decisions/012-dossiers-and-kpi-rollups.md, applied at once. */
function addToRollup(rollup: Rollup, dossier: PlannedDossier): void {
  rollup.received += 1;
  if (dossier.channel === 'online') rollup.online += 1;
  if (dossier.finishedAt === null) return;
  rollup.finished += 1;
  rollup.processingWorkingMinutesSum += dossier.processingMinutes;
  if (dossier.timeliness === 'late') {
    rollup.late += 1;
    if (dossier.apologyIssuedAt === null) rollup.overdueWithoutApology += 1;
  } else {
    rollup.onTime += 1;
  }
  if (dossier.rating !== null) {
    rollup.rated += 1;
    if (dossier.rating >= 4) rollup.satisfied += 1;
  }
}

/** A PostgreSQL array literal; null stays NULL, everything else is quoted text. */
function toArrayLiteral(values: ReadonlyArray<string | number | boolean | Date | null>): string {
  return `{${values
    .map((v) =>
      v === null
        ? 'NULL'
        : `"${(v instanceof Date ? v.toISOString() : String(v)).replace(/["\\]/g, '\\$&')}"`,
    )
    .join(',')}}`;
}

type Cell = string | number | boolean | Date | null;

/**
 * One `insert … select from unnest(…)` per batch: one array parameter per column instead of one
 * parameter per cell, which PGlite parses and binds several times faster than a VALUES list.
 */
async function insertByUnnest(
  db: Queryable,
  table: string,
  columns: ReadonlyArray<readonly [name: string, type: string]>,
  rows: ReadonlyArray<readonly Cell[]>,
  returning?: string,
): Promise<Array<Record<string, unknown>>> {
  const arrays = columns.map(
    ([, type], index) =>
      sql`${toArrayLiteral(rows.map((row) => row[index] ?? null))}::${sql.raw(type)}[]`,
  );
  const names = sql.raw(columns.map(([name]) => name).join(', '));
  const result = (await db.execute(
    sql`insert into ${sql.identifier(table)} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})${
      returning ? sql.raw(` returning ${returning}`) : sql``
    }`,
  )) as unknown as { rows: Array<Record<string, unknown>> };
  return result.rows;
}

const dossierColumns = [
  ['province_code', 'text'],
  ['code', 'text'],
  ['procedure_id', 'int'],
  ['receiving_unit_id', 'int'],
  ['receiving_unit_path', 'text'],
  ['handling_unit_id', 'int'],
  ['unit_path', 'text'],
  ['current_unit_id', 'int'],
  ['current_unit_path', 'text'],
  ['channel', 'text'],
  ['state', 'text'],
  ['applicant_name', 'text'],
  ['applicant_phone', 'text'],
  ['search_text', 'text'],
  ['received_at', 'timestamptz'],
  ['receipt_day', 'date'],
  ['counting_from_at', 'timestamptz'],
  ['due_at', 'timestamptz'],
  ['extended_due_at', 'timestamptz'],
  ['finished_at', 'timestamptz'],
  ['returned_at', 'timestamptz'],
  ['timeliness', 'text'],
  ['apology_issued_at', 'timestamptz'],
  ['apology_reason', 'text'],
  ['apology_late', 'boolean'],
  ['result_digitised', 'boolean'],
  ['rating', 'int'],
  ['rated_at', 'timestamptz'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;

const eventColumns = [
  ['province_code', 'text'],
  ['dossier_id', 'int'],
  ['at', 'timestamptz'],
  ['kind', 'text'],
  ['from_unit_id', 'int'],
  ['to_unit_id', 'int'],
] as const;

async function writeDossiers(
  db: Queryable,
  provinceCode: string,
  planned: readonly PlannedDossier[],
): Promise<number> {
  const rows = planned.map((d): Cell[] => {
    const state = d.returnedAt ? 'returned' : d.finishedAt ? 'finished' : 'in_progress';
    const current = state === 'in_progress' ? d.receiving : d.handling;
    return [
      provinceCode,
      d.code,
      d.procedureId,
      d.receiving.id,
      d.receiving.path,
      d.handling.id,
      d.handling.path,
      current.id,
      current.path,
      d.channel,
      state,
      d.applicantName,
      d.applicantPhone,
      normalizeSearchText(`${d.code} ${d.applicantName}`),
      d.receivedAt,
      d.receiptDay,
      d.countingFromAt,
      d.dueAt,
      d.extendedDueAt,
      d.finishedAt,
      d.returnedAt,
      d.timeliness,
      d.apologyIssuedAt,
      d.apologyReason,
      d.apologyLate,
      d.finishedAt !== null,
      d.rating,
      d.rating === null ? null : (d.returnedAt ?? d.finishedAt),
      d.receivedAt,
      d.returnedAt ?? d.finishedAt ?? d.receivedAt,
    ];
  });
  const inserted = await insertByUnnest(db, 'dossiers', dossierColumns, rows, 'id, code');
  const idOf = new Map(inserted.map((row) => [String(row.code), Number(row.id)]));
  const eventRows: Cell[][] = [];
  for (const d of planned) {
    const dossierId = idOf.get(d.code) as number;
    eventRows.push([provinceCode, dossierId, d.receivedAt, 'received', null, d.receiving.id]);
    if (d.finishedAt)
      eventRows.push([provinceCode, dossierId, d.finishedAt, 'finished', d.handling.id, null]);
    if (d.returnedAt)
      eventRows.push([provinceCode, dossierId, d.returnedAt, 'returned', d.handling.id, null]);
  }
  await insertByUnnest(db, 'dossier_events', eventColumns, eventRows);
  return eventRows.length;
}

async function writeCounters(
  db: Queryable,
  provinceCode: string,
  counters: Map<string, number>,
  starting: Map<string, number>,
): Promise<void> {
  const rows = [...counters]
    .filter(([key, value]) => starting.get(key) !== value)
    .map(([key, lastNumber]) => {
      const [unitId, day] = key.split('|') as [string, string];
      return { provinceCode, unitId: Number(unitId), day, lastNumber };
    });
  for (let i = 0; i < rows.length; i += 5_000)
    await db
      .insert(dossierDayCounters)
      .values(rows.slice(i, i + 5_000))
      .onConflictDoUpdate({
        target: [dossierDayCounters.unitId, dossierDayCounters.day],
        set: {
          lastNumber: sql`greatest(${dossierDayCounters.lastNumber}, excluded.last_number)`,
        },
      });
}

const rollupColumns = Object.keys(emptyRollup()) as KpiCounter[];

async function writeRollups(
  db: Queryable,
  provinceCode: string,
  rollups: Map<string, Rollup>,
): Promise<void> {
  const rows = [...rollups].map(([key, rollup]) => {
    const [unitId, day] = key.split('|') as [string, string];
    return { provinceCode, unitId: Number(unitId), day, ...rollup };
  });
  // Added to any row already there, so a second run on the same days keeps the sums exact.
  const set = Object.fromEntries(
    rollupColumns.map((name) => [
      name,
      sql`${onestopKpiDaily[name]} + excluded.${sql.identifier(onestopKpiDaily[name].name)}`,
    ]),
  );
  for (let i = 0; i < rows.length; i += 2_000)
    await db
      .insert(onestopKpiDaily)
      .values(rows.slice(i, i + 2_000))
      .onConflictDoUpdate({
        target: [onestopKpiDaily.provinceCode, onestopKpiDaily.unitId, onestopKpiDaily.day],
        set,
      });
}
