import { isPathWithin } from '../org/unit-path';
import { type Permission, type Role, roleGrants } from './roles';

export interface RoleGrant {
  role: Role;
  unitPath: string;
}

/** True when one of the grants gives `permission` over a unit at `unitPath`. */
export function canAccessUnit(
  grants: readonly RoleGrant[],
  permission: Permission,
  unitPath: string,
): boolean {
  return grants.some((g) => roleGrants(g.role, permission) && isPathWithin(unitPath, g.unitPath));
}

/**
 * The subtrees in which `permission` holds, without nested duplicates: a query filters by
 * `path LIKE any(scopes)`. An empty list means no access at all.
 */
export function findPermissionScopes(
  grants: readonly RoleGrant[],
  permission: Permission,
): string[] {
  const paths = grants.filter((g) => roleGrants(g.role, permission)).map((g) => g.unitPath);
  return [...new Set(paths)].filter(
    (p) => !paths.some((other) => other !== p && isPathWithin(p, other)),
  );
}
