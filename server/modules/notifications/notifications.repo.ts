import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { notifications } from '../../db/schema/notifications';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;

/** Inserts, skipping a (user, dedupe key) already written; answers the rows written. */
export async function insertNotifications(
  db: Queryable,
  rows: NewNotificationRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const written = await db
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  return written.length;
}

export async function findNotificationsOf(
  db: Queryable,
  userId: number,
  filter: { unreadOnly: boolean },
  page: { offset: number; limit: number },
) {
  const where = and(
    eq(notifications.userId, userId),
    filter.unreadOnly ? isNull(notifications.readAt) : undefined,
  );
  const [rows, [total], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .offset(page.offset)
      .limit(page.limit),
    db.select({ total: count() }).from(notifications).where(where),
    db
      .select({ unread: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { rows, total: total?.total ?? 0, unread: unread?.unread ?? 0 };
}

/** Marks one of the user's notifications read; null when it is not theirs or does not exist. */
export async function markRead(db: Queryable, userId: number, id: number, now: Date) {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!row) return null;
  if (row.readAt) return row;
  const [updated] = await db
    .update(notifications)
    .set({ readAt: now })
    .where(eq(notifications.id, id))
    .returning();
  return updated ?? null;
}

export async function markAllRead(db: Queryable, userId: number, now: Date): Promise<number> {
  const updated = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return updated.length;
}
