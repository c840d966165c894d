import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { addWorkingTime } from '../../../core/calendar/working-time';
import { formatInstantDateTimeVi } from '../../../core/format/format-vi';
import type { Database } from '../../db/database';
import { dossiers } from '../../db/schema/onestop-dossiers';
import { units } from '../../db/schema/org';
import { getWorkingCalendar } from '../calendar/calendar.service';
import { notifyUsers } from '../notifications/notifications.service';
import { findOfficersOf } from './dossier-officers.repo';
import { openStates } from './dossiers.repo';

const batchSize = 200;

export interface ReminderRunResult {
  dossiers: number;
  notifications: number;
}

/**
 * The reminder sweep (issue 4 "at-risk and overdue lists … with reminders"): each open dossier
 * due within one working day (at risk) or past due (overdue) is announced once per kind to its
 * assignee, or, with nobody assigned, to the processing officers and clerks of the unit that
 * holds it. NĐ 61/2018 asks the agency that will be late to act at least one day before the
 * appointment (Mẫu 04, vn-regulations.md §1 "Overdue dossiers"): the at-risk notice is that call.
 * "Once" is kept twice: by the dossier's `*_notified_at` (so a run never rescans what it sent)
 * and by the notice's dedupe key. The sweep writes no audit entry: it changes no business data,
 * only sends messages about it, and has no actor to record.
 */
export async function runDossierReminders(db: Database, now: Date): Promise<ReminderRunResult> {
  const provinces = await db.selectDistinct({ code: units.provinceCode }).from(units);
  const total: ReminderRunResult = { dossiers: 0, notifications: 0 };
  for (const { code: provinceCode } of provinces) {
    const calendar = await getWorkingCalendar(db, provinceCode);
    const atRiskUntil = addWorkingTime(calendar, now, { days: 1 });
    const officersByPath = new Map<string, number[]>();
    for (;;) {
      const due = await db
        .select({
          id: dossiers.id,
          code: dossiers.code,
          dueAt: dossiers.dueAt,
          currentUnitPath: dossiers.currentUnitPath,
          assigneeUserId: dossiers.assigneeUserId,
        })
        .from(dossiers)
        .where(
          and(
            eq(dossiers.provinceCode, provinceCode),
            openStates,
            or(
              and(isNull(dossiers.overdueNotifiedAt), sql`${dossiers.dueAt} < ${now}`),
              and(
                isNull(dossiers.atRiskNotifiedAt),
                sql`${dossiers.dueAt} >= ${now}`,
                sql`${dossiers.dueAt} <= ${atRiskUntil}`,
              ),
            ),
          ),
        )
        .orderBy(asc(dossiers.dueAt), asc(dossiers.id))
        .limit(batchSize);
      if (due.length === 0) break;
      for (const d of due) {
        if (d.assigneeUserId === null && !officersByPath.has(d.currentUnitPath)) {
          const officers = await findOfficersOf(db, provinceCode, d.currentUnitPath);
          officersByPath.set(
            d.currentUnitPath,
            officers.map((o) => o.id),
          );
        }
      }
      await db.transaction(async (tx) => {
        const overdueIds: number[] = [];
        const atRiskIds: number[] = [];
        for (const d of due) {
          const overdue = d.dueAt.getTime() < now.getTime();
          (overdue ? overdueIds : atRiskIds).push(d.id);
          const userIds =
            d.assigneeUserId !== null
              ? [d.assigneeUserId]
              : (officersByPath.get(d.currentUnitPath) ?? []);
          total.notifications += await notifyUsers(
            tx,
            { provinceCode },
            {
              userIds,
              kind: overdue ? 'dossier_overdue' : 'dossier_at_risk',
              title: overdue ? `Hồ sơ ${d.code} đã quá hạn` : `Hồ sơ ${d.code} sắp đến hạn`,
              body: `Hạn trả kết quả: ${formatInstantDateTimeVi(d.dueAt)}.${overdue ? ' Cần lập phiếu xin lỗi và hẹn lại (Mẫu 04).' : ''}`,
              link: `/mot-cua?ho-so=${encodeURIComponent(d.code)}`,
              dedupeKey: `dossier:${d.code}:${overdue ? 'overdue' : 'at_risk'}`,
            },
          );
        }
        if (overdueIds.length > 0) {
          await tx
            .update(dossiers)
            .set({ overdueNotifiedAt: now })
            .where(inArray(dossiers.id, overdueIds));
        }
        if (atRiskIds.length > 0) {
          await tx
            .update(dossiers)
            .set({ atRiskNotifiedAt: now })
            .where(inArray(dossiers.id, atRiskIds));
        }
      });
      total.dossiers += due.length;
      if (due.length < batchSize) break;
    }
  }
  return total;
}
