import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  errors: number;
}

/** Runs `operation` `count` times one after another and summarises the latencies. */
export async function measureLatency(
  count: number,
  operation: (i: number) => Promise<boolean>,
): Promise<LatencySummary> {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    if (!(await operation(i))) errors += 1;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { count, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1), errors };
}

/** Operations per second of `operation` run `count` times with `concurrency` in flight. */
export async function measureThroughput(
  count: number,
  concurrency: number,
  operation: (i: number) => Promise<boolean>,
): Promise<{ count: number; opsPerSecond: number; errors: number }> {
  let next = 0;
  let errors = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        if (!(await operation(i))) errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return { count, opsPerSecond: count / seconds, errors };
}

/**
 * CPU time spent so far by this process (the server, the load generator and PGlite, all in it)
 * and by the PostgreSQL backends serving `databaseName` (from /proc, Linux only; 0 elsewhere).
 * Differences of two snapshots give CPU milliseconds per operation, which, unlike wall time,
 * hardly depends on what else runs on a shared machine.
 */
export function cpuSnapshot(databaseName: string | null): { nodeMs: number; postgresMs: number } {
  const usage = process.cpuUsage();
  let ticks = 0;
  if (databaseName) {
    try {
      for (const pid of readdirSync('/proc')) {
        if (!/^\d+$/.test(pid)) continue;
        try {
          const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
          if (!cmdline.startsWith('postgres:') || !cmdline.includes(databaseName)) continue;
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          ticks += Number(fields[11]) + Number(fields[12]);
        } catch {
          // The process ended between the listing and the read.
        }
      }
    } catch {
      ticks = 0;
    }
  }
  return { nodeMs: (usage.user + usage.system) / 1000, postgresMs: ticks * 10 };
}
