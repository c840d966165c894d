import type { RoleGrant } from '../../core/auth/access';
import type { Database } from '../db/database';

/** Who is acting, as every service sees it. */
export interface Actor {
  userId: number;
  username: string;
  grants: Array<RoleGrant & { unitId: number; unitCode: string; unitName: string }>;
  sessionTokenHash: string;
}

/** Where a request came from, recorded with every audit entry. */
export interface RequestMeta {
  requestId: string;
  clientAddress: string | null;
}

export type RouteAccess = 'public' | 'authenticated';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    authVia: 'cookie' | 'bearer' | null;
  }
  interface FastifyContextConfig {
    /** Who may call the route at all; finer scope checks happen in the service. */
    access?: RouteAccess;
  }
}

export function readRequestMeta(request: { id: string; ip: string }): RequestMeta {
  return { requestId: request.id, clientAddress: request.ip ?? null };
}

/** What a service call needs besides its input. */
export interface ServiceContext {
  db: Database;
  provinceCode: string;
  actor: Actor;
  meta: RequestMeta;
}
