import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureWorkingTime } from '../../core/calendar/working-time';
import {
  computeOnlineRate,
  computeOnTimeRate,
  computeSatisfactionRate,
} from '../../core/kpi/compute-rates';
import { roundHalfAwayFromZero } from '../../core/kpi/percentage';
import type { Queryable } from '../../server/db/database';
import { loadWorkingCalendar } from '../../server/modules/calendar/calendar.service';
import { seedSyntheticDossiers } from '../../server/seed/synthetic-dossiers';
import { createTestApp, type TestApp } from './helpers/test-app';
import { openTestDatabase } from './helpers/test-database';

/**
 * The synthetic year of the demo (issue 4 "Demo"): its rollups must give exactly what a count
 * over the dossiers gives, and a seed must always give the same data.
 */
let t: TestApp;
const options = { count: 2_000, year: 2021, seed: 42 };

async function rowsOf(db: Queryable, query: ReturnType<typeof sql>) {
  return ((await db.execute(query)) as unknown as { rows: Array<Record<string, unknown>> }).rows;
}

/** The KPI computed the slow way: a scan of the dossiers received in the window. */
async function countDirectly(unitCode: string, from: string, to: string) {
  const [unit] = await rowsOf(
    t.db,
    sql`select path from units where province_code = '42' and code = ${unitCode} and valid_to is null`,
  );
  const prefix = `${String(unit?.path)}%`;
  const [c] = await rowsOf(
    t.db,
    sql`select count(*)::int as received,
          count(*) filter (where finished_at is not null)::int as finished,
          count(*) filter (where withdrawn_at is not null)::int as withdrawn,
          count(*) filter (where timeliness in ('early', 'on_time'))::int as on_time,
          count(*) filter (where timeliness = 'late')::int as late,
          count(*) filter (where channel = 'online')::int as online,
          count(*) filter (where timeliness = 'late' and apology_issued_at is null)::int as overdue_without_apology,
          count(rating)::int as rated,
          count(*) filter (where rating >= 4)::int as satisfied
        from dossiers
        where province_code = '42' and unit_path like ${prefix}
          and receipt_day between ${from} and ${to}`,
  );
  const finishedRows = await rowsOf(
    t.db,
    sql`select counting_from_at, finished_at, paused_working_minutes from dossiers
        where province_code = '42' and unit_path like ${prefix}
          and receipt_day between ${from} and ${to} and finished_at is not null`,
  );
  const { calendar } = await loadWorkingCalendar(t.db, '42');
  const minutes = finishedRows.reduce(
    (sum, row) =>
      sum +
      Math.max(
        0,
        Math.round(
          measureWorkingTime(
            calendar,
            new Date(String(row.counting_from_at)),
            new Date(String(row.finished_at)),
          ),
        ) - Number(row.paused_working_minutes),
      ),
    0,
  );
  const n = (key: string) => Number(c?.[key]);
  const finished = n('finished');
  return {
    received: n('received'),
    finished,
    withdrawn: n('withdrawn'),
    pending: n('received') - finished - n('withdrawn'),
    onTime: n('on_time'),
    late: n('late'),
    onTimeRate: computeOnTimeRate({ onTime: n('on_time'), late: n('late') }),
    online: n('online'),
    onlineRate: computeOnlineRate({ online: n('online'), total: n('received') }),
    overdueWithoutApology: n('overdue_without_apology'),
    rated: n('rated'),
    satisfied: n('satisfied'),
    satisfactionRate: computeSatisfactionRate({ satisfied: n('satisfied'), rated: n('rated') }),
    averageProcessingWorkingDays:
      finished === 0
        ? null
        : roundHalfAwayFromZero(minutes / (calendar.dayLengthMs / 60_000) / finished, 2),
  };
}

/** A fingerprint of everything the generator writes. */
async function fingerprint(db: Queryable) {
  const [row] = await rowsOf(
    db,
    sql`select
          (select md5(string_agg(d::text, '|' order by d.code)) from dossiers d) as dossiers,
          (select md5(string_agg(e::text, '|' order by e.id)) from dossier_events e) as events,
          (select md5(string_agg(k::text, '|' order by k.unit_id, k.day)) from onestop_kpi_daily k) as rollups,
          (select md5(string_agg(c::text, '|' order by c.unit_id, c.day)) from dossier_day_counters c) as counters,
          (select count(*)::int from dossiers) as count`,
  );
  return row;
}

beforeAll(async () => {
  t = await createTestApp();
  const summary = await t.db.transaction((tx) => seedSyntheticDossiers(tx, '42', options));
  expect(summary.dossiers).toBe(2_000);
});
afterAll(async () => {
  await t.close();
});

describe('synthetic dossiers', () => {
  const year = { from: '2021-01-01', to: '2021-12-31' };

  it('gives the province the KPI a full count gives', async () => {
    const response = await t.as('admin', {
      method: 'GET',
      url: `/api/onestop/kpi?unit=42&from=${year.from}&to=${year.to}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const { unit: _, from: __, to: ___, ...figures } = response.json();
    const expected = await countDirectly('42', year.from, year.to);
    expect(figures).toEqual(expected);
    expect(expected.received).toBe(2_000);
    expect(expected.late).toBeGreaterThan(0);
    expect(expected.rated).toBeGreaterThan(0);
  });

  it('gives the busiest commune, over the year and over one month, the same as a count', async () => {
    const [busiest] = await rowsOf(
      t.db,
      sql`select u.code from dossiers d join units u on u.id = d.handling_unit_id
          where u.kind = 'commune' group by u.code order by count(*) desc, u.code limit 1`,
    );
    const code = String(busiest?.code);
    for (const window of [year, { from: '2021-03-01', to: '2021-03-31' }]) {
      const response = await t.as('admin', {
        method: 'GET',
        url: `/api/onestop/kpi?unit=${code}&from=${window.from}&to=${window.to}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      const { unit: _, from: __, to: ___, ...figures } = response.json();
      expect(figures).toEqual(await countDirectly(code, window.from, window.to));
    }
  });

  it('writes the same data for the same seed', async () => {
    const other = await openTestDatabase();
    try {
      await other.db.transaction((tx) => seedSyntheticDossiers(tx, '42', options));
      const [mine, theirs] = [await fingerprint(t.db), await fingerprint(other.db)];
      expect(mine?.count).toBe(2_000);
      expect(theirs).toEqual(mine);
    } finally {
      await other.close();
    }
  });
});
