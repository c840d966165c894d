import nodemailer from 'nodemailer';
import type { ReminderSweepResult } from '../../../contracts/plan-work';
import { formatCalendarDateVi } from '../../../core/format/format-vi';
import { flagTask, type StoredTaskStatus } from '../../../core/plans/rollup-task-progress';
import { toVietnamDate } from '../../../core/time/calendar-date';
import type { SmtpConfig } from '../../config';
import type { Database } from '../../db/database';
import { notifyUsers } from '../notifications/notifications.service';
import * as workRepo from './plan-work.repo';

/** What the sweep needs of a mail transport: nodemailer's, or a fake one in tests. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

/** A transport when SMTP is configured (server/config.ts); none by default. */
export function createMailTransport(smtp: SmtpConfig | null): MailTransport | null {
  if (!smtp) return null;
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
  });
}

/** Who is reminded of a task: the lead unit's reform officers and heads (KH 513/KH-UBND, VI.2.b). */
const remindedRoles = ['unit_reform_officer', 'unit_head'];

export interface TaskReminderOptions {
  provinceCode: string;
  /** Only this plan's tasks; every issued plan when omitted. */
  planId?: number;
  mail?: { transport: MailTransport; from: string; publicUrl: string } | null;
  asOf?: Date;
}

/**
 * The task reminder sweep (issue 3, Tasks): tasks past their deadline and tasks with no update
 * for the plan's `staleAfterDays` are found, and the lead unit's officers and heads are told in
 * the app — and by e-mail when SMTP is configured. Each reminder is written once: the key holds
 * the deadline (overdue) or the day of the last update (stale), so a new silence reminds again.
 */
export async function runTaskReminders(
  db: Database,
  options: TaskReminderOptions,
): Promise<ReminderSweepResult> {
  const today = toVietnamDate(options.asOf ?? new Date());
  const open = (await workRepo.findOpenTasksOfIssuedPlans(db, options.provinceCode)).filter(
    (row) => options.planId === undefined || row.task.planId === options.planId,
  );
  const flagged = open
    .map((row) => {
      const lastUpdateOn = row.task.lastProgressAt
        ? toVietnamDate(row.task.lastProgressAt)
        : row.planIssuedOn;
      const flags = flagTask({
        status: row.task.status as StoredTaskStatus,
        deadline: row.task.deadlineOn,
        lastUpdateOn,
        today,
        staleAfterDays: row.staleAfterDays,
      });
      return { row, lastUpdateOn, ...flags };
    })
    .filter((t) => t.overdue || t.stale);
  const recipients = await workRepo.findUsersWithRolesAt(
    db,
    [...new Set(flagged.map((t) => t.row.task.leadUnitId))],
    remindedRoles,
  );
  const result: ReminderSweepResult = {
    overdue: flagged.filter((t) => t.overdue).length,
    stale: flagged.filter((t) => t.stale && !t.overdue).length,
    notified: 0,
    emailed: 0,
  };
  for (const { row, lastUpdateOn, overdue } of flagged) {
    const people = recipients.filter((r) => r.unitId === row.task.leadUnitId);
    if (people.length === 0) continue;
    const { task } = row;
    const plan = row.planNumber ? `Kế hoạch ${row.planNumber}` : 'kế hoạch CCHC';
    const title = overdue
      ? `Nhiệm vụ ${task.code} đã quá hạn (${formatCalendarDateVi(task.deadlineOn!)})`
      : `Nhiệm vụ ${task.code} chưa được cập nhật tiến độ từ ${lastUpdateOn ? formatCalendarDateVi(lastUpdateOn) : 'khi ban hành kế hoạch'}`;
    const body = `${plan} — ${row.leadUnitName} chủ trì: ${task.textVi.slice(0, 300)}`;
    const link = `/viec-cua-toi?ke-hoach=${task.planId}&nhiem-vu=${encodeURIComponent(task.code)}`;
    const written = await db.transaction((tx) =>
      notifyUsers(
        tx,
        { provinceCode: options.provinceCode },
        {
          userIds: people.map((p) => p.userId),
          kind: overdue ? 'plan_task_overdue' : 'plan_task_stale',
          title,
          body,
          link,
          dedupeKey: overdue
            ? `plan_task:${task.id}:overdue:${task.deadlineOn}`
            : `plan_task:${task.id}:stale:${lastUpdateOn ?? 'never'}`,
        },
      ),
    );
    result.notified += written;
    // E-mail only with a new notice, so a sweep run every few minutes sends each reminder once.
    if (written === 0 || !options.mail) continue;
    for (const person of people) {
      if (!person.email) continue;
      await options.mail.transport.sendMail({
        from: options.mail.from,
        to: person.email,
        subject: `[CCHC] ${title}`,
        text: `Kính gửi ${person.fullName},\n\n${title}.\n${body}\n\nXem và cập nhật tiến độ: ${options.mail.publicUrl}${link}\n\nThư gửi tự động từ hệ thống điều hành CCHC; vui lòng không trả lời thư này.`,
      });
      result.emailed += 1;
    }
  }
  return result;
}
