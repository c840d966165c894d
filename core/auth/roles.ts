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
  'dossiers.receive',
  'dossiers.process',
  'dossiers.read',
  'dossiers.import',
  'plans.steer',
  'unit_plans.manage',
  'unit_plans.review',
  'plan_tasks.progress',
  'plan_reports.template',
  'plans.import',
  'periodic_reports.read',
  'periodic_reports.fill',
  'periodic_reports.review',
  'periodic_reports.steer',
  'province_indices.manage',
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
  // The desk receives dossiers (NĐ 61/2018 Art. 5, vn-regulations.md §1); processing officers
  // and the desk move them (hand-over, supplement, result, return). Scope: the subtree of the
  // receiving, handling or current unit (docs/decisions/012-dossiers-and-kpi-rollups.md).
  'dossiers.receive': ['onestop_clerk'],
  'dossiers.process': ['onestop_clerk', 'processing_officer'],
  // Reading dossiers and their KPIs: those who handle them, the unit's head and reform officer
  // who answer for its results, the province's steering and leaders, and the administrator of
  // the subtree (who answers for the data). Personal data stays in the service's scope check.
  'dossiers.read': [
    'onestop_clerk',
    'processing_officer',
    'unit_head',
    'unit_reform_officer',
    'reform_steering',
    'leader',
    'system_admin',
  ],
  // Moving a subtree's history from older one-stop software (issue 4 "Historical import") is a
  // data migration, done by the subtree's administrator who answers for its data.
  'dossiers.import': ['system_admin'],
  // Sở Nội vụ advises UBND tỉnh on CCHC and follows the plan (KH 513/KH-UBND, VI.2.a): it sets
  // the province plan's deadline for unit plans and how progress is followed.
  'plans.steer': ['reform_steering'],
  // A unit's own plan is drafted by its reform officer and signed by its head (target 1); both
  // record it, in their subtree (docs/decisions/011-unit-plans-and-progress.md).
  'unit_plans.manage': ['unit_reform_officer', 'unit_head'],
  // Returning a submitted unit plan is for the level above: Sở Nội vụ, or the head of the unit
  // above (a district's head for its communes); the service checks the scope covers the parent.
  'unit_plans.review': ['reform_steering', 'unit_head'],
  // The lead unit reports a task's progress (KH 513/KH-UBND, VI.2.b: "chủ động triển khai").
  'plan_tasks.progress': ['unit_reform_officer', 'unit_head'],
  // The wording of a unit's official CCHC report (issue 3: "the template is editable by
  // administrators"): the subtree's administrator, and Sở Nội vụ for any unit.
  'plan_reports.template': ['system_admin', 'reform_steering'],
  // A plan of another year, and its annex of key tasks from Excel, are recorded by Sở Nội vụ,
  // which drafts the province plan for UBND tỉnh (KH 513/KH-UBND, VI.2.a).
  'plans.import': ['reform_steering'],
  // Periodic CCHC reports (KH 513/KH-UBND, VI.1 and VI.2.b: "định kỳ hàng quý, 6 tháng, năm"):
  // read in the reader's subtree by those who write, review or follow them
  // (docs/decisions/016-periodic-reports.md).
  'periodic_reports.read': [
    'unit_reform_officer',
    'unit_head',
    'reform_steering',
    'leader',
    'system_admin',
  ],
  // A unit's reform officer fills the report and its head signs it; both may send it.
  'periodic_reports.fill': ['unit_reform_officer', 'unit_head'],
  // The level above returns or approves: Sở Nội vụ, or the reform officer or head of the unit
  // above (a district's for its communes); the service checks the scope covers the parent.
  'periodic_reports.review': ['reform_steering', 'unit_reform_officer', 'unit_head'],
  // Sở Nội vụ sets the forms and their due dates and grants late-sending exceptions (VI.2.a).
  'periodic_reports.steer': ['reform_steering'],
  // Sở Nội vụ follows the province's standing on PAPI, PCI, PAR INDEX, SIPAS and ICT
  // (KH 513/KH-UBND, I.1 and VI.2.a) and records each year's published results (issue 5).
  'province_indices.manage': ['reform_steering'],
};

export function roleGrants(role: Role, permission: Permission): boolean {
  return rolesGranting[permission].includes(role);
}
