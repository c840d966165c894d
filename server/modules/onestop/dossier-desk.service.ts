import type { DossierOfficer, DueSummary } from '../../../contracts/dossier-desk';
import { addWorkingTime } from '../../../core/calendar/working-time';
import type { ServiceContext } from '../../http/request-context';
import { getWorkingCalendar } from '../calendar/calendar.service';
import { requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import { countAssigned, countDueByUnitAndAssignee, countSubmitted } from './dossier-desk.repo';
import { findOfficersOf } from './dossier-officers.repo';

/**
 * Who may be named in a hand-over to `unitCode`. Anyone who moves dossiers may ask, also for a
 * unit outside their own subtree (a commune desk hands over to its district); only names and
 * roles are answered.
 */
export async function listDossierOfficers(
  ctx: ServiceContext,
  unitCode: string,
): Promise<{ items: DossierOfficer[] }> {
  requirePermissionScopes(ctx.actor, 'dossiers.process');
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, unitCode);
  return { items: await findOfficersOf(ctx.db, ctx.provinceCode, unit.path) };
}

/**
 * The "at risk / overdue" board of the desk (issue 4): per current unit and officer, within the
 * caller's scope; at risk = open and due within one working day, overdue = open and past due.
 */
export async function getDueSummary(
  ctx: ServiceContext,
  query: { unit?: string },
): Promise<DueSummary> {
  const scopes = requirePermissionScopes(ctx.actor, 'dossiers.read');
  const unit = query.unit ? await resolveUnit(ctx.db, ctx.provinceCode, query.unit) : null;
  const now = new Date();
  const calendar = await getWorkingCalendar(ctx.db, ctx.provinceCode);
  const window = { now, atRiskUntil: addWorkingTime(calendar, now, { days: 1 }) };
  const filter = { provinceCode: ctx.provinceCode, scopes, unitPath: unit?.path };
  const [rows, mine, submitted] = await Promise.all([
    countDueByUnitAndAssignee(ctx.db, filter, window),
    countAssigned(ctx.db, ctx.provinceCode, ctx.actor.userId, window),
    countSubmitted(ctx.db, filter),
  ]);
  const items = rows.map((r) => ({
    unit: { code: r.unitCode, name: r.unitName },
    assignee:
      r.assigneeId !== null && r.assigneeUsername !== null && r.assigneeFullName !== null
        ? { id: r.assigneeId, username: r.assigneeUsername, fullName: r.assigneeFullName }
        : null,
    atRisk: r.atRisk,
    overdue: r.overdue,
  }));
  return {
    items,
    totals: {
      atRisk: items.reduce((s, i) => s + i.atRisk, 0),
      overdue: items.reduce((s, i) => s + i.overdue, 0),
    },
    mine,
    submitted,
  };
}
