import type { CurrentUser } from '../../../contracts/auth';
import { type Permission, roleGrants } from '../../../core/auth/roles';

/** True when any of the user's roles grants `permission` somewhere (the server checks the unit). */
export function hasPermission(user: CurrentUser, permission: Permission): boolean {
  return user.roles.some((grant) => roleGrants(grant.role, permission));
}
