import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries } from '../../server/db/schema/audit';
import { users } from '../../server/db/schema/auth';
import { dossiers } from '../../server/db/schema/onestop-dossiers';
import { notifyUsers } from '../../server/modules/notifications/notifications.service';
import { runDossierReminders } from '../../server/modules/onestop/dossier-reminders.service';
import { createTestApp, type TestApp } from './helpers/test-app';

/** In-app notifications and the one-stop reminder sweep (issue 4 "reminders"). */
let t: TestApp;
const password = 'nhac-viec-2021';
let officerId: number;

async function userId(username: string): Promise<number> {
  const [row] = await t.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(username);
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const created = await t.as('admin', {
    method: 'POST',
    url: '/api/users',
    payload: {
      username: 'xulyxa',
      fullName: 'Cán bộ xử lý Thị trấn Nghèn',
      password,
      roles: [{ role: 'processing_officer', unitCode: '18406' }],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  officerId = created.json().id;
  await t.tokenOf('xulyxa', password);
});
afterAll(() => t.close());

const mine = (user: string, query = '') =>
  t.as(user, { method: 'GET', url: `/api/notifications${query}` });

describe('notifyUsers and the notification routes', () => {
  it('writes once per user and dedupe key, lists mine with the unread count, marks read', async () => {
    const snv = await userId('snv');
    const lanhdao = await userId('lanhdao');
    const written = await t.db.transaction((tx) =>
      notifyUsers(
        tx,
        { provinceCode: '42' },
        {
          userIds: [snv, snv, lanhdao],
          kind: 'plan_task_due',
          title: 'Nhiệm vụ sắp đến hạn',
          body: 'Nhiệm vụ 1.1 đến hạn ngày 31/03/2021',
          link: '/ke-hoach',
          dedupeKey: 'plan-task:1:due',
        },
      ),
    );
    expect(written).toBe(2);
    const again = await notifyUsers(
      t.db,
      { provinceCode: '42' },
      { userIds: [snv], kind: 'plan_task_due', title: 'Lần hai', dedupeKey: 'plan-task:1:due' },
    );
    expect(again).toBe(0);

    const list = await mine('snv');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, unread: 1, page: 1 });
    const [item] = list.json().items;
    expect(item).toMatchObject({ kind: 'plan_task_due', link: '/ke-hoach', readAt: null });

    const auditBefore = (await t.db.select().from(auditEntries)).length;
    const read = await t.as('snv', { method: 'POST', url: `/api/notifications/${item.id}/read` });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await mine('snv')).json().unread).toBe(0);
    // Marking read is not business data: no audit entry.
    expect((await t.db.select().from(auditEntries)).length).toBe(auditBefore);

    // Someone else's notification answers 404 like an unknown one.
    const theirs = (await mine('lanhdao')).json().items[0];
    const stolen = await t.as('snv', {
      method: 'POST',
      url: `/api/notifications/${theirs.id}/read`,
    });
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().error.code).toBe('notification_not_found');
    const unknown = await t.as('snv', { method: 'POST', url: '/api/notifications/999999/read' });
    expect(unknown.statusCode).toBe(404);
    expect((await mine('lanhdao')).json().unread).toBe(1);

    const all = await t.as('lanhdao', { method: 'POST', url: '/api/notifications/read-all' });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toEqual({ updated: 1 });
    expect((await mine('lanhdao', '?unreadOnly=true')).json().total).toBe(0);
  });

  it('needs a session', async () => {
    expect((await t.as(null, { method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });
});

describe('runDossierReminders', () => {
  it('tells the assignee, or the unit’s officers and clerks, once per dossier and kind', async () => {
    const receive = async () => {
      const response = await t.as('motcuaxa', {
        method: 'POST',
        url: '/api/onestop/dossiers',
        payload: {
          procedureCode: '1.004873',
          receivingUnitCode: '18406',
          applicant: { name: 'Võ Thị Hoa', phone: '0912000333' },
        },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().code as string;
    };
    const assigned = await receive();
    const handed = await t.as('motcuaxa', {
      method: 'POST',
      url: `/api/onestop/dossiers/${assigned}/hand-over`,
      payload: { toUnitCode: '18406', assigneeUserId: officerId },
    });
    expect(handed.statusCode, handed.body).toBe(200);
    const unassigned = await receive();
    const future = await receive();

    // Move the appointments: one overdue, one at risk (in 2 hours), one far away.
    const now = new Date();
    const setDue = (code: string, dueAt: Date) =>
      t.db.update(dossiers).set({ dueAt }).where(eq(dossiers.code, code));
    await setDue(assigned, new Date(now.getTime() - 3_600_000));
    await setDue(unassigned, new Date(now.getTime() + 2 * 3_600_000));
    await setDue(future, new Date(now.getTime() + 60 * 86_400_000));

    const auditBefore = (await t.db.select().from(auditEntries)).length;
    const first = await runDossierReminders(t.db, now);
    expect(first.dossiers).toBeGreaterThanOrEqual(2);
    const officer = (await mine('xulyxa')).json();
    expect(officer.items).toContainEqual(
      expect.objectContaining({
        kind: 'dossier_overdue',
        title: `Hồ sơ ${assigned} đã quá hạn`,
        link: `/mot-cua?ho-so=${assigned}`,
      }),
    );
    // The unassigned dossier goes to the processing officers and clerks of the commune.
    const clerk = (await mine('motcuaxa')).json();
    const titles = clerk.items.map((n: { title: string }) => n.title);
    expect(titles).toContain(`Hồ sơ ${unassigned} sắp đến hạn`);
    expect(titles).not.toContain(`Hồ sơ ${assigned} đã quá hạn`);
    expect(titles.some((title: string) => title.includes(future))).toBe(false);
    expect(officer.items.map((n: { title: string }) => n.title)).toContain(
      `Hồ sơ ${unassigned} sắp đến hạn`,
    );
    // The sweep changes no business data: no audit entry.
    expect((await t.db.select().from(auditEntries)).length).toBe(auditBefore);

    const second = await runDossierReminders(t.db, now);
    expect(second).toEqual({ dossiers: 0, notifications: 0 });
    // Later the at-risk dossier is overdue: a second kind, sent once.
    const later = new Date(now.getTime() + 3 * 3_600_000);
    const third = await runDossierReminders(t.db, later);
    expect(third.dossiers).toBe(1);
    expect((await mine('motcuaxa')).json().items.map((n: { title: string }) => n.title)).toContain(
      `Hồ sơ ${unassigned} đã quá hạn`,
    );
    expect((await runDossierReminders(t.db, later)).notifications).toBe(0);
  });
});
