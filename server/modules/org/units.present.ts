import type { Unit, UnitDetail } from '../../../contracts/units';
import type { UnitKind } from '../../../core/org/unit-kind';
import type { UnitListRow } from './units.repo';

export function presentUnit(row: UnitListRow): Unit {
  const { unit } = row;
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    kind: unit.kind as UnitKind,
    typeLabel: unit.typeLabel,
    parentCode: row.parentCode,
    parentName: row.parentName,
    path: unit.path,
    level: unit.level,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    childCount: Number(row.childCount),
  };
}

export function presentUnitDetail(
  row: UnitListRow,
  extra: Pick<UnitDetail, 'ancestors' | 'predecessors' | 'successors'>,
): UnitDetail {
  return { ...presentUnit(row), ...extra };
}
