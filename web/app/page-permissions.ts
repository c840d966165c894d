import type { Permission } from '../../core/auth/roles';

/**
 * Which permission opens which page. The router (route handles) and the side menu both read it,
 * so the menu never offers a page that would answer "no access". Pages absent here are open to
 * every signed-in user.
 */
export const pagePermissions: Readonly<Record<string, Permission>> = {
  '/don-vi': 'units.read',
  '/nguoi-dung': 'users.read',
  '/nhat-ky': 'audit.read',
  '/thu-tuc': 'procedures.read',
  '/ke-hoach': 'plans.read',
  // The tasks the reader's units lead: for those who report task progress (officers, heads).
  '/viec-cua-toi': 'plan_tasks.progress',
  // Every role that receives or processes dossiers also reads them (core/auth/roles.ts).
  '/mot-cua': 'dossiers.read',
  // KPIs need the same read permission as GET /api/onestop/kpi (its subtree).
  '/mot-cua/chi-so': 'dossiers.read',
  // League tables rank units on one-stop KPIs: the same read permission, each table narrowed to
  // the reader's subtree by the server (issue 5). '/chi-so-tinh' is open to every signed-in user.
  '/dieu-hanh': 'dossiers.read',
  // Periodic reports: the inbox, a report, the completeness matrix, each narrowed to the
  // reader's subtree by the server (docs/decisions/016).
  '/bao-cao': 'periodic_reports.read',
  '/bao-cao/:id': 'periodic_reports.read',
  // '/lich-lam-viec' is absent on purpose: every signed-in user reads the calendar.
};

/** `handle` of a route: the layout shows "no access" instead of a page the roles do not open. */
export interface RouteHandle {
  permission?: Permission;
}
