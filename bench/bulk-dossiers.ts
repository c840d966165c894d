import { sql } from 'drizzle-orm';
import type { Queryable } from '../server/db/database';

/**
 * Province-scale dossiers for the benchmark, generated inside the database: one
 * `insert … select … from generate_series` per chunk, then the daily rollups built by one
 * `insert … select … group by` over the new rows (the monthly rollup follows by its trigger).
 * Much faster than the demo generator (server/seed/synthetic-dossiers.ts), which computes every
 * appointment with the working calendar in JavaScript: here appointments are the limit × 1.4
 * calendar days, processing minutes are a third of the elapsed minutes, and no events are
 * written. The KPI and the naive scan read the same rows, so their figures still agree.
 *
 * Deterministic: dossier `i` draws its unit, day, hour, channel and outcome from md5(i), with the
 * same unit differences as the demo (some units late, some without apologies, online 10–40 %).
 */
interface UnitParams {
  ids: number[];
  paths: string[];
  receivingIds: number[];
  receivingPaths: string[];
  identifiers: string[];
  procedureIds: number[];
  limitDays: number[];
  onlinePercent: number[];
  latePermille: number[];
  apologyPercent: number[];
  /** Each unit's index repeated by its weight: drawing a slot draws units by volume. */
  slots: number[];
}

const kindWeight: Record<string, number> = {
  commune: 1,
  district: 12,
  department: 8,
  central_agency: 5,
};

const rowsOf = async (db: Queryable, query: ReturnType<typeof sql>) =>
  ((await db.execute(query)) as unknown as { rows: Array<Record<string, unknown>> }).rows;

/** Handling units with a published procedure they lead, and the desk that receives for them. */
export async function loadUnitParams(db: Queryable, provinceCode: string): Promise<UnitParams> {
  const rows = await rowsOf(
    db,
    sql`select distinct on (u.id) u.id, u.path, u.kind, u.code, p.id as procedure_id,
        p.time_limit_amount as amount, p.time_limit_unit as unit
      from procedure_agencies a
      join units u on u.id = a.unit_id
      join procedures p on p.id = a.procedure_id
      where a.role = 'lead' and u.province_code = ${provinceCode} and u.valid_to is null
        and p.status = 'published' and p.valid_to is null and p.time_limit_amount is not null
        and u.kind in ('commune', 'district', 'department', 'central_agency')
      order by u.id, p.id`,
  );
  const [centre] = await rowsOf(
    db,
    sql`select id, path, code from units where province_code = ${provinceCode}
      and kind = 'service_centre' and valid_to is null order by id limit 1`,
  );
  const params: UnitParams = {
    ids: [],
    paths: [],
    receivingIds: [],
    receivingPaths: [],
    identifiers: [],
    procedureIds: [],
    limitDays: [],
    onlinePercent: [],
    latePermille: [],
    apologyPercent: [],
    slots: [],
  };
  rows.forEach((row, index) => {
    const kind = String(row.kind);
    const atDesk = kind === 'commune' || kind === 'district' || !centre;
    const desk = atDesk ? row : (centre as Record<string, unknown>);
    const amount = Number(row.amount);
    const unit = String(row.unit);
    const days =
      unit === 'hours' ? amount / 8 : unit === 'half_days' ? amount / 2 : Math.max(amount, 1);
    params.ids.push(Number(row.id));
    params.paths.push(String(row.path));
    params.receivingIds.push(Number(desk.id));
    params.receivingPaths.push(String(desk.path));
    params.identifiers.push(
      String(desk.code)
        .toUpperCase()
        .replace(/[^0-9A-Z.]+/g, '.'),
    );
    params.procedureIds.push(Number(row.procedure_id));
    params.limitDays.push(Math.max(1, Math.ceil(days)));
    // Spread by index, so the same units differ the same way on every run.
    params.onlinePercent.push(10 + ((index * 7) % 31));
    params.latePermille.push(index % 10 === 3 ? 25 + ((index * 13) % 56) : (index * 3) % 5);
    params.apologyPercent.push(index % 4 === 1 ? 20 + ((index * 11) % 51) : 90 + (index % 11));
    const weight = Math.round((kindWeight[kind] ?? 1) * (0.5 + ((index * 37) % 100) / 66));
    for (let w = 0; w < Math.max(1, weight); w += 1) params.slots.push(index + 1);
  });
  if (params.ids.length === 0) throw new Error('no handling unit with a published procedure');
  return params;
}

const intArray = (values: number[]) => sql`${`{${values.join(',')}}`}::int[]`;
const textArray = (values: string[]) =>
  sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`;

/**
 * Inserts dossiers `first`…`first + count − 1` (received in `year`) and adds them to the daily
 * rollups, in one transaction.
 */
export async function insertBulkDossiers(
  db: Queryable,
  provinceCode: string,
  units: UnitParams,
  range: { first: number; count: number; year: number },
): Promise<void> {
  const last = range.first + range.count - 1;
  const dayCount = Math.round(
    (Date.UTC(range.year + 1, 0, 1) - Date.UTC(range.year, 0, 1)) / 86_400_000,
  );
  const [before] = await rowsOf(db, sql`select coalesce(max(id), 0)::bigint as id from dossiers`);
  // The rows reference units and procedures read just above: as a superuser (PGlite always, a
  // dev cluster usually) the loader skips the per-row foreign-key triggers, which would
  // otherwise cost more than the insert, and writes the monthly rollup itself.
  const [role] = await rowsOf(db, sql`select rolsuper from pg_roles where rolname = current_user`);
  const bypass = role?.rolsuper === true;
  if (bypass) await db.execute(sql`set local session_replication_role = replica`);
  await db.execute(sql`set local jit = off`).catch(() => undefined);
  // Materialised steps: an inlined CTE would recompute md5 and the instants at each reference.
  await db.execute(sql`
    with u as (
      select * from unnest(${intArray(units.ids)}, ${textArray(units.paths)},
        ${intArray(units.receivingIds)}, ${textArray(units.receivingPaths)},
        ${textArray(units.identifiers)}, ${intArray(units.procedureIds)},
        ${intArray(units.limitDays)}, ${intArray(units.onlinePercent)},
        ${intArray(units.latePermille)}, ${intArray(units.apologyPercent)})
        with ordinality as u(unit_id, unit_path, recv_id, recv_path, ident, procedure_id,
          limit_days, online_pct, late_pm, apology_pct, k)
    ),
    draw as materialized (
      select g.i,
        ('x' || substr(m1, 1, 7))::bit(28)::int as r1,
        ('x' || substr(m1, 8, 7))::bit(28)::int as r2,
        ('x' || substr(m1, 15, 7))::bit(28)::int as r3,
        ('x' || substr(m1, 22, 7))::bit(28)::int as r4,
        ('x' || substr(m2, 1, 7))::bit(28)::int as r5,
        ('x' || substr(m2, 8, 7))::bit(28)::int as r6
      from generate_series(${range.first}::bigint, ${last}::bigint) as g(i),
        lateral (select md5(g.i::text) as m1, md5(g.i::text || 'b') as m2) as h
    ),
    picked as (
      select d.*, (${intArray(units.slots)})[1 + d.r1 % ${units.slots.length}] as k,
        make_date(${range.year}, 1, 1) + (d.r2 % ${dayCount}) as raw_day
      from draw d
    ),
    shaped as materialized (
      select p.i, p.r3, p.r4, p.r5, p.r6, u.unit_id, u.unit_path, u.recv_id, u.recv_path, u.ident,
        u.procedure_id, u.limit_days, u.online_pct, u.late_pm, u.apology_pct,
        -- Weekends see only online filings: nine in ten weekend draws move to the Friday before.
        case when extract(isodow from p.raw_day) >= 6 and p.r3 % 10 <> 0
          then p.raw_day - (extract(isodow from p.raw_day)::int - 5) else p.raw_day end as day
      from picked p join u on u.k = p.k
    ),
    timed as (
      select s.*,
        (s.day::text || ' 07:30:00+07')::timestamptz + (s.r3 % 30600) * interval '1 second' as received_at,
        case when s.r4 % 100 < s.online_pct or extract(isodow from s.day) >= 6 then 'online'
          when s.r4 % 100 >= 98 then 'postal' else 'counter' end as channel,
        s.r5 % 1000 < s.late_pm as late,
        s.r5 % 100 >= 3 as ends
      from shaped s
    ),
    outcome as materialized (
      select t.*,
        t.received_at + t.limit_days * interval '1 day' * 1.4 as due_at,
        case when not t.ends then null
          when t.late then t.received_at + t.limit_days * interval '1 day' * 1.4
            + (1 + t.r6 % 96) * interval '1 hour'
          else t.received_at + t.limit_days * interval '1 day' * 1.4 * (0.15 + (t.r6 % 850) / 1000.0)
        end as finished_at
      from timed t
    )
    insert into dossiers (province_code, code, procedure_id, receiving_unit_id, receiving_unit_path,
      handling_unit_id, unit_path, current_unit_id, current_unit_path, channel, state,
      applicant_name, applicant_phone, search_text, received_at, receipt_day, counting_from_at,
      due_at, finished_at, returned_at, timeliness, apology_issued_at, apology_late,
      result_digitised, rating, rated_at, created_at, updated_at)
    select ${provinceCode}, o.ident || '-' || to_char(o.day, 'YYMMDD') || '-B' || o.i,
      o.procedure_id, o.recv_id, o.recv_path, o.unit_id, o.unit_path,
      case when o.finished_at is null then o.recv_id else o.unit_id end,
      case when o.finished_at is null then o.recv_path else o.unit_path end,
      o.channel,
      case when o.finished_at is null then 'in_progress' when o.r6 % 10 < 9 then 'returned' else 'finished' end,
      'Nguyễn Văn ' || o.i, '09' || lpad((o.i % 100000000)::text, 8, '0'),
      lower(o.ident) || '-' || to_char(o.day, 'YYMMDD') || '-b' || o.i || ' nguyen van ' || o.i,
      o.received_at, o.day, o.received_at, o.due_at, o.finished_at,
      case when o.finished_at is not null and o.r6 % 10 < 9 then o.finished_at + interval '4 hours' end,
      case when o.finished_at is null then null when o.late then 'late' else 'on_time' end,
      case when o.late and o.r4 % 100 < o.apology_pct then o.due_at - interval '1 day' end,
      case when o.late and o.r4 % 100 < o.apology_pct then false end,
      o.finished_at is not null,
      case when o.finished_at is null or o.r3 % 100 >= 55 then null
        when o.r6 % 100 < 62 then 5 when o.r6 % 100 < 95 then 4 when o.r6 % 100 < 98 then 3
        when o.r6 % 100 < 99 then 2 else 1 end,
      case when o.finished_at is not null and o.r3 % 100 < 55 then o.finished_at end,
      o.received_at, coalesce(o.finished_at, o.received_at)
    from outcome o`);
  await addToRollups(db, provinceCode, Number(before?.id ?? 0), bypass);
  if (bypass) await db.execute(sql`set local session_replication_role = origin`);
}

/** The rollups of the rows inserted after `afterId`, by the counting rules of decision 012, added to what is there. */
async function addToRollups(
  db: Queryable,
  provinceCode: string,
  afterId: number,
  monthlyToo: boolean,
): Promise<void> {
  const counters = [
    'received',
    'finished',
    'withdrawn',
    'on_time',
    'late',
    'online',
    'overdue_without_apology',
    'rated',
    'satisfied',
    'processing_working_minutes_sum',
  ];
  const upsert = (table: string, key: string, keyExpression: string) =>
    db.execute(sql`
    insert into ${sql.raw(table)} (province_code, unit_id, ${sql.raw(key)}, ${sql.raw(counters.join(', '))})
    select d.province_code, d.handling_unit_id, ${sql.raw(keyExpression)}, count(*), count(d.finished_at), 0,
      count(*) filter (where d.timeliness in ('early', 'on_time')),
      count(*) filter (where d.timeliness = 'late'),
      count(*) filter (where d.channel = 'online'),
      count(*) filter (where d.timeliness = 'late' and d.apology_issued_at is null),
      count(d.rating), count(*) filter (where d.rating >= 4),
      coalesce(sum(round(extract(epoch from d.finished_at - d.counting_from_at) / 180)), 0)
    from dossiers d
    where d.province_code = ${provinceCode} and d.id > ${afterId}
    group by 1, 2, 3
    on conflict (province_code, unit_id, ${sql.raw(key)}) do update set
      ${sql.raw(counters.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', '))}`);
  await upsert('onestop_kpi_daily', 'day', 'd.receipt_day');
  if (monthlyToo)
    await upsert('onestop_kpi_monthly', 'month', "date_trunc('month', d.receipt_day)::date");
}
