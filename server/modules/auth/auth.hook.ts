import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../http/app-deps';
import { sendError } from '../../http/error-handler';
import { authenticateToken } from './auth.service';

export const sessionCookieName = 'cchc_session';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function readToken(request: FastifyRequest): { token: string; via: 'cookie' | 'bearer' } | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), via: 'bearer' };
  const cookie = request.cookies[sessionCookieName];
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/**
 * Every /api route needs a live session unless its config says `access: 'public'`. Cookie
 * sessions must also carry the CSRF token on writes; bearer tokens cannot be sent by another
 * site's form, so they need none.
 */
export function installAuthentication(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('authVia', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const routeUrl = request.routeOptions.url;
    if (!routeUrl?.startsWith('/api/')) return;
    const found = readToken(request);
    // The documentation pages are registered by @fastify/swagger-ui, which takes no route config.
    if (request.routeOptions.config.access === 'public' || routeUrl.startsWith('/api/docs')) return;
    if (!found) return sendError(reply, 'unauthenticated');
    const actor = await authenticateToken(deps.db, found.token);
    if (!actor) {
      if (found.via === 'cookie') reply.clearCookie(sessionCookieName, { path: '/' });
      return sendError(reply, 'session_expired');
    }
    request.actor = actor;
    request.authVia = found.via;
    if (found.via === 'cookie' && !safeMethods.has(request.method)) {
      let passed = false;
      app.csrfProtection(request, reply, () => {
        passed = true;
      });
      if (!passed) return reply;
    }
  });
}
