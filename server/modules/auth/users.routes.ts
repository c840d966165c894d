import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { okResponseSchema } from '../../../contracts/auth';
import {
  createUserBodySchema,
  listUsersQuerySchema,
  resetPasswordBodySchema,
  setUserRolesBodySchema,
  updateUserBodySchema,
  userIdParamsSchema,
  userListSchema,
  userSchema,
} from '../../../contracts/users';
import { type AppDeps, buildServiceContext } from '../../http/app-deps';
import { writeErrors } from '../../http/error-responses';
import {
  createUser,
  getUser,
  listUsers,
  resetPassword,
  setUserRoles,
  updateUser,
} from './users.service';

const errors = writeErrors;

export function registerUserRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  r.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Danh sách người dùng trong phạm vi quản trị',
        querystring: listUsersQuerySchema,
        response: { 200: userListSchema, ...errors },
      },
    },
    (request) => listUsers(buildServiceContext(deps, request), request.query),
  );

  r.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Tạo người dùng',
        body: createUserBodySchema,
        response: { 201: userSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(buildServiceContext(deps, request), request.body)),
  );

  r.get(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết người dùng',
        params: userIdParamsSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    (request) => getUser(buildServiceContext(deps, request), request.params.id),
  );

  r.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Sửa, khoá/mở khoá người dùng',
        params: userIdParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userSchema, ...errors },
      },
    },
    (request) => updateUser(buildServiceContext(deps, request), request.params.id, request.body),
  );

  r.put(
    '/api/users/:id/roles',
    {
      schema: {
        tags,
        summary: 'Đặt vai trò và đơn vị của người dùng',
        params: userIdParamsSchema,
        body: setUserRolesBodySchema,
        response: { 200: userSchema, ...errors },
      },
    },
    (request) => setUserRoles(buildServiceContext(deps, request), request.params.id, request.body),
  );

  r.post(
    '/api/users/:id/password',
    {
      schema: {
        tags,
        summary: 'Đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)',
        params: userIdParamsSchema,
        body: resetPasswordBodySchema,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => {
      await resetPassword(
        buildServiceContext(deps, request),
        request.params.id,
        request.body.newPassword,
      );
      return { ok: true as const };
    },
  );
}
