import type {
  ListNotificationsQuery,
  NotificationItem,
  NotificationList,
} from '../../../contracts/notifications';
import { formatInstantVn } from '../../../core/calendar/vn-time';
import type { Queryable } from '../../db/database';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import * as repo from './notifications.repo';

/** What `notifyUsers` needs of its caller: a ServiceContext fits, and so does a background job. */
export interface NotifyContext {
  provinceCode: string;
}

export interface NotifyInput {
  userIds: readonly number[];
  /** A stable kind for filtering and icons, e.g. `dossier_overdue`, `plan_task_due`. */
  kind: string;
  title: string;
  body?: string | null;
  /** An app path (e.g. `/mot-cua?ho-so=<code>`), opened when the notification is clicked. */
  link?: string | null;
  /**
   * Idempotency key per user: a second call with the same key for the same user writes nothing,
   * so a reminder job may run as often as it likes (e.g. `dossier:<code>:overdue`).
   */
  dedupeKey: string;
}

/**
 * Notifies users in the app, inside the caller's transaction `tx` so the notice commits with the
 * change that caused it. Duplicate user ids are ignored; answers how many notices were written
 * (those already written under the same `dedupeKey` are skipped). Used by the one-stop reminder
 * sweep and by plan tasks. Writes no audit entry: a notice is a message about business data,
 * not business data itself — the change that caused it carries the audit entry.
 */
export async function notifyUsers(
  tx: Queryable,
  ctx: NotifyContext,
  input: NotifyInput,
): Promise<number> {
  const userIds = [...new Set(input.userIds)];
  return repo.insertNotifications(
    tx,
    userIds.map((userId) => ({
      provinceCode: ctx.provinceCode,
      userId,
      kind: input.kind,
      title: input.title,
      body: input.body ?? null,
      link: input.link ?? null,
      dedupeKey: input.dedupeKey,
    })),
  );
}

function present(row: repo.NotificationRow): NotificationItem {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: formatInstantVn(row.createdAt),
    readAt: row.readAt ? formatInstantVn(row.readAt) : null,
  };
}

export async function listMyNotifications(
  ctx: ServiceContext,
  query: ListNotificationsQuery,
): Promise<NotificationList> {
  const { page, pageSize } = query;
  const { rows, total, unread } = await repo.findNotificationsOf(
    ctx.db,
    ctx.actor.userId,
    { unreadOnly: query.unreadOnly ?? false },
    { offset: (page - 1) * pageSize, limit: pageSize },
  );
  return { items: rows.map(present), total, page, pageSize, unread };
}

/**
 * Reading a notice changes no business data, so it is not audited (docs/decisions/005-audit-trail.md
 * covers business writes); another user's notice answers 404 like an unknown one.
 */
export async function readNotification(ctx: ServiceContext, id: number): Promise<NotificationItem> {
  const row = await repo.markRead(ctx.db, ctx.actor.userId, id, new Date());
  if (!row) throw new DomainError('notification_not_found');
  return present(row);
}

export async function readAllNotifications(ctx: ServiceContext): Promise<{ updated: number }> {
  return { updated: await repo.markAllRead(ctx.db, ctx.actor.userId, new Date()) };
}
