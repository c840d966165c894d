import { aliasedTable, and, asc, count, desc, eq, like, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { containsPattern, escapeLikePattern } from '../../db/like-pattern';
import { users } from '../../db/schema/auth';
import {
  dossierDayCounters,
  dossierEvents,
  dossiers,
  onestopKpiDaily,
} from '../../db/schema/onestop-dossiers';
import { procedures } from '../../db/schema/onestop-procedures';
import { units } from '../../db/schema/org';

export type DossierRow = typeof dossiers.$inferSelect;
export type NewDossierRow = typeof dossiers.$inferInsert;
export type NewDossierEventRow = typeof dossierEvents.$inferInsert;

const receivingUnits = aliasedTable(units, 'receiving_units');
const handlingUnits = aliasedTable(units, 'handling_units');
const currentUnits = aliasedTable(units, 'current_units');
const assignees = aliasedTable(users, 'assignees');

const listColumns = {
  dossier: dossiers,
  procedureCode: procedures.code,
  procedureName: procedures.name,
  receivingUnit: { code: receivingUnits.code, name: receivingUnits.name },
  handlingUnit: { code: handlingUnits.code, name: handlingUnits.name },
  currentUnit: { code: currentUnits.code, name: currentUnits.name },
  assignee: { id: assignees.id, username: assignees.username, fullName: assignees.fullName },
};

export interface DossierListRow {
  dossier: DossierRow;
  procedureCode: string;
  procedureName: string;
  receivingUnit: { code: string; name: string };
  handlingUnit: { code: string; name: string };
  currentUnit: { code: string; name: string };
  assignee: { id: number; username: string; fullName: string } | null;
}

function selectDossiers(db: Queryable) {
  return db
    .select(listColumns)
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .innerJoin(receivingUnits, eq(receivingUnits.id, dossiers.receivingUnitId))
    .innerJoin(handlingUnits, eq(handlingUnits.id, dossiers.handlingUnitId))
    .innerJoin(currentUnits, eq(currentUnits.id, dossiers.currentUnitId))
    .leftJoin(assignees, eq(assignees.id, dossiers.assigneeUserId));
}

/** A dossier belongs to a subtree when its receiving, handling or current unit lies in it. */
export function dossierWithinPaths(paths: readonly string[]): SQL | undefined {
  return or(
    ...paths.flatMap((p) => {
      const pattern = `${escapeLikePattern(p)}%`;
      return [
        like(dossiers.unitPath, pattern),
        like(dossiers.receivingUnitPath, pattern),
        like(dossiers.currentUnitPath, pattern),
      ];
    }),
  );
}

export async function findDossierByCode(
  db: Queryable,
  provinceCode: string,
  code: string,
): Promise<DossierListRow | null> {
  const [row] = await selectDossiers(db).where(
    and(eq(dossiers.provinceCode, provinceCode), eq(dossiers.code, code)),
  );
  return row ?? null;
}

export async function lockDossier(db: Queryable, id: number): Promise<DossierRow> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id)).for('update');
  if (!row) throw new Error(`dossier ${id} vanished inside its transaction`);
  return row;
}

export interface DossierFilter {
  provinceCode: string;
  scopes: readonly string[];
  unitPath?: string;
  state?: string;
  searchText?: string;
  /** Open, not waiting for the citizen, and past this instant's appointment. */
  overdueAt?: Date;
  /** Open, not waiting for the citizen, due between the first and second instants. */
  atRiskBetween?: [Date, Date];
  assigneeUserId?: number;
  /** KPI drill-down: how the dossier ended, late without an apology, receipt days. */
  timeliness?: string;
  overdueWithoutApology?: boolean;
  receiptDayFrom?: string;
  receiptDayTo?: string;
}

export const openStates = sql`${dossiers.state} in ('received','in_progress','awaiting_payment')`;

export async function findDossiers(
  db: Queryable,
  filter: DossierFilter,
  page: { offset: number; limit: number; sort: string },
): Promise<{ rows: DossierListRow[]; total: number }> {
  const where = and(
    eq(dossiers.provinceCode, filter.provinceCode),
    dossierWithinPaths(filter.scopes),
    filter.unitPath ? dossierWithinPaths([filter.unitPath]) : undefined,
    filter.state ? eq(dossiers.state, filter.state) : undefined,
    filter.assigneeUserId !== undefined
      ? eq(dossiers.assigneeUserId, filter.assigneeUserId)
      : undefined,
    filter.searchText ? like(dossiers.searchText, containsPattern(filter.searchText)) : undefined,
    filter.timeliness ? eq(dossiers.timeliness, filter.timeliness) : undefined,
    // As the rollup counts it (dossier-actions.service.ts): ended late, no apology letter.
    filter.overdueWithoutApology
      ? sql`${dossiers.timeliness} = 'late' and ${dossiers.apologyIssuedAt} is null`
      : undefined,
    filter.receiptDayFrom ? sql`${dossiers.receiptDay} >= ${filter.receiptDayFrom}` : undefined,
    filter.receiptDayTo ? sql`${dossiers.receiptDay} <= ${filter.receiptDayTo}` : undefined,
    filter.overdueAt ? and(openStates, sql`${dossiers.dueAt} < ${filter.overdueAt}`) : undefined,
    filter.atRiskBetween
      ? and(
          openStates,
          sql`${dossiers.dueAt} >= ${filter.atRiskBetween[0]}`,
          sql`${dossiers.dueAt} <= ${filter.atRiskBetween[1]}`,
        )
      : undefined,
  );
  const order =
    page.sort === 'dueAt'
      ? [asc(dossiers.dueAt), asc(dossiers.id)]
      : page.sort === '-dueAt'
        ? [desc(dossiers.dueAt), desc(dossiers.id)]
        : page.sort === 'receivedAt'
          ? [asc(dossiers.receivedAt), asc(dossiers.id)]
          : [desc(dossiers.receivedAt), desc(dossiers.id)];
  const [rows, [totalRow]] = await Promise.all([
    selectDossiers(db)
      .where(where)
      .orderBy(...order)
      .offset(page.offset)
      .limit(page.limit),
    db.select({ total: count() }).from(dossiers).where(where),
  ]);
  return { rows, total: totalRow?.total ?? 0 };
}

export async function findProcedureById(db: Queryable, id: number) {
  const [row] = await db.select().from(procedures).where(eq(procedures.id, id));
  return row ?? null;
}

export async function insertDossier(db: Queryable, row: NewDossierRow): Promise<DossierRow> {
  const [inserted] = await db.insert(dossiers).values(row).returning();
  if (!inserted) throw new Error('dossier insert returned nothing');
  return inserted;
}

export async function updateDossier(
  db: Queryable,
  id: number,
  changes: Partial<NewDossierRow>,
): Promise<DossierRow> {
  const [updated] = await db
    .update(dossiers)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(dossiers.id, id))
    .returning();
  if (!updated) throw new Error(`dossier ${id} vanished inside its transaction`);
  return updated;
}

export async function insertDossierEvent(db: Queryable, row: NewDossierEventRow): Promise<void> {
  await db.insert(dossierEvents).values(row);
}

const fromUnits = aliasedTable(units, 'from_units');
const toUnits = aliasedTable(units, 'to_units');
const eventAssignees = aliasedTable(users, 'event_assignees');

export async function findDossierEvents(db: Queryable, dossierId: number) {
  return db
    .select({
      at: dossierEvents.at,
      kind: dossierEvents.kind,
      fromUnitCode: fromUnits.code,
      fromUnitName: fromUnits.name,
      toUnitCode: toUnits.code,
      toUnitName: toUnits.name,
      actor: users.username,
      note: dossierEvents.note,
      details: dossierEvents.details,
      stepOrdinal: dossierEvents.stepOrdinal,
      stepName: dossierEvents.stepName,
      stepDueAt: dossierEvents.stepDueAt,
      stepFinishedAt: dossierEvents.stepFinishedAt,
      stepLate: dossierEvents.stepLate,
      assignee: eventAssignees.username,
    })
    .from(dossierEvents)
    .leftJoin(fromUnits, eq(fromUnits.id, dossierEvents.fromUnitId))
    .leftJoin(toUnits, eq(toUnits.id, dossierEvents.toUnitId))
    .leftJoin(users, eq(users.id, dossierEvents.actorUserId))
    .leftJoin(eventAssignees, eq(eventAssignees.id, dossierEvents.assigneeUserId))
    .where(eq(dossierEvents.dossierId, dossierId))
    .orderBy(asc(dossierEvents.at), asc(dossierEvents.id));
}

export type DossierEventListRow = Awaited<ReturnType<typeof findDossierEvents>>[number];

/**
 * The next number of the day for a receiving unit. One statement, so two clerks at the same
 * desk never get the same number: the row lock of the upsert serialises them.
 */
export async function takeNextDayNumber(
  db: Queryable,
  provinceCode: string,
  unitId: number,
  day: string,
): Promise<number> {
  const [row] = await db
    .insert(dossierDayCounters)
    .values({ provinceCode, unitId, day, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [dossierDayCounters.unitId, dossierDayCounters.day],
      set: { lastNumber: sql`${dossierDayCounters.lastNumber} + 1` },
    })
    .returning({ lastNumber: dossierDayCounters.lastNumber });
  if (!row) throw new Error('day counter upsert returned nothing');
  return row.lastNumber;
}

export type KpiCounter =
  | 'received'
  | 'finished'
  | 'withdrawn'
  | 'onTime'
  | 'late'
  | 'online'
  | 'overdueWithoutApology'
  | 'rated'
  | 'satisfied'
  | 'processingWorkingMinutesSum';

export type KpiDeltas = Partial<Record<KpiCounter, number>>;

/** Adds to the rollup row of a handling unit and receipt day, creating it on first use. */
export async function bumpKpiDaily(
  db: Queryable,
  key: { provinceCode: string; unitId: number; day: string },
  deltas: KpiDeltas,
): Promise<void> {
  const entries = Object.entries(deltas).filter(([, v]) => v !== undefined && v !== 0) as Array<
    [KpiCounter, number]
  >;
  if (entries.length === 0) return;
  const set = Object.fromEntries(
    entries.map(([name, delta]) => [
      name,
      sql`${onestopKpiDaily[name]} + ${sql.raw(String(Math.trunc(delta)))}`,
    ]),
  );
  await db
    .insert(onestopKpiDaily)
    .values({ ...key, ...Object.fromEntries(entries) })
    .onConflictDoUpdate({
      target: [onestopKpiDaily.provinceCode, onestopKpiDaily.unitId, onestopKpiDaily.day],
      set,
    });
}
