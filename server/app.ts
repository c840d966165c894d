import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { healthResponseSchema } from '../contracts/health';
import '../contracts/zod-locale';
import type { AppDeps } from './http/app-deps';
import { installErrorHandler, sendError } from './http/error-handler';
import { collectApiRoutes } from './http/route-registry';
import { registerAuditRoutes } from './modules/audit/audit.routes';
import { installAuthentication } from './modules/auth/auth.hook';
import { registerAuthRoutes } from './modules/auth/auth.routes';
import { registerUserRoutes } from './modules/auth/users.routes';
import { registerCalendarRoutes } from './modules/calendar/calendar.routes';
import { registerDashboardRoutes } from './modules/dashboard/dashboard.routes';
import { registerNotificationRoutes } from './modules/notifications/notifications.routes';
import { registerDossierDeskRoutes } from './modules/onestop/dossier-desk.routes';
import { registerDossierFormRoutes } from './modules/onestop/dossier-forms/dossier-forms.routes';
import { registerDossierImportRoutes } from './modules/onestop/dossier-import.routes';
import { registerDossierRoutes } from './modules/onestop/dossiers.routes';
import { registerOnestopKpiRoutes } from './modules/onestop/kpi.routes';
import { registerOnestopKpiAnalyticsRoutes } from './modules/onestop/kpi-analytics.routes';
import { registerProcedureRoutes } from './modules/onestop/procedures.routes';
import { registerPublicDossierRoutes } from './modules/onestop/public-dossiers.routes';
import { registerPublicSubmissionRoutes } from './modules/onestop/public-submissions.routes';
import { registerUnitRoutes } from './modules/org/units.routes';
import { registerPlanRoutes } from './modules/plans/plans.routes';
import { registerPeriodicReportRoutes } from './modules/reports/periodic-reports.routes';

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from `config.webDistDir` when it exists. */
  serveWeb?: boolean;
}

/** Builds the whole app without listening: tests call it in-process (ARCHITECTURE.md). */
export async function buildApp(
  deps: AppDeps,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    requestIdHeader: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  collectApiRoutes(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    cookieKey: 'cchc_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: config.cookieSecure },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5 },
  });
  app.addContentTypeParser(
    ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    { parseAs: 'buffer', bodyLimit: config.uploadLimitBytes },
    (_request, body, done) => done(null, body),
  );

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'cchc API',
        description:
          'API của hệ thống điều hành cải cách hành chính tỉnh. Lỗi: { error: { code, message, details } }.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'cchc_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  installAuthentication(app, deps);

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Tình trạng dịch vụ',
        response: { 200: healthResponseSchema },
      },
    },
    async () => ({ status: 'ok' as const, database: deps.dbKind }),
  );
  r.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  registerAuthRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerUnitRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerPeriodicReportRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerDossierDeskRoutes(app, deps);
  registerPublicSubmissionRoutes(app, deps);
  registerDashboardRoutes(app, deps);
  registerDossierImportRoutes(app, deps);
  registerDossierRoutes(app, deps);
  registerDossierFormRoutes(app, deps);
  registerPublicDossierRoutes(app, deps);
  registerOnestopKpiRoutes(app, deps);
  registerOnestopKpiAnalyticsRoutes(app, deps);
  registerProcedureRoutes(app, deps);
  registerPlanRoutes(app, deps);
  registerCalendarRoutes(app, deps);

  const webServed = options.serveWeb ? await serveWebApp(app, config.webDistDir) : false;
  app.setNotFoundHandler((request, reply) => {
    if (webServed && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendError(reply, 'not_found', { path: request.url.split('?')[0] });
  });
  return app;
}

/** The SPA's static assets; any other non-API GET gets index.html so deep links work. */
async function serveWebApp(app: FastifyInstance, webDistDir: string): Promise<boolean> {
  if (!existsSync(path.join(webDistDir, 'index.html'))) {
    app.log.warn({ webDistDir }, 'web app is not built; only the API is served');
    return false;
  }
  await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: ['index.html'] });
  return true;
}
