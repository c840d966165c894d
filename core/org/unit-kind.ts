/** Kinds of node in the organisation tree (GLOSSARY.md). */
export const unitKinds = [
  'province',
  'department',
  'central_agency',
  'service_centre',
  'district',
  'commune',
] as const;

export type UnitKind = (typeof unitKinds)[number];

export const unitKindLabels: Record<UnitKind, string> = {
  province: 'Tỉnh',
  department: 'Sở, ban, ngành',
  central_agency: 'Cơ quan Trung ương trên địa bàn',
  service_centre: 'Trung tâm Phục vụ Hành chính công',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

/** Which kinds may sit directly under which: keeps imports and edits from building a nonsense tree. */
export const allowedParentKinds: Record<UnitKind, readonly UnitKind[]> = {
  province: [],
  department: ['province'],
  central_agency: ['province'],
  service_centre: ['province', 'department', 'district', 'commune'],
  district: ['province'],
  commune: ['district', 'province'],
};

export function canHaveParent(kind: UnitKind, parentKind: UnitKind | null): boolean {
  if (parentKind === null) return kind === 'province';
  return allowedParentKinds[kind].includes(parentKind);
}
