import { createHash, randomBytes } from 'node:crypto';
import type { CurrentUser } from '../../../contracts/auth';
import type { Role } from '../../../core/auth/roles';
import type { Database } from '../../db/database';
import { DomainError } from '../../http/domain-error';
import type { Actor, RequestMeta } from '../../http/request-context';
import { type AuditContext, recordAudit } from '../audit/audit.service';
import { hashPassword, spendVerificationTime, verifyPassword } from './password';
import * as sessionsRepo from './sessions.repo';
import * as usersRepo from './users.repo';

export interface AuthSettings {
  provinceCode: string;
  sessionTtlHours: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Loads the roles of a user with their units, as the actor every service sees. */
export async function loadActor(
  db: Database,
  userId: number,
  username: string,
  tokenHash: string,
): Promise<Actor> {
  const grants = await usersRepo.findGrantsOfUsers(db, [userId]);
  return {
    userId,
    username,
    sessionTokenHash: tokenHash,
    grants: grants.map((g) => ({
      role: g.role as Role,
      unitPath: g.unitPath,
      unitId: g.unitId,
      unitCode: g.unitCode,
      unitName: g.unitName,
    })),
  };
}

export function describeCurrentUser(
  actor: Actor,
  user: { fullName: string; mustChangePassword: boolean },
): CurrentUser {
  return {
    id: actor.userId,
    username: actor.username,
    fullName: user.fullName,
    mustChangePassword: user.mustChangePassword,
    roles: actor.grants.map((g) => ({ role: g.role, unitCode: g.unitCode, unitName: g.unitName })),
  };
}

/** The unit an auth event is filed under, so a unit administrator sees the sign-ins of the unit. */
async function findHomeUnit(db: Database, userId: number) {
  const [first] = await usersRepo.findGrantsOfUsers(db, [userId]);
  return first ? { id: first.unitId, path: first.unitPath } : null;
}

/**
 * Signs in. Wrong passwords count towards a temporary lockout; every attempt is audited in its
 * own transaction, so a refused sign-in still leaves its trace.
 */
export async function login(
  db: Database,
  settings: AuthSettings,
  meta: RequestMeta & { userAgent: string | null },
  input: { username: string; password: string },
  now = new Date(),
) {
  const username = input.username.toLowerCase();
  const audit: AuditContext = {
    provinceCode: settings.provinceCode,
    actor: null,
    attemptedUsername: username,
    meta,
  };
  const user = await usersRepo.findUserByUsername(db, username);
  if (!user) {
    await spendVerificationTime(input.password);
    await db.transaction((tx) =>
      recordAudit(tx, audit, {
        action: 'auth.login_failed',
        entityType: 'user',
        after: { reason: 'unknown_user' },
      }),
    );
    throw new DomainError('invalid_credentials');
  }
  const unit = await findHomeUnit(db, user.id);
  const userAudit: AuditContext = { ...audit, actor: { userId: user.id, username: user.username } };
  if (user.lockedUntil && user.lockedUntil > now) {
    await db.transaction((tx) =>
      recordAudit(tx, userAudit, {
        action: 'auth.login_refused_locked',
        entityType: 'user',
        entityId: user.id,
        unit,
      }),
    );
    throw new DomainError('account_locked', { lockedUntil: user.lockedUntil.toISOString() });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedLoginCount + 1;
    const locks = failures >= settings.lockoutThreshold;
    const lockedUntil = locks ? new Date(now.getTime() + settings.lockoutMinutes * 60_000) : null;
    await db.transaction(async (tx) => {
      await usersRepo.updateUser(tx, user.id, {
        failedLoginCount: locks ? 0 : failures,
        lockedUntil,
      });
      await recordAudit(tx, userAudit, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        unit,
        after: { reason: 'wrong_password', failures },
      });
      if (locks) {
        await recordAudit(tx, userAudit, {
          action: 'auth.account_locked',
          entityType: 'user',
          entityId: user.id,
          unit,
          after: { lockedUntil },
        });
      }
    });
    if (locks) throw new DomainError('account_locked', { lockedUntil: lockedUntil?.toISOString() });
    throw new DomainError('invalid_credentials');
  }
  if (!user.active) {
    await db.transaction((tx) =>
      recordAudit(tx, userAudit, {
        action: 'auth.login_refused_disabled',
        entityType: 'user',
        entityId: user.id,
        unit,
      }),
    );
    throw new DomainError('account_disabled');
  }
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashSessionToken(token);
  const expiresAt = new Date(now.getTime() + settings.sessionTtlHours * 3600_000);
  await db.transaction(async (tx) => {
    await sessionsRepo.insertSession(tx, {
      tokenHash,
      userId: user.id,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      clientAddress: meta.clientAddress,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await usersRepo.updateUser(tx, user.id, {
      failedLoginCount: 0,
      lockedUntil: null,
      lastLoginAt: now,
    });
    await recordAudit(tx, userAudit, {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      unit,
    });
  });
  const actor = await loadActor(db, user.id, user.username, tokenHash);
  return { token, expiresAt, user: describeCurrentUser(actor, user) };
}

/** Resolves a session token to its actor, or null when it is unknown, revoked or expired. */
export async function authenticateToken(
  db: Database,
  token: string,
  now = new Date(),
): Promise<Actor | null> {
  const tokenHash = hashSessionToken(token);
  const session = await sessionsRepo.findLiveSession(db, tokenHash, now);
  if (!session?.active) return null;
  // Refresh the last-seen mark at most every five minutes: reads should not all write.
  if (now.getTime() - session.lastSeenAt.getTime() > 5 * 60_000) {
    await sessionsRepo.touchSession(db, tokenHash, now);
  }
  return loadActor(db, session.userId, session.username, tokenHash);
}

export async function getCurrentUser(db: Database, actor: Actor): Promise<CurrentUser> {
  const user = await usersRepo.findUserById(db, actor.userId);
  if (!user) throw new DomainError('unauthenticated');
  return describeCurrentUser(actor, user);
}

export async function logout(db: Database, audit: AuditContext & { actor: Actor }): Promise<void> {
  await db.transaction(async (tx) => {
    await sessionsRepo.revokeSession(tx, audit.actor.sessionTokenHash, new Date());
    await recordAudit(tx, audit, {
      action: 'auth.logout',
      entityType: 'user',
      entityId: audit.actor.userId,
    });
  });
}

/** Changing the password ends every other session of the user. */
export async function changePassword(
  db: Database,
  audit: AuditContext & { actor: Actor },
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await usersRepo.findUserById(db, audit.actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError('wrong_current_password', [
      { path: 'body.currentPassword', message: 'Mật khẩu hiện tại không đúng' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date();
  await db.transaction(async (tx) => {
    await usersRepo.updateUser(tx, user.id, {
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: false,
    });
    await sessionsRepo.revokeUserSessions(tx, user.id, now, audit.actor.sessionTokenHash);
    await recordAudit(tx, audit, {
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
