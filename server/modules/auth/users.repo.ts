import { and, asc, count, desc, eq, exists, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { containsPattern } from '../../db/like-pattern';
import { userRoles, users } from '../../db/schema/auth';
import { units } from '../../db/schema/org';

export type UserRow = typeof users.$inferSelect;

export interface GrantRow {
  userId: number;
  role: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitPath: string;
}

export async function findUserByUsername(db: Queryable, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row ?? null;
}

export async function findUserById(db: Queryable, id: number) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function findGrantsOfUsers(db: Queryable, userIds: number[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: userRoles.userId,
      role: userRoles.role,
      unitId: units.id,
      unitCode: units.code,
      unitName: units.name,
      unitPath: units.path,
    })
    .from(userRoles)
    .innerJoin(units, eq(units.id, userRoles.unitId))
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(userRoles.id));
}

export async function insertUser(db: Queryable, user: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(user).returning();
  if (!row) throw new Error('user insert returned nothing');
  return row;
}

export async function updateUser(
  db: Queryable,
  id: number,
  changes: Partial<typeof users.$inferInsert>,
): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  if (!row) throw new Error('user update returned nothing');
  return row;
}

export async function replaceUserRoles(
  db: Queryable,
  userId: number,
  grants: Array<{ role: string; unitId: number }>,
): Promise<void> {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (grants.length > 0) {
    await db
      .insert(userRoles)
      .values(grants.map((g) => ({ userId, role: g.role, unitId: g.unitId })));
  }
}

export interface UserFilter {
  scopes: string[];
  searchText?: string | undefined;
  unitPath?: string | undefined;
  role?: string | undefined;
  active?: boolean | undefined;
}

const sortColumns = {
  username: asc(users.username),
  fullName: asc(users.fullName),
  '-lastLoginAt': sql`${users.lastLoginAt} desc nulls last`,
} as const;

export async function findUsers(
  db: Queryable,
  filter: UserFilter,
  paging: { offset: number; limit: number; sort: keyof typeof sortColumns },
): Promise<{ rows: UserRow[]; total: number }> {
  const roleConditions: SQL[] = [];
  if (filter.unitPath) roleConditions.push(like(units.path, `${filter.unitPath}%`));
  if (filter.role) roleConditions.push(eq(userRoles.role, filter.role));
  // A user is listed when one of their roles lies in the caller's scope.
  const inScope = exists(
    db
      .select({ one: sql`1` })
      .from(userRoles)
      .innerJoin(units, eq(units.id, userRoles.unitId))
      .where(
        and(
          eq(userRoles.userId, users.id),
          or(...filter.scopes.map((s) => like(units.path, `${s}%`))),
          ...roleConditions,
        ),
      ),
  );
  const where = and(
    inScope,
    filter.searchText ? like(users.searchText, containsPattern(filter.searchText)) : undefined,
    filter.active === undefined ? undefined : eq(users.active, filter.active),
  );
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(sortColumns[paging.sort], desc(users.id))
    .limit(paging.limit)
    .offset(paging.offset);
  const [totalRow] = await db.select({ total: count() }).from(users).where(where);
  return { rows, total: totalRow?.total ?? 0 };
}
