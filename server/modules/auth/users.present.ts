import type { User } from '../../../contracts/users';
import type { Role } from '../../../core/auth/roles';
import type { GrantRow, UserRow } from './users.repo';

export function presentUser(user: UserRow, grants: GrantRow[]): User {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    active: user.active,
    lockedUntil:
      user.lockedUntil && user.lockedUntil > new Date() ? user.lockedUntil.toISOString() : null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    roles: grants
      .filter((g) => g.userId === user.id)
      .map((g) => ({ role: g.role as Role, unitCode: g.unitCode, unitName: g.unitName })),
  };
}
