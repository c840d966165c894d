import path from 'node:path';

/** The only reader of process.env (ARCHITECTURE.md). */
export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  provinceCode: string;
  demoPassword: string;
  demoPasswordIsDefault: boolean;
  /** Synthetic 2021 dossiers seeded with the demo on an empty database; 0 seeds none. */
  demoDossiers: number;
  sessionTtlHours: number;
  cookieSecure: boolean;
  loginRateLimitPerMinute: number;
  /** Per client address, for the public calendar look-ups (due date, non-working days). */
  publicRateLimitPerMinute: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  webDistDir: string;
  logLevel: string;
  trustProxy: boolean;
  /** Base of links printed for citizens, e.g. the QR code of Mẫu 01 to the public lookup. */
  publicUrl: string;
  /** Largest evidence file of a task progress update (at most `uploadLimitBytes`). */
  evidenceMaxBytes: number;
  /** Outgoing mail for reminders; null (the default) sends none and keeps them in the app. */
  smtp: SmtpConfig | null;
  /** Minutes between runs of the one-stop reminder sweep in the server; 0 turns it off. */
  reminderIntervalMinutes: number;
}

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

/** Documented in README.md; the log warns loudly whenever it is in use. */
export const defaultDemoPassword = 'cchc-demo-2021';

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const demoPassword = env.CCHC_DEMO_PASSWORD;
  const port = readInteger(env.PORT, 3000);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(env.CCHC_DATA_DIR ?? './data'),
    provinceCode: '42',
    demoPassword: demoPassword || defaultDemoPassword,
    demoPasswordIsDefault: !demoPassword,
    demoDossiers: readInteger(env.CCHC_DEMO_DOSSIERS, 30_000),
    sessionTtlHours: readInteger(env.CCHC_SESSION_TTL_HOURS, 12),
    cookieSecure: env.CCHC_COOKIE_SECURE === 'true',
    loginRateLimitPerMinute: readInteger(env.CCHC_LOGIN_RATE_LIMIT, 20),
    publicRateLimitPerMinute: readInteger(env.CCHC_PUBLIC_RATE_LIMIT, 120),
    lockoutThreshold: readInteger(env.CCHC_LOCKOUT_THRESHOLD, 5),
    lockoutMinutes: readInteger(env.CCHC_LOCKOUT_MINUTES, 15),
    bodyLimitBytes: 1024 * 1024,
    uploadLimitBytes: 5 * 1024 * 1024,
    webDistDir: path.resolve(env.CCHC_WEB_DIST ?? './dist/web'),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.CCHC_TRUST_PROXY === 'true',
    publicUrl: (env.CCHC_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    evidenceMaxBytes: Math.min(
      readInteger(env.CCHC_EVIDENCE_MAX_BYTES, 5 * 1024 * 1024),
      5 * 1024 * 1024,
    ),
    smtp: readSmtp(env),
    reminderIntervalMinutes: readInteger(env.CCHC_REMINDER_INTERVAL_MINUTES, 15),
  };
}

function readInteger(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number.parseInt(value, 10);
  if (!Number.isFinite(parsed)) throw new Error(`Not an integer: ${value}`);
  return parsed;
}

/** SMTP is off unless CCHC_SMTP_HOST is set (reminders then also go by e-mail). */
function readSmtp(env: NodeJS.ProcessEnv): SmtpConfig | null {
  if (!env.CCHC_SMTP_HOST) return null;
  const port = readInteger(env.CCHC_SMTP_PORT, 587);
  return {
    host: env.CCHC_SMTP_HOST,
    port,
    secure: env.CCHC_SMTP_SECURE ? env.CCHC_SMTP_SECURE === 'true' : port === 465,
    user: env.CCHC_SMTP_USER || null,
    password: env.CCHC_SMTP_PASSWORD || null,
    from: env.CCHC_SMTP_FROM || 'cchc <no-reply@localhost>',
  };
}
