/** Roles a user holds in a unit (issue 2); each applies to that unit's subtree. */
export const roles = [
  'system_admin',
  'reform_steering',
  'unit_reform_officer',
  'unit_head',
  'onestop_clerk',
  'processing_officer',
  'leader',
] as const;

export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  system_admin: 'Quản trị hệ thống',
  reform_steering: 'Chỉ đạo CCHC (Sở Nội vụ)',
  unit_reform_officer: 'Cán bộ CCHC của đơn vị',
  unit_head: 'Thủ trưởng đơn vị',
  onestop_clerk: 'Cán bộ một cửa',
  processing_officer: 'Cán bộ xử lý hồ sơ',
  leader: 'Lãnh đạo tỉnh (chỉ xem)',
};

/** Roles that only make sense province-wide: granting them below the province is refused. */
export const provinceWideRoles: readonly Role[] = ['reform_steering', 'leader'];

export const permissions = [
  'units.read',
  'units.manage',
  'users.read',
  'users.manage',
  'audit.read',
  'plans.read',
  'calendar.manage',
  'procedures.read',
  'procedures.manage',
] as const;

export type Permission = (typeof permissions)[number];

const everyone: readonly Role[] = roles;

/** Which roles grant which permission. Later modules add their permissions here. */
export const rolesGranting: Record<Permission, readonly Role[]> = {
  'units.read': everyone,
  'units.manage': ['system_admin'],
  'users.read': ['system_admin'],
  'users.manage': ['system_admin'],
  'audit.read': ['system_admin'],
  // The province plan is the shared frame every unit works from (KH 513/KH-UBND, VI.1):
  // every role reads it; unit plans are narrowed to the unit's subtree in the service.
  'plans.read': everyone,
  // Held by every system administrator, but the calendar service accepts it only at the
  // province root: holidays and working hours are one setting for the whole province.
  'calendar.manage': ['system_admin'],
  // Procedures are published to citizens (NĐ 63/2010 on the control of procedures), so every
  // signed-in user reads the published catalogue; drafts only those who may manage them
  // (docs/decisions/010-procedure-catalogue.md).
  'procedures.read': everyone,
  'procedures.manage': ['system_admin'],
};

export function roleGrants(role: Role, permission: Permission): boolean {
  return rolesGranting[permission].includes(role);
}
