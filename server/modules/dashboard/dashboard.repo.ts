import { and, asc, eq, isNull, like, max, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { escapeLikePattern } from '../../db/like-pattern';
import { onestopKpiDaily } from '../../db/schema/onestop-dossiers';
import { units } from '../../db/schema/org';

export interface ChildUnitRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  path: string;
  hasChildren: boolean;
}

/** The open units directly under a unit, in tree order, with whether they have open children. */
export async function findChildUnits(
  db: Queryable,
  provinceCode: string,
  parentId: number,
): Promise<ChildUnitRow[]> {
  return db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      kind: units.kind,
      path: units.path,
      hasChildren: sql<boolean>`exists (select 1 from ${units} as grandchildren where grandchildren.parent_id = ${units}.id and grandchildren.valid_to is null)`,
    })
    .from(units)
    .where(
      and(
        eq(units.provinceCode, provinceCode),
        eq(units.parentId, parentId),
        isNull(units.validTo),
      ),
    )
    .orderBy(asc(units.path));
}

/** The last receipt day the one-stop rollups hold: the public scoreboard opens on its year. */
export async function findLatestKpiDay(
  db: Queryable,
  provinceCode: string,
): Promise<string | null> {
  const [row] = await db
    .select({ day: max(onestopKpiDaily.day) })
    .from(onestopKpiDaily)
    .where(eq(onestopKpiDaily.provinceCode, provinceCode));
  return row?.day ?? null;
}

/** Code and path of every open unit of a subtree: tasks name units by code. */
export async function findSubtreeUnitPaths(
  db: Queryable,
  provinceCode: string,
  path: string,
): Promise<Map<string, string>> {
  const rows = await db
    .select({ code: units.code, path: units.path })
    .from(units)
    .where(
      and(
        eq(units.provinceCode, provinceCode),
        like(units.path, `${escapeLikePattern(path)}%`),
        isNull(units.validTo),
      ),
    );
  return new Map(rows.map((row) => [row.code, row.path]));
}
