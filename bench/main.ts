import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { buildApp } from '../server/app';
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/database';
import { seedDemoProvince } from '../server/seed/seed-demo';
import { benchDashboard, dashboardDossierCount } from './dashboard';
import { measureLatency, measureThroughput } from './measure';
import {
  benchOnestopEngine,
  formatOnestopSection,
  type OnestopBenchOptions,
  parseCount,
} from './onestop-kpi';

/** PostgreSQL server for the benchmark (a database of its own is created on it and dropped). */
const benchDatabaseUrl =
  process.env.CCHC_BENCH_DATABASE_URL ?? process.env.BENCH_DATABASE_URL ?? null;

/**
 * `npm run bench`: measures the foundation's hot paths in-process on PGlite (and on PostgreSQL
 * when CCHC_BENCH_DATABASE_URL, or BENCH_DATABASE_URL, is set) and writes the figures, the
 * machine and the date into BENCHMARKS.md between the `bench:foundation` markers, then the
 * one-stop desk (bench/onestop-kpi.ts) between the `bench:onestop` markers.
 * Options: `--only foundation|onestop`; `--sizes 10k,100k,1m` (the default); `--large` (or
 * BENCH_LARGE=1) adds 10M dossiers on PostgreSQL; `--engines pglite,postgres`;
 * `--write-cycles 1000` (0 skips); `--concurrency 8`; `--import-rows N` (default 100k on PGlite,
 * 1M on PostgreSQL; 0 skips). Nothing here asserts a time.
 */
const password = 'bench-password-2021';

async function benchEngine(databaseUrl: string | null) {
  const handle = await openDatabase({ databaseUrl, dataDir: null });
  const config = {
    ...readConfig({ CCHC_DEMO_PASSWORD: password }),
    loginRateLimitPerMinute: 1_000_000,
  };
  await seedDemoProvince(handle.db, config);
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password },
  });
  const headers = { authorization: `Bearer ${login.json().token}` };
  const ok = (status: number) => status < 300;

  const search = await measureLatency(300, async () =>
    ok(
      (await app.inject({ method: 'GET', url: '/api/units?search=xa%20loc&pageSize=20', headers }))
        .statusCode,
    ),
  );
  const tree = await measureLatency(300, async () =>
    ok(
      (await app.inject({ method: 'GET', url: '/api/units?parent=443&pageSize=500', headers }))
        .statusCode,
    ),
  );
  const detail = await measureLatency(300, async () =>
    ok((await app.inject({ method: 'GET', url: '/api/units/18406', headers })).statusCode),
  );
  const writes = await measureThroughput(300, 8, async (i) =>
    ok(
      (
        await app.inject({
          method: 'PATCH',
          url: '/api/units/18406',
          headers,
          payload: { name: `Thị trấn Nghèn ${i}` },
        })
      ).statusCode,
    ),
  );
  const audit = await measureLatency(100, async () =>
    ok((await app.inject({ method: 'GET', url: '/api/audit?pageSize=50', headers })).statusCode),
  );
  await app.close();
  await handle.close();
  return { engine: handle.kind, search, tree, detail, writes, audit };
}

function formatMs(value: number): string {
  return value.toFixed(1);
}

async function foundationSection(): Promise<string> {
  const results = [await benchEngine(null)];
  if (benchDatabaseUrl) results.push(await benchEngine(benchDatabaseUrl));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '<!-- bench:foundation -->',
    `## Foundation (issue 2) — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    'In-process (`app.inject`, no network), demo province (264 units), one request at a time for latencies.',
    '',
    '| engine | measure | requests | p50 ms | p95 ms | max ms | errors |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    for (const [name, s] of [
      ['GET /api/units?search= (diacritic-free search)', r.search],
      ['GET /api/units?parent=443 (tree level)', r.tree],
      ['GET /api/units/:code (detail)', r.detail],
      ['GET /api/audit?pageSize=50', r.audit],
    ] as const) {
      lines.push(
        `| ${r.engine} | ${name} | ${s.count} | ${formatMs(s.p50Ms)} | ${formatMs(s.p95Ms)} | ${formatMs(s.maxMs)} | ${s.errors} |`,
      );
    }
  }
  lines.push(
    '',
    '| engine | audited write (PATCH unit, 8 in flight) | operations | ops/s | errors |',
    '|---|---|---|---|---|',
  );
  for (const r of results)
    lines.push(
      `| ${r.engine} | rename + audit entry in one transaction | ${r.writes.count} | ${r.writes.opsPerSecond.toFixed(0)} | ${r.writes.errors} |`,
    );
  lines.push('<!-- /bench:foundation -->');
  return lines.join('\n');
}

/** Replaces the section between its markers, or appends it; other sections stay as they are. */
function writeSection(marker: string, section: string): void {
  const file = 'BENCHMARKS.md';
  const header =
    '# Benchmarks\n\nWritten by `npm run bench` (`CCHC_BENCH_DATABASE_URL=postgres://…`, or `BENCH_DATABASE_URL`, adds PostgreSQL). Tests never assert a time; these figures are the record.\n\n';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : header;
  const pattern = new RegExp(`<!-- bench:${marker} -->[\\s\\S]*<!-- /bench:${marker} -->`);
  writeFileSync(
    file,
    pattern.test(current)
      ? current.replace(pattern, () => section)
      : `${current.trimEnd()}\n\n${section}\n`,
  );
}

async function main() {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  if (only !== 'onestop') {
    const section = await foundationSection();
    console.log(section);
    writeSection('foundation', section);
  }
  if (only !== 'foundation') {
    const flagValue = (flag: string) => {
      const at = args.indexOf(flag);
      return at >= 0 ? args[at + 1] : undefined;
    };
    const importRows = flagValue('--import-rows');
    const options: OnestopBenchOptions = {
      sizes: (flagValue('--sizes') ?? '10k,100k,1m').split(',').map(parseCount),
      large: args.includes('--large') || process.env.BENCH_LARGE === '1',
      writeCycles: parseCount(flagValue('--write-cycles') ?? '1000'),
      concurrency: Number(flagValue('--concurrency') ?? 8),
      importRows: importRows
        ? { pglite: parseCount(importRows), postgres: parseCount(importRows) }
        : { pglite: 100_000, postgres: 1_000_000 },
    };
    const engines = (flagValue('--engines') ?? 'pglite,postgres').split(',');
    const startedAt = new Date();
    const loadBefore = os.loadavg();
    const log = (line: string) =>
      console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
    const results = [];
    if (engines.includes('pglite')) results.push(await benchOnestopEngine(null, options, log));
    if (benchDatabaseUrl && engines.includes('postgres'))
      results.push(await benchOnestopEngine(benchDatabaseUrl, options, log));
    const pgVersion = results.find((r) => r.serverVersion)?.serverVersion ?? null;
    const section = formatOnestopSection(results, options, {
      pgVersion,
      loadBefore,
      startedAt,
      marker: flagValue('--section') ?? 'onestop',
    });
    console.log(section);
    writeSection('onestop', section);
  }
  // Issue 5: the steering dashboard's API (bench/dashboard.ts; alone: `npx tsx bench/dashboard.ts`).
  if (only === undefined || only === 'dashboard') {
    const section = await benchDashboard(dashboardDossierCount(args));
    console.log(section);
    writeSection('dashboard', section);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
