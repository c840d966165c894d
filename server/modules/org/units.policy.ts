import { canAccessUnit, findPermissionScopes } from '../../../core/auth/access';
import type { Permission } from '../../../core/auth/roles';
import { DomainError } from '../../http/domain-error';
import type { Actor } from '../../http/request-context';

/** Refuses unless the actor holds `permission` over the unit at `unitPath` (its subtree scope). */
export function assertUnitPermission(actor: Actor, permission: Permission, unitPath: string): void {
  if (!canAccessUnit(actor.grants, permission, unitPath)) {
    throw new DomainError(
      findPermissionScopes(actor.grants, permission).length === 0 ? 'forbidden' : 'out_of_scope',
    );
  }
}

/** The subtrees in which the actor holds `permission`; refuses when there are none. */
export function requirePermissionScopes(actor: Actor, permission: Permission): string[] {
  const scopes = findPermissionScopes(actor.grants, permission);
  if (scopes.length === 0) throw new DomainError('forbidden');
  return scopes;
}
