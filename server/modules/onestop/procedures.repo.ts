import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  inArray,
  isNull,
  like,
  notExists,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { containsPattern, escapeLikePattern } from '../../db/like-pattern';
import { procedureAgencies, procedureSteps, procedures } from '../../db/schema/onestop-procedures';
import { units } from '../../db/schema/org';

export type ProcedureRow = typeof procedures.$inferSelect;
export type NewProcedureRow = typeof procedures.$inferInsert;

export interface ProcedureListRow {
  procedure: ProcedureRow;
  leadAgencies: Array<{ code: string; name: string }>;
  leadAgencyCount: number;
  coordinatingAgencyCount: number;
}

/**
 * The outer procedure row inside correlated subqueries: Drizzle writes a column of the only
 * table of a select list unqualified, which the subquery would resolve to its own `id`.
 */
const outerProcedureId = sql.raw('"procedures"."id"');

/** How many lead agencies a list row names; the rest are counted. */
const leadSampleSize = 3;

const leadAgencySample = sql<Array<{ code: string; name: string }>>`coalesce((
  select json_agg(json_build_object('code', s.code, 'name', s.name) order by s.name)
  from (
    select u.code, u.name from ${procedureAgencies} pa join ${units} u on u.id = pa.unit_id
    where pa.procedure_id = ${outerProcedureId} and pa.role = 'lead'
    order by u.name limit ${sql.raw(String(leadSampleSize))}
  ) s), '[]'::json)`;

const agencyCount = (role: 'lead' | 'coordinating') =>
  sql<number>`(select count(*)::int from ${procedureAgencies} pa where pa.procedure_id = ${outerProcedureId} and pa.role = ${role})`;

const listColumns = {
  procedure: procedures,
  leadAgencies: leadAgencySample,
  leadAgencyCount: agencyCount('lead'),
  coordinatingAgencyCount: agencyCount('coordinating'),
};

/**
 * Who sees a procedure: every signed-in user sees published ones; a draft only those who may
 * manage it, i.e. whose scopes cover every one of its agencies.
 */
function visibleTo(manageScopes: readonly string[]): SQL | undefined {
  const published = eq(procedures.status, 'published');
  if (manageScopes.length === 0) return published;
  return or(published, everyAgencyWithin(manageScopes));
}

function everyAgencyWithin(scopes: readonly string[]): SQL {
  const inScope = or(...scopes.map((s) => like(units.path, `${escapeLikePattern(s)}%`)));
  return notExists(
    sql`(select 1 from ${procedureAgencies} join ${units} on ${units.id} = ${procedureAgencies.unitId}
      where ${procedureAgencies.procedureId} = ${outerProcedureId} and not (${inScope}))`,
  );
}

export interface ProcedureFilter {
  provinceCode: string;
  manageScopes: readonly string[];
  searchText?: string | undefined;
  unitId?: number | undefined;
  field?: string | undefined;
  level?: string | undefined;
  onlineLevel?: string | undefined;
  published?: boolean | undefined;
  includeClosed?: boolean | undefined;
}

function buildWhere(filter: ProcedureFilter): SQL | undefined {
  return and(
    eq(procedures.provinceCode, filter.provinceCode),
    visibleTo(filter.manageScopes),
    filter.includeClosed ? undefined : isNull(procedures.validTo),
    filter.searchText ? like(procedures.searchText, containsPattern(filter.searchText)) : undefined,
    filter.field ? eq(procedures.field, filter.field) : undefined,
    filter.level ? eq(procedures.level, filter.level) : undefined,
    filter.onlineLevel ? eq(procedures.onlineLevel, filter.onlineLevel) : undefined,
    filter.published === undefined
      ? undefined
      : eq(procedures.status, filter.published ? 'published' : 'draft'),
    filter.unitId === undefined
      ? undefined
      : exists(
          sql`(select 1 from ${procedureAgencies} where ${procedureAgencies.procedureId} = ${outerProcedureId} and ${procedureAgencies.unitId} = ${filter.unitId})`,
        ),
  );
}

const procedureSorts = {
  code: [asc(procedures.code), asc(procedures.id)],
  '-code': [desc(procedures.code), desc(procedures.id)],
  name: [asc(procedures.searchText), asc(procedures.id)],
  '-name': [desc(procedures.searchText), desc(procedures.id)],
  field: [asc(procedures.field), asc(procedures.searchText), asc(procedures.id)],
} as const;

export type ProcedureSort = keyof typeof procedureSorts;

export async function findProcedures(
  db: Queryable,
  filter: ProcedureFilter,
  paging: { offset: number; limit: number | null; sort: ProcedureSort },
): Promise<{ rows: ProcedureListRow[]; total: number }> {
  const where = buildWhere(filter);
  const query = db
    .select(listColumns)
    .from(procedures)
    .where(where)
    .orderBy(...procedureSorts[paging.sort])
    .offset(paging.offset);
  const rows = await (paging.limit === null ? query : query.limit(paging.limit));
  const [totalRow] = await db.select({ total: count() }).from(procedures).where(where);
  return { rows, total: totalRow?.total ?? 0 };
}

export async function countProceduresByField(
  db: Queryable,
  filter: ProcedureFilter,
): Promise<Array<{ field: string; count: number }>> {
  return db
    .select({ field: procedures.field, count: count() })
    .from(procedures)
    .where(buildWhere(filter))
    .groupBy(procedures.field)
    .orderBy(asc(procedures.field));
}

/** The open procedure with this code, or else the most recently closed one. */
export async function findProcedureByCode(
  db: Queryable,
  provinceCode: string,
  code: string,
): Promise<ProcedureRow | null> {
  const [row] = await db
    .select()
    .from(procedures)
    .where(and(eq(procedures.provinceCode, provinceCode), eq(procedures.code, code)))
    .orderBy(sql`${procedures.validTo} is null desc`, desc(procedures.validTo), desc(procedures.id))
    .limit(1);
  return row ?? null;
}

export async function lockProcedure(db: Queryable, id: number): Promise<ProcedureRow | null> {
  const [row] = await db.select().from(procedures).where(eq(procedures.id, id)).for('update');
  return row ?? null;
}

export interface AgencyRow {
  procedureId: number;
  unitId: number;
  code: string;
  name: string;
  kind: string;
  path: string;
  role: string;
}

/** Agencies of the given procedures: lead first, then by level and code. */
export async function findAgenciesOf(
  db: Queryable,
  procedureIds: readonly number[],
): Promise<AgencyRow[]> {
  if (procedureIds.length === 0) return [];
  return db
    .select({
      procedureId: procedureAgencies.procedureId,
      unitId: units.id,
      code: units.code,
      name: units.name,
      kind: units.kind,
      path: units.path,
      role: procedureAgencies.role,
    })
    .from(procedureAgencies)
    .innerJoin(units, eq(units.id, procedureAgencies.unitId))
    .where(inArray(procedureAgencies.procedureId, [...procedureIds]))
    .orderBy(
      asc(procedureAgencies.procedureId),
      desc(procedureAgencies.role),
      asc(units.level),
      asc(units.code),
    );
}

export interface StepRow {
  procedureId: number;
  ordinal: number;
  name: string;
  unitKind: string | null;
  unitCode: string | null;
  unitName: string | null;
  sharePercent: number;
}

export async function findStepsOf(
  db: Queryable,
  procedureIds: readonly number[],
): Promise<StepRow[]> {
  if (procedureIds.length === 0) return [];
  return db
    .select({
      procedureId: procedureSteps.procedureId,
      ordinal: procedureSteps.ordinal,
      name: procedureSteps.name,
      unitKind: procedureSteps.unitKind,
      unitCode: units.code,
      unitName: units.name,
      sharePercent: procedureSteps.sharePercent,
    })
    .from(procedureSteps)
    .leftJoin(units, eq(units.id, procedureSteps.unitId))
    .where(inArray(procedureSteps.procedureId, [...procedureIds]))
    .orderBy(asc(procedureSteps.procedureId), asc(procedureSteps.ordinal));
}

export async function insertProcedure(db: Queryable, row: NewProcedureRow): Promise<ProcedureRow> {
  const [inserted] = await db.insert(procedures).values(row).returning();
  if (!inserted) throw new Error('procedure insert returned nothing');
  return inserted;
}

export async function updateProcedure(
  db: Queryable,
  id: number,
  changes: Partial<NewProcedureRow>,
): Promise<ProcedureRow> {
  const [row] = await db
    .update(procedures)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(procedures.id, id))
    .returning();
  if (!row) throw new Error('procedure update returned nothing');
  return row;
}

export async function replaceAgencies(
  db: Queryable,
  procedureId: number,
  provinceCode: string,
  agencies: ReadonlyArray<{ unitId: number; role: string }>,
): Promise<void> {
  await db.delete(procedureAgencies).where(eq(procedureAgencies.procedureId, procedureId));
  if (agencies.length === 0) return;
  // One statement for any number of agencies (216 communes of a commune-level procedure): two
  // array parameters instead of four parameters per row.
  await db.execute(sql`insert into ${procedureAgencies} (procedure_id, province_code, unit_id, role)
    select ${procedureId}, ${provinceCode}, a.unit_id, a.role
    from unnest(${toArrayLiteral(agencies.map((a) => a.unitId))}::int[],
                ${toArrayLiteral(agencies.map((a) => a.role))}::text[]) as a(unit_id, role)`);
}

/** A PostgreSQL array literal, each element quoted, for drivers that do not bind JS arrays alike. */
function toArrayLiteral(values: ReadonlyArray<string | number>): string {
  return `{${values.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

export async function replaceSteps(
  db: Queryable,
  procedureId: number,
  provinceCode: string,
  steps: ReadonlyArray<{
    name: string;
    unitKind: string | null;
    unitId: number | null;
    sharePercent: number;
  }>,
): Promise<void> {
  await db.delete(procedureSteps).where(eq(procedureSteps.procedureId, procedureId));
  if (steps.length === 0) return;
  await db
    .insert(procedureSteps)
    .values(steps.map((s, i) => ({ ...s, procedureId, provinceCode, ordinal: i + 1 })));
}

/** Every open unit of the province, for resolving the agency codes of a procedure or a sheet. */
export async function findOpenUnits(db: Queryable, provinceCode: string) {
  return db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      kind: units.kind,
      path: units.path,
    })
    .from(units)
    .where(and(eq(units.provinceCode, provinceCode), isNull(units.validTo)))
    .orderBy(asc(units.code));
}

export async function countProcedures(db: Queryable, provinceCode: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(procedures)
    .where(eq(procedures.provinceCode, provinceCode));
  return row?.total ?? 0;
}
