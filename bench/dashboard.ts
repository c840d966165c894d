import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app';
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/database';
import { scoreboardSource } from '../server/modules/dashboard/public-scoreboard.service';
import { seedDemoProvince } from '../server/seed/seed-demo';
import { insertBulkDossiers, loadUnitParams } from './bulk-dossiers';
import { type LatencySummary, measureLatency } from './measure';

/**
 * The steering dashboard's API (issue 5: p95 ≤ 100 ms on PGlite with 1M dossiers): each call
 * the landing page, the league tables and the public scoreboard make, on the demo province
 * with N synthetic 2021 dossiers (bench/bulk-dossiers.ts, rollups built by SQL). In-process
 * (`app.inject`), one request at a time. Nothing here asserts a time.
 *
 *   npm run bench                      # every section, this one included
 *   npx tsx bench/dashboard.ts [--dossiers 1m]   # this section only
 */
const password = 'bench-password-2021';

export async function benchDashboard(
  dossiers: number,
  log: (line: string) => void = console.log,
): Promise<string> {
  const handle = await openDatabase({ databaseUrl: null, dataDir: null });
  try {
    const config = {
      ...readConfig({ CCHC_DEMO_PASSWORD: password }),
      loginRateLimitPerMinute: 1_000_000,
      publicRateLimitPerMinute: 1_000_000,
    };
    await seedDemoProvince(handle.db, config);
    const started = performance.now();
    const unitParams = await loadUnitParams(handle.db, '42');
    for (let first = 1; first <= dossiers; first += 250_000) {
      const count = Math.min(250_000, dossiers - first + 1);
      await handle.db.transaction((tx) =>
        insertBulkDossiers(tx, '42', unitParams, { first, count, year: 2021 }),
      );
    }
    await handle.db.execute(sql`analyze`);
    log(
      `dashboard: ${dossiers} dossiers generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const app = await buildApp({ db: handle.db, dbKind: handle.kind, config });
    await app.ready();
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'snv', password },
    });
    const headers = { authorization: `Bearer ${login.json().token}` };
    const plans = await app.inject({ method: 'GET', url: '/api/plans?year=2021&unit=42', headers });
    const planId = plans.json().items[0].id as number;
    const year = 'from=2021-01-01&to=2021-12-31';
    const calls: Array<[string, string, boolean]> = [
      ['landing: plan targets (2021, province)', `/api/plans/${planId}/targets?period=2021`, true],
      [
        'landing: KPI by quarter',
        `/api/onestop/kpi/series?unit=42&${year}&granularity=quarter`,
        true,
      ],
      [
        "league: KPI of the province's units",
        `/api/onestop/kpi/units?unit=42&${year}&sort=onTimeRate&pageSize=500`,
        true,
      ],
      [
        "league: KPI of Can Lộc's communes",
        `/api/onestop/kpi/units?unit=443&${year}&sort=onTimeRate&pageSize=500`,
        true,
      ],
      [
        "league: plan figures of the province's units",
        `/api/dashboard/plan-units?plan=${planId}&period=2021Q2`,
        true,
      ],
      [
        "league: plan figures of Can Lộc's communes",
        `/api/dashboard/plan-units?plan=${planId}&period=2021Q2&unit=443`,
        true,
      ],
      ['province indices', '/api/province-indices', true],
      ['public scoreboard (cached)', '/api/public/scoreboard?year=2021', false],
    ];
    const rows: Array<[string, LatencySummary]> = [];
    for (const [name, url, signedIn] of calls) {
      const call = async () =>
        (await app.inject({ method: 'GET', url, ...(signedIn ? { headers } : {}) })).statusCode <
        300;
      for (let i = 0; i < 3; i += 1) await call();
      rows.push([`${name} — \`GET ${url.split('?')[0]}\``, await measureLatency(100, call)]);
      log(`dashboard: ${name} done`);
    }
    // A cache miss of the scoreboard: the computation the cache spares for 60 s.
    const context = {
      db: handle.db,
      provinceCode: '42',
      meta: { requestId: 'bench', clientAddress: null },
    };
    rows.push([
      'public scoreboard, cache miss (province, a year)',
      await measureLatency(20, async () => {
        await scoreboardSource.compute(context, { year: 2021 });
        return true;
      }),
    ]);
    await app.close();
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    const ms = (v: number) => v.toFixed(1);
    return [
      '<!-- bench:dashboard -->',
      `## Steering dashboard and public scoreboard (issue 5) — ${new Date().toISOString().slice(0, 10)}`,
      '',
      `Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}; load average before: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}.`,
      `PGlite in memory, demo province with ${dossiers.toLocaleString('en')} synthetic 2021 dossiers; \`app.inject\`, one request at a time, 100 requests each after 3 warm-ups (20 for the cache miss). Goal: p95 ≤ 100 ms.`,
      '',
      '| call | requests | p50 ms | p95 ms | max ms | errors |',
      '|---|---|---|---|---|---|',
      ...rows.map(
        ([name, s]) =>
          `| ${name} | ${s.count} | ${ms(s.p50Ms)} | ${ms(s.p95Ms)} | ${ms(s.maxMs)} | ${s.errors} |`,
      ),
      '<!-- /bench:dashboard -->',
    ].join('\n');
  } finally {
    await handle.close();
  }
}

/** Replaces this section between its markers in BENCHMARKS.md, or appends it. */
export function writeDashboardSection(section: string): void {
  const file = 'BENCHMARKS.md';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const pattern = /<!-- bench:dashboard -->[\s\S]*<!-- \/bench:dashboard -->/;
  writeFileSync(
    file,
    pattern.test(current)
      ? current.replace(pattern, () => section)
      : `${current.trimEnd()}\n\n${section}\n`,
  );
}

/** `--dossiers 1m` (the default), `100k`, `250000`. */
export function dashboardDossierCount(args: string[]): number {
  const at = args.indexOf('--dossiers');
  const text = (at >= 0 ? args[at + 1] : undefined) ?? '1m';
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`not a count: ${text}`);
  const unit = match[2]?.toLowerCase();
  return Math.round(Number(match[1]) * (unit === 'k' ? 1_000 : unit === 'm' ? 1_000_000 : 1));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchDashboard(dashboardDossierCount(process.argv.slice(2)))
    .then((section) => {
      console.log(section);
      writeDashboardSection(section);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
