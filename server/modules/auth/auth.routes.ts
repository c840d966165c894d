import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  changePasswordBodySchema,
  loginBodySchema,
  loginResponseSchema,
  meResponseSchema,
  okResponseSchema,
} from '../../../contracts/auth';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { errorResponses } from '../../http/error-responses';
import { readRequestMeta } from '../../http/request-context';
import { sessionCookieName } from './auth.hook';
import { changePassword, getCurrentUser, login, logout } from './auth.service';

const errors = errorResponses(400, 401, 403);

export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { config } = deps;

  r.post(
    '/api/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập: đặt cookie phiên (HttpOnly, SameSite) và trả token cho ứng dụng khác',
        body: loginBodySchema,
        response: {
          200: loginResponseSchema,
          ...errors,
          ...errorResponses(423, 429),
        },
      },
    },
    async (request, reply) => {
      const result = await login(
        deps.db,
        config,
        { ...readRequestMeta(request), userAgent: request.headers['user-agent'] ?? null },
        request.body,
      );
      reply.setCookie(sessionCookieName, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: config.cookieSecure,
        expires: result.expiresAt,
      });
      return {
        ...result,
        expiresAt: result.expiresAt.toISOString(),
        csrfToken: reply.generateCsrf(),
      };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đăng xuất',
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request, reply: FastifyReply) => {
      const ctx = buildServiceContext(deps, request);
      await logout(deps.db, ctx);
      reply.clearCookie(sessionCookieName, { path: '/' });
      return { ok: true as const };
    },
  );

  r.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Người dùng hiện tại và mã CSRF',
        response: { 200: meResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = buildServiceContext(deps, request);
      return { user: await getCurrentUser(deps.db, ctx.actor), csrfToken: reply.generateCsrf() };
    },
  );

  r.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu (kết thúc các phiên khác)',
        body: changePasswordBodySchema,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => {
      await changePassword(deps.db, buildServiceContext(deps, request), request.body);
      return { ok: true as const };
    },
  );
}
