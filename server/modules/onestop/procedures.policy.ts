import { canAccessUnit, findPermissionScopes } from '../../../core/auth/access';
import { DomainError } from '../../http/domain-error';
import type { Actor } from '../../http/request-context';

/**
 * A procedure is managed only by someone who holds `procedures.manage` over every agency that
 * handles it: a district administrator edits a procedure of the district alone, not one that
 * every district (or a department) also handles.
 */
export function canManageAgencies(actor: Actor, agencyPaths: readonly string[]): boolean {
  return agencyPaths.every((path) => canAccessUnit(actor.grants, 'procedures.manage', path));
}

export function assertCanManageAgencies(actor: Actor, agencyPaths: readonly string[]): void {
  if (canManageAgencies(actor, agencyPaths)) return;
  throw new DomainError(
    findPermissionScopes(actor.grants, 'procedures.manage').length === 0
      ? 'forbidden'
      : 'out_of_scope',
  );
}

/** Where the actor may manage procedures; drafts are visible only within them. */
export function findManageScopes(actor: Actor): string[] {
  return findPermissionScopes(actor.grants, 'procedures.manage');
}
