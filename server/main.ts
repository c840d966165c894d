import { buildApp } from './app';
import { defaultDemoPassword, readConfig } from './config';
import { openDatabase } from './db/database';
import { runDossierReminders } from './modules/onestop/dossier-reminders.service';
import { createMailTransport, runTaskReminders } from './modules/plans/task-reminders.service';
import { seedDemoProvince } from './seed/seed-demo';

/** Composition root: configuration, database, demo seed, then the HTTP server. */
export async function startServer(): Promise<void> {
  const config = readConfig();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = await buildApp(
    { db: handle.db, dbKind: handle.kind, config },
    {
      serveWeb: true,
      logger: {
        level: config.logLevel,
        // Query strings carry citizens' names and phone digits (dossier search, public lookup):
        // log the path only.
        serializers: {
          req: (request) => ({
            method: request.method,
            path: request.url.split('?')[0],
            requestId: request.id,
          }),
        },
      },
    },
  );
  if (
    await seedDemoProvince(handle.db, {
      ...config,
      syntheticDossiers: config.demoDossiers > 0 && { count: config.demoDossiers },
    })
  ) {
    app.log.info('Đã nạp dữ liệu mẫu tỉnh Hà Tĩnh 2021 (demo data loaded)');
  }
  if (config.demoPasswordIsDefault) {
    app.log.warn(
      `!!! CCHC_DEMO_PASSWORD is not set: demo accounts seeded now use the documented default password "${defaultDemoPassword}". Set it before exposing this server. !!!`,
    );
  }
  // The one-stop reminder sweep (issue 4): at-risk and overdue dossiers, once each; runs are
  // never overlapped, and a failed run is logged and retried at the next tick.
  let sweeping = false;
  const mailTransport = createMailTransport(config.smtp);
  const taskReminderOptions = {
    provinceCode: config.provinceCode,
    mail:
      mailTransport && config.smtp
        ? { transport: mailTransport, from: config.smtp.from, publicUrl: config.publicUrl }
        : null,
  };
  const reminders =
    config.reminderIntervalMinutes > 0
      ? setInterval(() => {
          if (sweeping) return;
          sweeping = true;
          runDossierReminders(handle.db, new Date())
            .then((result) => {
              if (result.notifications > 0) app.log.info(result, 'dossier reminders sent');
            })
            // Plan tasks overdue or without an update for the plan's staleAfterDays (issue 3).
            .then(() => runTaskReminders(handle.db, taskReminderOptions))
            .then((result) => {
              if (result.notified > 0) app.log.info(result, 'plan task reminders sent');
            })
            .catch((error) => app.log.error(error, 'dossier reminder sweep failed'))
            .finally(() => {
              sweeping = false;
            });
        }, config.reminderIntervalMinutes * 60_000)
      : null;
  reminders?.unref();
  const close = async () => {
    if (reminders) clearInterval(reminders);
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  const where =
    handle.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  app.log.info(`cchc đang chạy tại http://localhost:${config.port} — database: ${where}`);
  console.log(`\n  cchc: http://localhost:${config.port}  (API: /api/docs)\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startServer().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
