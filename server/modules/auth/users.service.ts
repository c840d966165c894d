import type { z } from 'zod';
import { newPasswordSchema } from '../../../contracts/auth';
import type { Paged } from '../../../contracts/common';
import type {
  createUserBodySchema,
  listUsersQuerySchema,
  setUserRolesBodySchema,
  User,
  updateUserBodySchema,
} from '../../../contracts/users';
import { canAccessUnit } from '../../../core/auth/access';
import { provinceWideRoles, type Role } from '../../../core/auth/roles';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import type { Queryable } from '../../db/database';
import { isUniqueViolation } from '../../db/unique-violation';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import { hashPassword } from './password';
import * as sessionsRepo from './sessions.repo';
import { presentUser } from './users.present';
import * as repo from './users.repo';

type ListUsersQuery = z.output<typeof listUsersQuerySchema>;

export async function listUsers(ctx: ServiceContext, query: ListUsersQuery): Promise<Paged<User>> {
  const scopes = requirePermissionScopes(ctx.actor, 'users.read');
  const unit = query.unit ? await resolveUnit(ctx.db, ctx.provinceCode, query.unit) : null;
  const { rows, total } = await repo.findUsers(
    ctx.db,
    {
      scopes,
      searchText: query.search ? normalizeSearchText(query.search) : undefined,
      unitPath: unit?.path,
      role: query.role,
      active: query.active,
    },
    { offset: (query.page - 1) * query.pageSize, limit: query.pageSize, sort: query.sort },
  );
  const grants = await repo.findGrantsOfUsers(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentUser(r, grants)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * A user is managed only by an administrator whose scope covers every role the user holds:
 * a district administrator cannot disable a provincial account that also works in the district.
 */
async function findManagedUser(
  db: Queryable,
  ctx: ServiceContext,
  id: number,
  permission: 'users.read' | 'users.manage',
) {
  requirePermissionScopes(ctx.actor, permission);
  const user = await repo.findUserById(db, id);
  if (!user) throw new DomainError('user_not_found', { id });
  const grants = await repo.findGrantsOfUsers(db, [id]);
  const covers = (path: string) => canAccessUnit(ctx.actor.grants, permission, path);
  const visible =
    permission === 'users.read'
      ? grants.some((g) => covers(g.unitPath))
      : grants.every((g) => covers(g.unitPath));
  if (!visible) {
    // Outside the scope a user does not exist, so ids cannot be probed.
    throw new DomainError('user_not_found', { id });
  }
  return { user, grants };
}

export async function getUser(ctx: ServiceContext, id: number): Promise<User> {
  const { user, grants } = await findManagedUser(ctx.db, ctx, id, 'users.read');
  return presentUser(user, grants);
}

async function resolveRoleAssignments(
  db: Queryable,
  ctx: ServiceContext,
  roles: Array<{ role: Role; unitCode: string }>,
) {
  const resolved = [];
  for (const [index, assignment] of roles.entries()) {
    const unit = await resolveUnit(db, ctx.provinceCode, assignment.unitCode);
    if (unit.validTo !== null) throw new DomainError('unit_closed', { code: unit.code, index });
    if (provinceWideRoles.includes(assignment.role) && unit.kind !== 'province') {
      throw new DomainError('role_requires_province', { role: assignment.role, index });
    }
    if (!canAccessUnit(ctx.actor.grants, 'users.manage', unit.path)) {
      throw new DomainError('out_of_scope', { unitCode: unit.code, index });
    }
    resolved.push({ role: assignment.role, unitId: unit.id });
  }
  return resolved;
}

function assertStrongPassword(password: string): void {
  const check = newPasswordSchema.safeParse(password);
  if (!check.success)
    throw new DomainError('weak_password', [
      { path: 'body.password', message: check.error.issues[0]?.message },
    ]);
}

export async function createUser(
  ctx: ServiceContext,
  body: z.output<typeof createUserBodySchema>,
): Promise<User> {
  requirePermissionScopes(ctx.actor, 'users.manage');
  assertStrongPassword(body.password);
  const passwordHash = await hashPassword(body.password);
  const id = await ctx.db.transaction(async (tx) => {
    const grants = await resolveRoleAssignments(tx, ctx, body.roles);
    let user: repo.UserRow;
    try {
      user = await repo.insertUser(tx, {
        provinceCode: ctx.provinceCode,
        username: body.username,
        fullName: body.fullName,
        email: body.email ?? null,
        searchText: normalizeSearchText(`${body.username} ${body.fullName}`),
        passwordHash,
        mustChangePassword: true,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_username_key'))
        throw new DomainError('username_taken', { username: body.username });
      throw error;
    }
    await repo.replaceUserRoles(tx, user.id, grants);
    const unit = await findUnitOfFirstGrant(tx, user.id);
    await recordAudit(tx, ctx, {
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      unit,
      after: { ...withoutSecrets(user), roles: body.roles },
    });
    return user.id;
  });
  return getUser(ctx, id);
}

export async function updateUser(
  ctx: ServiceContext,
  id: number,
  body: z.output<typeof updateUserBodySchema>,
): Promise<User> {
  if (body.active === false && id === ctx.actor.userId)
    throw new DomainError('cannot_disable_self');
  await ctx.db.transaction(async (tx) => {
    const { user: before } = await findManagedUser(tx, ctx, id, 'users.manage');
    const fullName = body.fullName ?? before.fullName;
    const after = await repo.updateUser(tx, id, {
      fullName,
      email: body.email === undefined ? before.email : body.email,
      active: body.active ?? before.active,
      searchText: normalizeSearchText(`${before.username} ${fullName}`),
      ...(body.unlock ? { lockedUntil: null, failedLoginCount: 0 } : {}),
    });
    if (body.active === false) await sessionsRepo.revokeUserSessions(tx, id, new Date());
    const unit = await findUnitOfFirstGrant(tx, id);
    await recordAudit(tx, ctx, {
      action: body.unlock ? 'user.unlocked' : 'user.updated',
      entityType: 'user',
      entityId: id,
      unit,
      before: withoutSecrets(before),
      after: withoutSecrets(after),
    });
  });
  return getUser(ctx, id);
}

export async function setUserRoles(
  ctx: ServiceContext,
  id: number,
  body: z.output<typeof setUserRolesBodySchema>,
): Promise<User> {
  await ctx.db.transaction(async (tx) => {
    const { grants: before } = await findManagedUser(tx, ctx, id, 'users.manage');
    const grants = await resolveRoleAssignments(tx, ctx, body.roles);
    await repo.replaceUserRoles(tx, id, grants);
    const unit = await findUnitOfFirstGrant(tx, id);
    await recordAudit(tx, ctx, {
      action: 'user.roles_changed',
      entityType: 'user',
      entityId: id,
      unit,
      before: before.map((g) => ({ role: g.role, unitCode: g.unitCode })),
      after: body.roles,
    });
  });
  return getUser(ctx, id);
}

/** An administrator's reset: the user must choose a new password at next sign-in. */
export async function resetPassword(
  ctx: ServiceContext,
  id: number,
  newPassword: string,
): Promise<void> {
  assertStrongPassword(newPassword);
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await findManagedUser(tx, ctx, id, 'users.manage');
    const now = new Date();
    await repo.updateUser(tx, id, {
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: true,
      lockedUntil: null,
      failedLoginCount: 0,
    });
    await sessionsRepo.revokeUserSessions(tx, id, now);
    const unit = await findUnitOfFirstGrant(tx, id);
    await recordAudit(tx, ctx, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      unit,
    });
  });
}

async function findUnitOfFirstGrant(db: Queryable, userId: number) {
  const [first] = await repo.findGrantsOfUsers(db, [userId]);
  return first ? { id: first.unitId, path: first.unitPath } : null;
}

function withoutSecrets(user: repo.UserRow) {
  const { passwordHash: _hash, searchText: _search, ...rest } = user;
  return rest;
}
