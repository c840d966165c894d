import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { userRoles, users } from '../../db/schema/auth';
import { units } from '../../db/schema/org';

/**
 * Who handles dossiers at a unit: processing officers and one-stop clerks whose role's unit is
 * the unit or above it (a role applies to its unit's subtree, docs/decisions/004-auth-model.md).
 */
export const dossierHandlerRoles = ['processing_officer', 'onestop_clerk'] as const;

export async function findOfficersOf(db: Queryable, provinceCode: string, unitPath: string) {
  const rows = await db
    .selectDistinctOn([users.id, userRoles.role], {
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      role: userRoles.role,
    })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .innerJoin(units, eq(units.id, userRoles.unitId))
    .where(
      and(
        eq(users.provinceCode, provinceCode),
        eq(users.active, true),
        inArray(userRoles.role, [...dossierHandlerRoles]),
        sql`left(${unitPath}::text, length(${units.path})) = ${units.path}`,
      ),
    )
    .orderBy(asc(users.id), asc(userRoles.role));
  // Processing officers first: they are the ones a hand-over normally names.
  return rows.sort(
    (a, b) =>
      Number(a.role !== 'processing_officer') - Number(b.role !== 'processing_officer') ||
      a.username.localeCompare(b.username),
  );
}
