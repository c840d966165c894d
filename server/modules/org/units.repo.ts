import {
  aliasedTable,
  and,
  asc,
  count,
  desc,
  eq,
  isNull,
  like,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { containsPattern } from '../../db/like-pattern';
import { unitSuccessions, units } from '../../db/schema/org';

export type UnitRow = typeof units.$inferSelect;
export type NewUnitRow = typeof units.$inferInsert;

const parents = aliasedTable(units, 'parents');

const childCount = sql<number>`(select count(*)::int from ${units} as children where children.parent_id = ${units.id} and children.valid_to is null)`;

const unitListColumns = {
  unit: units,
  parentCode: parents.code,
  parentName: parents.name,
  childCount,
};

export type UnitListRow = {
  unit: UnitRow;
  parentCode: string | null;
  parentName: string | null;
  childCount: number;
};

/** The open unit with this code, or else the most recently closed one (codes are reused). */
export async function findUnitByCode(
  db: Queryable,
  provinceCode: string,
  code: string,
): Promise<UnitListRow | null> {
  const [row] = await db
    .select(unitListColumns)
    .from(units)
    .leftJoin(parents, eq(parents.id, units.parentId))
    .where(and(eq(units.provinceCode, provinceCode), eq(units.code, code)))
    .orderBy(sql`${units.validTo} is null desc`, desc(units.validTo))
    .limit(1);
  return row ?? null;
}

export async function findUnitById(db: Queryable, id: number): Promise<UnitRow | null> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row ?? null;
}

/** Locks a unit row for the rest of the transaction, so concurrent edits of a unit queue. */
export async function lockUnit(db: Queryable, id: number): Promise<UnitRow | null> {
  const [row] = await db.select().from(units).where(eq(units.id, id)).for('update');
  return row ?? null;
}

export interface UnitFilter {
  provinceCode: string;
  searchText?: string | undefined;
  kind?: string | undefined;
  parentId?: number | undefined;
  includeClosed: boolean;
}

const unitSorts = {
  path: [asc(units.path)],
  code: [asc(units.code), asc(units.id)],
  name: [asc(units.searchText), asc(units.id)],
  '-name': [desc(units.searchText), asc(units.id)],
  kind: [asc(units.kind), asc(units.path)],
} as const;

export type UnitSort = keyof typeof unitSorts;

export async function findUnits(
  db: Queryable,
  filter: UnitFilter,
  paging: { offset: number; limit: number; sort: UnitSort },
): Promise<{ rows: UnitListRow[]; total: number }> {
  const conditions: Array<SQL | undefined> = [
    eq(units.provinceCode, filter.provinceCode),
    filter.includeClosed ? undefined : isNull(units.validTo),
    filter.kind ? eq(units.kind, filter.kind) : undefined,
    filter.parentId === undefined ? undefined : eq(units.parentId, filter.parentId),
  ];
  if (filter.searchText) {
    const pattern = containsPattern(filter.searchText);
    conditions.push(or(like(units.searchText, pattern), like(sql`lower(${units.code})`, pattern)));
  }
  const where = and(...conditions);
  const rows = await db
    .select(unitListColumns)
    .from(units)
    .leftJoin(parents, eq(parents.id, units.parentId))
    .where(where)
    .orderBy(...unitSorts[paging.sort])
    .limit(paging.limit)
    .offset(paging.offset);
  const [totalRow] = await db.select({ total: count() }).from(units).where(where);
  return { rows, total: totalRow?.total ?? 0 };
}

export async function countOpenChildren(db: Queryable, unitId: number): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(units)
    .where(and(eq(units.parentId, unitId), isNull(units.validTo)));
  return row?.total ?? 0;
}

export async function findAncestors(
  db: Queryable,
  path: string,
): Promise<Array<{ code: string; name: string }>> {
  const ids = path.split('/').filter(Boolean).map(Number).slice(0, -1);
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(or(...ids.map((id) => eq(units.id, id))));
  return ids.flatMap((id) =>
    rows.filter((r) => r.id === id).map(({ code, name }) => ({ code, name })),
  );
}

/** Reserves an id first: the path of a new unit ends with its own id. */
export async function reserveUnitId(db: Queryable): Promise<number> {
  const result = (await db.execute(
    sql`select nextval(pg_get_serial_sequence('units', 'id'))::int as id`,
  )) as unknown as {
    rows: Array<{ id: number }>;
  };
  const id = result.rows[0]?.id;
  if (id === undefined) throw new Error('could not reserve a unit id');
  return Number(id);
}

export async function insertUnit(db: Queryable, unit: NewUnitRow): Promise<UnitRow> {
  const [row] = await db.insert(units).values(unit).returning();
  if (!row) throw new Error('unit insert returned nothing');
  return row;
}

export async function updateUnit(
  db: Queryable,
  id: number,
  changes: Partial<NewUnitRow>,
): Promise<UnitRow> {
  const [row] = await db
    .update(units)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(units.id, id))
    .returning();
  if (!row) throw new Error('unit update returned nothing');
  return row;
}

export async function insertSuccession(
  db: Queryable,
  succession: typeof unitSuccessions.$inferInsert,
) {
  await db.insert(unitSuccessions).values(succession);
}

export async function findSuccessions(db: Queryable, unitId: number) {
  const other = aliasedTable(units, 'other');
  const select = {
    kind: unitSuccessions.kind,
    effectiveOn: unitSuccessions.effectiveOn,
    note: unitSuccessions.note,
    unitCode: other.code,
    unitName: other.name,
  };
  const predecessors = await db
    .select(select)
    .from(unitSuccessions)
    .innerJoin(other, eq(other.id, unitSuccessions.predecessorId))
    .where(eq(unitSuccessions.successorId, unitId))
    .orderBy(asc(other.code));
  const successors = await db
    .select(select)
    .from(unitSuccessions)
    .innerJoin(other, eq(other.id, unitSuccessions.successorId))
    .where(eq(unitSuccessions.predecessorId, unitId))
    .orderBy(asc(other.code));
  return { predecessors, successors };
}

export async function countUnits(db: Queryable, provinceCode: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(units)
    .where(eq(units.provinceCode, provinceCode));
  return row?.total ?? 0;
}
