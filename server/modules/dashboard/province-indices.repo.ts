import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { provinceIndices } from '../../db/schema/province-indices';

export type ProvinceIndexRow = typeof provinceIndices.$inferSelect;
export type NewProvinceIndexRow = typeof provinceIndices.$inferInsert;

export async function findProvinceIndices(
  db: Queryable,
  filter: { provinceCode: string; index?: string | undefined; fromYear?: number; toYear?: number },
): Promise<ProvinceIndexRow[]> {
  const conditions: Array<SQL | undefined> = [
    eq(provinceIndices.provinceCode, filter.provinceCode),
    filter.index ? eq(provinceIndices.index, filter.index) : undefined,
    filter.fromYear === undefined ? undefined : gte(provinceIndices.year, filter.fromYear),
    filter.toYear === undefined ? undefined : lte(provinceIndices.year, filter.toYear),
  ];
  return db
    .select()
    .from(provinceIndices)
    .where(and(...conditions))
    .orderBy(asc(provinceIndices.year), asc(provinceIndices.index));
}

export async function lockProvinceIndex(
  db: Queryable,
  provinceCode: string,
  id: number,
): Promise<ProvinceIndexRow | null> {
  const [row] = await db
    .select()
    .from(provinceIndices)
    .where(and(eq(provinceIndices.provinceCode, provinceCode), eq(provinceIndices.id, id)))
    .for('update');
  return row ?? null;
}

export async function insertProvinceIndex(
  db: Queryable,
  row: NewProvinceIndexRow,
): Promise<ProvinceIndexRow> {
  const [inserted] = await db.insert(provinceIndices).values(row).returning();
  return inserted!;
}

export async function updateProvinceIndex(
  db: Queryable,
  id: number,
  change: Partial<NewProvinceIndexRow>,
): Promise<ProvinceIndexRow> {
  const [updated] = await db
    .update(provinceIndices)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(provinceIndices.id, id))
    .returning();
  return updated!;
}

export async function deleteProvinceIndex(db: Queryable, id: number): Promise<void> {
  await db.delete(provinceIndices).where(eq(provinceIndices.id, id));
}
