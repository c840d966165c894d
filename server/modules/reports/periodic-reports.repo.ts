import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  like,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { escapeLikePattern } from '../../db/like-pattern';
import { units } from '../../db/schema/org';
import {
  periodicReportEvents,
  periodicReportExceptions,
  periodicReports,
  periodicReportValueChanges,
  periodicReportValues,
  reportFormPeriods,
  reportForms,
} from '../../db/schema/periodic-reports';

export type ReportFormRow = typeof reportForms.$inferSelect;
export type ReportFormPeriodRow = typeof reportFormPeriods.$inferSelect;
export type PeriodicReportRow = typeof periodicReports.$inferSelect;
export type ReportValueRow = typeof periodicReportValues.$inferSelect;

/* ---------- forms ---------- */

export async function findForms(db: Queryable, provinceCode: string): Promise<ReportFormRow[]> {
  return db
    .select()
    .from(reportForms)
    .where(eq(reportForms.provinceCode, provinceCode))
    .orderBy(desc(reportForms.year), asc(reportForms.code));
}

export async function findFormById(
  db: Queryable,
  provinceCode: string,
  id: number,
): Promise<ReportFormRow | null> {
  const [row] = await db
    .select()
    .from(reportForms)
    .where(and(eq(reportForms.provinceCode, provinceCode), eq(reportForms.id, id)));
  return row ?? null;
}

export async function findFormByCode(db: Queryable, provinceCode: string, code: string) {
  const [row] = await db
    .select()
    .from(reportForms)
    .where(and(eq(reportForms.provinceCode, provinceCode), eq(reportForms.code, code)));
  return row ?? null;
}

export async function lockForm(tx: Queryable, id: number): Promise<ReportFormRow | null> {
  const [row] = await tx.select().from(reportForms).where(eq(reportForms.id, id)).for('update');
  return row ?? null;
}

export async function insertForm(tx: Queryable, values: typeof reportForms.$inferInsert) {
  const [row] = await tx.insert(reportForms).values(values).returning();
  return row!;
}

export async function updateForm(
  tx: Queryable,
  id: number,
  patch: Partial<typeof reportForms.$inferInsert>,
): Promise<ReportFormRow> {
  const [row] = await tx
    .update(reportForms)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(reportForms.id, id))
    .returning();
  return row!;
}

export async function findFormPeriods(db: Queryable, formIds: number[]) {
  if (formIds.length === 0) return [];
  return (
    db
      .select()
      .from(reportFormPeriods)
      .where(inArray(reportFormPeriods.formId, formIds))
      // Same due date: the quarter before the six months or the year it closes (Q2, S1; Q4, 2021).
      .orderBy(
        asc(reportFormPeriods.dueOn),
        desc(sql`length(${reportFormPeriods.periodCode})`),
        asc(reportFormPeriods.periodCode),
      )
  );
}

/** Adds the periods a form lacks; existing periods keep their (possibly edited) due dates. */
export async function insertMissingFormPeriods(tx: Queryable, rows: ReportFormPeriodRow[]) {
  if (rows.length === 0) return;
  await tx.insert(reportFormPeriods).values(rows).onConflictDoNothing();
}

export async function deleteFormPeriodsOutside(tx: Queryable, formId: number, keep: string[]) {
  const existing = await tx
    .select({ periodCode: reportFormPeriods.periodCode })
    .from(reportFormPeriods)
    .where(eq(reportFormPeriods.formId, formId));
  const drop = existing.map((r) => r.periodCode).filter((code) => !keep.includes(code));
  if (drop.length === 0) return;
  await tx
    .delete(reportFormPeriods)
    .where(and(eq(reportFormPeriods.formId, formId), inArray(reportFormPeriods.periodCode, drop)));
}

export async function updateFormPeriodDue(
  tx: Queryable,
  formId: number,
  periodCode: string,
  dueOn: string,
): Promise<ReportFormPeriodRow | null> {
  const [row] = await tx
    .update(reportFormPeriods)
    .set({ dueOn })
    .where(and(eq(reportFormPeriods.formId, formId), eq(reportFormPeriods.periodCode, periodCode)))
    .returning();
  return row ?? null;
}

/* ---------- slots: units × periods of a form, with their report if any ---------- */

export interface SlotFilter {
  provinceCode: string;
  formId: number;
  unitKinds: string[];
  /** Unit subtrees (paths) to include; empty means none. */
  scopes: string[];
  periodCodes?: string[] | undefined;
  kind?: string | undefined;
  unitId?: number | undefined;
}

/**
 * Every report a form expects: each open unit of the subtrees whose kind fills the form, for
 * each period of the form in which the unit existed, with the report and exception if any.
 */
export async function findReportSlots(db: Queryable, filter: SlotFilter) {
  if (filter.scopes.length === 0 || filter.unitKinds.length === 0) return [];
  const conditions: (SQL | undefined)[] = [
    eq(units.provinceCode, filter.provinceCode),
    or(...filter.scopes.map((scope) => like(units.path, `${escapeLikePattern(scope)}%`))),
    inArray(units.kind, filter.unitKinds),
    lte(units.validFrom, reportFormPeriods.windowEnd),
    or(isNull(units.validTo), gte(units.validTo, reportFormPeriods.windowStart)),
  ];
  if (filter.periodCodes)
    conditions.push(inArray(reportFormPeriods.periodCode, filter.periodCodes));
  if (filter.kind) conditions.push(eq(units.kind, filter.kind));
  if (filter.unitId !== undefined) conditions.push(eq(units.id, filter.unitId));
  return db
    .select({
      unitId: units.id,
      unitCode: units.code,
      unitName: units.name,
      unitKind: units.kind,
      unitPath: units.path,
      period: reportFormPeriods,
      reportId: periodicReports.id,
      status: periodicReports.status,
      firstSubmittedAt: periodicReports.firstSubmittedAt,
      submittedAt: periodicReports.submittedAt,
      exceptionUntil: periodicReportExceptions.untilOn,
    })
    .from(units)
    .innerJoin(reportFormPeriods, eq(reportFormPeriods.formId, filter.formId))
    .leftJoin(
      periodicReports,
      and(
        eq(periodicReports.formId, filter.formId),
        eq(periodicReports.unitId, units.id),
        eq(periodicReports.periodCode, reportFormPeriods.periodCode),
      ),
    )
    .leftJoin(
      periodicReportExceptions,
      and(
        eq(periodicReportExceptions.formId, filter.formId),
        eq(periodicReportExceptions.unitId, units.id),
        eq(periodicReportExceptions.periodCode, reportFormPeriods.periodCode),
      ),
    )
    .where(and(...conditions))
    .orderBy(asc(units.path), asc(reportFormPeriods.dueOn));
}
export type ReportSlotRow = Awaited<ReturnType<typeof findReportSlots>>[number];

/* ---------- reports ---------- */

export async function findReport(db: Queryable, provinceCode: string, id: number) {
  const [row] = await db
    .select({
      report: periodicReports,
      unitCode: units.code,
      unitName: units.name,
      unitPath: units.path,
      unitKind: units.kind,
    })
    .from(periodicReports)
    .innerJoin(units, eq(units.id, periodicReports.unitId))
    .where(and(eq(periodicReports.provinceCode, provinceCode), eq(periodicReports.id, id)));
  return row ?? null;
}
export type ReportWithUnit = NonNullable<Awaited<ReturnType<typeof findReport>>>;

export async function findReportBySlot(
  db: Queryable,
  slot: { formId: number; unitId: number; periodCode: string },
) {
  const [row] = await db
    .select()
    .from(periodicReports)
    .where(
      and(
        eq(periodicReports.formId, slot.formId),
        eq(periodicReports.unitId, slot.unitId),
        eq(periodicReports.periodCode, slot.periodCode),
      ),
    );
  return row ?? null;
}

export async function lockReport(tx: Queryable, id: number): Promise<PeriodicReportRow> {
  const [row] = await tx
    .select()
    .from(periodicReports)
    .where(eq(periodicReports.id, id))
    .for('update');
  return row!;
}

export async function insertReport(tx: Queryable, values: typeof periodicReports.$inferInsert) {
  const [row] = await tx.insert(periodicReports).values(values).returning();
  return row!;
}

export async function updateReport(
  tx: Queryable,
  id: number,
  patch: Partial<typeof periodicReports.$inferInsert>,
): Promise<PeriodicReportRow> {
  const [row] = await tx
    .update(periodicReports)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(periodicReports.id, id))
    .returning();
  return row!;
}

export async function findValues(db: Queryable, reportIds: number[]): Promise<ReportValueRow[]> {
  if (reportIds.length === 0) return [];
  return db
    .select()
    .from(periodicReportValues)
    .where(inArray(periodicReportValues.reportId, reportIds));
}

/** The values of a report just created: one statement, nothing to replace yet. */
export async function insertValues(
  tx: Queryable,
  rows: (typeof periodicReportValues.$inferInsert)[],
) {
  if (rows.length > 0) await tx.insert(periodicReportValues).values(rows);
}

export async function upsertValue(tx: Queryable, values: typeof periodicReportValues.$inferInsert) {
  await tx
    .insert(periodicReportValues)
    .values(values)
    .onConflictDoUpdate({
      target: [periodicReportValues.reportId, periodicReportValues.fieldCode],
      set: {
        numberValue: values.numberValue ?? null,
        textValue: values.textValue ?? null,
        updatedAt: new Date(),
      },
    });
}

export async function insertValueChanges(
  tx: Queryable,
  rows: (typeof periodicReportValueChanges.$inferInsert)[],
) {
  if (rows.length > 0) await tx.insert(periodicReportValueChanges).values(rows);
}

export async function findValueChanges(db: Queryable, reportId: number) {
  return db
    .select()
    .from(periodicReportValueChanges)
    .where(eq(periodicReportValueChanges.reportId, reportId))
    .orderBy(desc(periodicReportValueChanges.changedAt), desc(periodicReportValueChanges.id));
}

export async function insertEvent(tx: Queryable, values: typeof periodicReportEvents.$inferInsert) {
  await tx.insert(periodicReportEvents).values(values);
}

export async function findEvents(db: Queryable, reportId: number) {
  return db
    .select()
    .from(periodicReportEvents)
    .where(eq(periodicReportEvents.reportId, reportId))
    .orderBy(asc(periodicReportEvents.occurredAt), asc(periodicReportEvents.id));
}

/* ---------- exceptions ---------- */

export async function findException(
  db: Queryable,
  slot: { formId: number; unitId: number; periodCode: string },
) {
  const [row] = await db
    .select()
    .from(periodicReportExceptions)
    .where(
      and(
        eq(periodicReportExceptions.formId, slot.formId),
        eq(periodicReportExceptions.unitId, slot.unitId),
        eq(periodicReportExceptions.periodCode, slot.periodCode),
      ),
    );
  return row ?? null;
}

export async function upsertException(
  tx: Queryable,
  values: typeof periodicReportExceptions.$inferInsert,
) {
  const [row] = await tx
    .insert(periodicReportExceptions)
    .values(values)
    .onConflictDoUpdate({
      target: [
        periodicReportExceptions.formId,
        periodicReportExceptions.unitId,
        periodicReportExceptions.periodCode,
      ],
      set: {
        untilOn: values.untilOn,
        reason: values.reason,
        grantedByUserId: values.grantedByUserId ?? null,
        grantedByUsername: values.grantedByUsername ?? null,
        grantedAt: new Date(),
      },
    })
    .returning();
  return row!;
}

/* ---------- roll-up ---------- */

/** Figure values of the sent or approved reports of a form and period in a subtree. */
export async function findSentValuesInSubtree(
  db: Queryable,
  filter: {
    provinceCode: string;
    formId: number;
    periodCode: string;
    unitPath: string;
    /** Sent or approved by default; the official report takes approved ones only. */
    statuses?: string[];
  },
) {
  return db
    .select({
      reportId: periodicReports.id,
      unitPath: units.path,
      fieldCode: periodicReportValues.fieldCode,
      numberValue: periodicReportValues.numberValue,
    })
    .from(periodicReports)
    .innerJoin(units, eq(units.id, periodicReports.unitId))
    .leftJoin(periodicReportValues, eq(periodicReportValues.reportId, periodicReports.id))
    .where(
      and(
        eq(periodicReports.provinceCode, filter.provinceCode),
        eq(periodicReports.formId, filter.formId),
        eq(periodicReports.periodCode, filter.periodCode),
        inArray(periodicReports.status, filter.statuses ?? ['submitted', 'approved']),
        like(units.path, `${escapeLikePattern(filter.unitPath)}%`),
      ),
    );
}

export async function findChildUnits(db: Queryable, parentId: number) {
  return db
    .select({ id: units.id, code: units.code, name: units.name, path: units.path })
    .from(units)
    .where(and(eq(units.parentId, parentId), isNull(units.validTo)))
    .orderBy(asc(units.code));
}
