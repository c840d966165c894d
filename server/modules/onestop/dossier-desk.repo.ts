import { and, count, eq, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { users } from '../../db/schema/auth';
import { dossiers } from '../../db/schema/onestop-dossiers';
import { units } from '../../db/schema/org';
import { dossierWithinPaths, openStates } from './dossiers.repo';

export interface DueWindow {
  now: Date;
  /** One working day after `now`: due before it and not yet past is at risk (issue 4). */
  atRiskUntil: Date;
}

/** Counted among open dossiers only: waiting for the citizen is neither at risk nor overdue. */
function dueCounts(window: DueWindow) {
  return {
    atRisk:
      sql<number>`count(*) filter (where ${openStates} and ${dossiers.dueAt} >= ${window.now} and ${dossiers.dueAt} <= ${window.atRiskUntil})`.mapWith(
        Number,
      ),
    overdue:
      sql<number>`count(*) filter (where ${openStates} and ${dossiers.dueAt} < ${window.now})`.mapWith(
        Number,
      ),
  };
}

/** Still to be done: open, or waiting for the citizen's supplement. */
const toDoStates = sql`${dossiers.state} in ('received','in_progress','awaiting_supplement','awaiting_payment')`;

/** At-risk and overdue open dossiers per current unit and assignee, within the given paths. */
export async function countDueByUnitAndAssignee(
  db: Queryable,
  filter: { provinceCode: string; scopes: readonly string[]; unitPath?: string },
  window: DueWindow,
) {
  const where: SQL | undefined = and(
    eq(dossiers.provinceCode, filter.provinceCode),
    openStates,
    dossierWithinPaths(filter.scopes),
    filter.unitPath ? dossierWithinPaths([filter.unitPath]) : undefined,
    sql`${dossiers.dueAt} <= ${window.atRiskUntil}`,
  );
  return db
    .select({
      unitCode: units.code,
      unitName: units.name,
      assigneeId: users.id,
      assigneeUsername: users.username,
      assigneeFullName: users.fullName,
      ...dueCounts(window),
    })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.currentUnitId))
    .leftJoin(users, eq(users.id, dossiers.assigneeUserId))
    .where(where)
    .groupBy(units.code, units.name, users.id, users.username, users.fullName)
    .orderBy(units.code, users.username);
}

/** The caller's own dossiers still to be done: how many, and how many at risk or overdue. */
export async function countAssigned(
  db: Queryable,
  provinceCode: string,
  userId: number,
  window: DueWindow,
) {
  const [row] = await db
    .select({ assigned: count(), ...dueCounts(window) })
    .from(dossiers)
    .where(
      and(eq(dossiers.provinceCode, provinceCode), toDoStates, eq(dossiers.assigneeUserId, userId)),
    );
  return { assigned: row?.assigned ?? 0, atRisk: row?.atRisk ?? 0, overdue: row?.overdue ?? 0 };
}

/** Online submissions waiting for a desk within the given paths. */
export async function countSubmitted(
  db: Queryable,
  filter: { provinceCode: string; scopes: readonly string[]; unitPath?: string },
): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(dossiers)
    .where(
      and(
        eq(dossiers.provinceCode, filter.provinceCode),
        eq(dossiers.state, 'submitted'),
        dossierWithinPaths(filter.scopes),
        filter.unitPath ? dossierWithinPaths([filter.unitPath]) : undefined,
      ),
    );
  return row?.total ?? 0;
}
