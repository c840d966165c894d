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
  // Every role that receives or processes dossiers also reads them (core/auth/roles.ts).
  '/mot-cua': 'dossiers.read',
  // '/lich-lam-viec' is absent on purpose: every signed-in user reads the calendar.
};

/** `handle` of a route: the layout shows "no access" instead of a page the roles do not open. */
export interface RouteHandle {
  permission?: Permission;
}
