import type { ExportProceduresQuery } from '../../../contracts/procedures';
import { writeSheet } from '../../files/tabular-file';
import type { ServiceContext } from '../../http/request-context';
import { procedureSheetColumns, type UnitCodesByKind, writeProcedureRow } from './procedure-sheet';
import { inputOfStored, loadUnitIndex, type UnitIndex } from './procedure-store';
import * as repo from './procedures.repo';
import { buildProcedureFilter } from './procedures.service';

export const procedureSheetName = 'Thủ tục hành chính';

/** Codes of the open districts and communes, which `Tất cả cấp huyện/xã` stand for. */
export function unitCodesByKind(unitIndex: UnitIndex): UnitCodesByKind {
  const codesOf = (kind: string) =>
    [...unitIndex.values()].filter((u) => u.kind === kind).map((u) => u.code);
  return { district: codesOf('district'), commune: codesOf('commune') };
}

/** The procedures in force that the actor sees, one row each (an .xlsx the import reads back). */
export async function exportProcedures(
  ctx: ServiceContext,
  query: ExportProceduresQuery,
): Promise<Buffer> {
  const filter = await buildProcedureFilter(ctx, query);
  const { rows } = await repo.findProcedures(ctx.db, filter, {
    offset: 0,
    limit: null,
    sort: query.sort,
  });
  const ids = rows.map((r) => r.procedure.id);
  const [agencies, steps, unitIndex] = await Promise.all([
    repo.findAgenciesOf(ctx.db, ids),
    repo.findStepsOf(ctx.db, ids),
    loadUnitIndex(ctx.db, ctx.provinceCode),
  ]);
  const byKind = unitCodesByKind(unitIndex);
  const agenciesOf = groupByProcedure(agencies);
  const stepsOf = groupByProcedure(steps);
  const sheetRows = rows.map(({ procedure }) =>
    writeProcedureRow(
      {
        input: inputOfStored(
          procedure,
          agenciesOf.get(procedure.id) ?? [],
          stepsOf.get(procedure.id) ?? [],
        ),
        published: procedure.status === 'published',
      },
      byKind,
    ),
  );
  return writeSheet(
    procedureSheetName,
    procedureSheetColumns.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    sheetRows,
    { wrapText: true },
  );
}

export function groupByProcedure<T extends { procedureId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.procedureId);
    if (group) group.push(row);
    else groups.set(row.procedureId, [row]);
  }
  return groups;
}
