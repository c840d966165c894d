import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { sessions, users } from '../../db/schema/auth';

export async function insertSession(
  db: Queryable,
  session: typeof sessions.$inferInsert,
): Promise<void> {
  await db.insert(sessions).values(session);
}

export async function findLiveSession(db: Queryable, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      tokenHash: sessions.tokenHash,
      userId: sessions.userId,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      username: users.username,
      active: users.active,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
      ),
    );
  return row ?? null;
}

export async function touchSession(db: Queryable, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

export async function revokeSession(db: Queryable, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

/** After a password change or deactivation every other session of the user ends. */
export async function revokeUserSessions(
  db: Queryable,
  userId: number,
  now: Date,
  exceptTokenHash?: string,
): Promise<void> {
  const sessionsOfUser = and(eq(sessions.userId, userId), isNull(sessions.revokedAt));
  const rows = await db
    .select({ tokenHash: sessions.tokenHash })
    .from(sessions)
    .where(sessionsOfUser);
  for (const row of rows) {
    if (row.tokenHash !== exceptTokenHash) await revokeSession(db, row.tokenHash, now);
  }
}
