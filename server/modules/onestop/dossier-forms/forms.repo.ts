import { aliasedTable, and, asc, eq, gte, lte, min, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/database';
import { dossierEvents, dossiers } from '../../../db/schema/onestop-dossiers';
import { procedures } from '../../../db/schema/onestop-procedures';
import { units } from '../../../db/schema/org';
import { dossierWithinPaths } from '../dossiers.repo';

const handlingUnits = aliasedTable(units, 'handling_units');

export interface RegisterCursor {
  receivedAt: Date;
  id: number;
}

/** One page of the register (Mẫu 06), in receipt order, after `cursor` (keyset paging). */
export async function findRegisterPage(
  db: Queryable,
  filter: { provinceCode: string; unitPath: string; from: string; to: string },
  cursor: RegisterCursor | null,
  limit: number,
) {
  const firstHandOver = db
    .select({ dossierId: dossierEvents.dossierId, at: min(dossierEvents.at).as('first_at') })
    .from(dossierEvents)
    .where(eq(dossierEvents.kind, 'handed_over'))
    .groupBy(dossierEvents.dossierId)
    .as('first_hand_over');
  return db
    .select({
      id: dossiers.id,
      code: dossiers.code,
      procedureName: procedures.name,
      applicantName: dossiers.applicantName,
      applicantAddress: dossiers.applicantAddress,
      applicantPhone: dossiers.applicantPhone,
      handlingUnitName: handlingUnits.name,
      receivedAt: dossiers.receivedAt,
      dueAt: dossiers.dueAt,
      extendedDueAt: dossiers.extendedDueAt,
      transferredAt: firstHandOver.at,
      finishedAt: dossiers.finishedAt,
      returnedAt: dossiers.returnedAt,
      withdrawnAt: dossiers.withdrawnAt,
      state: dossiers.state,
      timeliness: dossiers.timeliness,
    })
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .innerJoin(handlingUnits, eq(handlingUnits.id, dossiers.handlingUnitId))
    .leftJoin(firstHandOver, eq(firstHandOver.dossierId, dossiers.id))
    .where(
      and(
        eq(dossiers.provinceCode, filter.provinceCode),
        dossierWithinPaths([filter.unitPath]),
        gte(dossiers.receiptDay, filter.from),
        lte(dossiers.receiptDay, filter.to),
        cursor
          ? or(
              sql`${dossiers.receivedAt} > ${cursor.receivedAt}`,
              and(eq(dossiers.receivedAt, cursor.receivedAt), sql`${dossiers.id} > ${cursor.id}`),
            )
          : undefined,
      ),
    )
    .orderBy(asc(dossiers.receivedAt), asc(dossiers.id))
    .limit(limit);
}

export type RegisterRow = Awaited<ReturnType<typeof findRegisterPage>>[number];

const parentUnits = aliasedTable(units, 'parent_units');

/** The body above a desk (e.g. UBND huyện above its one-stop unit), for the forms' header. */
export async function findParentUnitName(db: Queryable, unitId: number): Promise<string | null> {
  const [row] = await db
    .select({ name: parentUnits.name })
    .from(units)
    .innerJoin(parentUnits, eq(parentUnits.id, units.parentId))
    .where(eq(units.id, unitId));
  return row?.name ?? null;
}
