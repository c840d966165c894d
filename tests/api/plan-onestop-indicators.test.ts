import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * Plan 513/KH-UBND's one-stop indicators fed live by the KPI rollups (issue 3 "Indicators with
 * live status", issue 4 "feed the plan's indicators T05a, T05b, T05c, T09"). Thresholds are the
 * plan's (hatinh-2021-plan.json, target 5 and 9): "Tối thiểu 98,5% hồ sơ TTHC được giải quyết
 * trước và đúng hạn" (T05a, ≥ 98,5), "Đối với hồ sơ quá hạn có văn bản xin lỗi" (T05b, = 100,
 * implicit), "sự hài lòng … đạt từ 91% trở lên" (T05c, ≥ 91), "trên 30% …" (T09b, > 30: exactly
 * 30 % is not "trên"). Hand-made dossiers of the third quarter of 2021, all received on Monday
 * 5 July at 08:00, due Thursday 8 July 17:00; on time = result Tuesday, late = result Friday:
 *
 * | commune     | dossiers | on time | late (apology)  | online     | rated (4–5)  |
 * |-------------|----------|---------|-----------------|------------|--------------|
 * | 18406 Nghèn | 200      | 197     | 3 (3)           | 60 = 30 %  | 100 (91)     |
 * | 18415       | 66       | 65      | 1 (0)           | 21         | 11 (10)      |
 * | 18418       | 2        | 2       | 0               | 0          | 0            |
 * | 18427       | none     |         |                 |            |              |
 */
let t: TestApp;
let planId: number;

type Indicator = {
  code: string;
  comparator: string;
  threshold: number;
  actual: number | null;
  status: string;
  rule: { comparator: string; threshold: number; explanationVi: string; projected?: number };
  source: {
    kind: string;
    descriptionVi: string;
    numerator: number | null;
    denominator: number | null;
    from: string | null;
    to: string | null;
  };
};

const header =
  'code,procedure_code,unit_code,channel,received_at,due_at,finished_at,apology_issued_at,rating,applicant_phone';

function communeRows(
  unit: string,
  count: number,
  rule: (i: number) => { late: boolean; apology: boolean; online: boolean; rating: number | null },
): string[] {
  return Array.from({ length: count }, (_, index) => {
    const i = index + 1;
    const { late, apology, online, rating } = rule(i);
    return [
      `${unit}-210705-${String(i).padStart(4, '0')}`,
      '1.004873',
      unit,
      online ? 'online' : 'counter',
      '2021-07-05T08:00:00+07:00',
      '2021-07-08T17:00:00+07:00',
      late ? '2021-07-09T08:00:00+07:00' : '2021-07-06T08:00:00+07:00',
      apology ? '2021-07-07T09:00:00+07:00' : '',
      rating ?? '',
      '',
    ].join(',');
  });
}

async function indicators(query: string): Promise<Map<string, Indicator>> {
  const response = await t.as('snv', {
    method: 'GET',
    url: `/api/plans/${planId}/targets?${query}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  const all: Indicator[] = response
    .json()
    .items.flatMap((target: { indicators: Indicator[] }) => target.indicators);
  return new Map(all.map((i) => [i.code, i]));
}

beforeAll(async () => {
  t = await createTestApp();
  const rows = [
    ...communeRows('18406', 200, (i) => ({
      late: i > 197,
      apology: i > 197,
      online: i <= 60,
      rating: i <= 91 ? 5 : i <= 100 ? 3 : null,
    })),
    ...communeRows('18415', 66, (i) => ({
      late: i === 66,
      apology: false,
      online: i <= 21,
      rating: i <= 10 ? 4 : i === 11 ? 2 : null,
    })),
    ...communeRows('18418', 2, () => ({
      late: false,
      apology: false,
      online: false,
      rating: null,
    })),
  ];
  const imported = await t.as('admin', {
    method: 'POST',
    url: '/api/onestop/dossiers/import',
    headers: { 'content-type': 'text/csv' },
    payload: [header, ...rows].join('\n'),
  });
  expect(imported.statusCode, imported.body).toBe(200);
  planId = (await t.as('snv', { method: 'GET', url: '/api/plans?year=2021' })).json().items[0].id;
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

describe('one-stop indicators of plan 513/KH-UBND, quarter over', () => {
  it('meets T05a at exactly 98,5 %, T05b with every letter, T05c at exactly 91 %; 30 % is not "trên 30 %"', async () => {
    const byCode = await indicators('unit=18406&period=2021Q3');
    expect(byCode.get('T05a')).toMatchObject({
      actual: 98.5,
      status: 'met',
      rule: { comparator: '>=', threshold: 98.5 },
      source: {
        kind: 'onestop_kpi',
        numerator: 197,
        denominator: 200,
        from: '2021-07-01',
        to: '2021-09-30',
      },
    });
    expect(byCode.get('T05a')?.rule.explanationVi).toBe(
      'Đạt: 98,5 % so với chỉ tiêu tối thiểu 98,5 %.',
    );
    expect(byCode.get('T05a')?.source.descriptionVi).toContain('197/200 hồ sơ');
    expect(byCode.get('T05b')).toMatchObject({
      actual: 100,
      status: 'met',
      rule: { comparator: '=', threshold: 100 },
      source: { numerator: 3, denominator: 3 },
    });
    expect(byCode.get('T05c')).toMatchObject({
      actual: 91,
      status: 'met',
      source: { numerator: 91, denominator: 100 },
    });
    expect(byCode.get('T09b')).toMatchObject({
      actual: 30,
      status: 'missed',
      rule: { comparator: '>', threshold: 30 },
      source: { numerator: 60, denominator: 200 },
    });
    expect(byCode.get('T09b')?.rule.explanationVi).toBe(
      'Không đạt: 30 % so với chỉ tiêu trên 30 %.',
    );
  });

  it('misses just below: 65/66 = 98,48 %, a late dossier without a letter, 10/11 = 90,91 %', async () => {
    const byCode = await indicators('unit=18415&period=2021Q3');
    expect(byCode.get('T05a')).toMatchObject({ actual: 98.48, status: 'missed' });
    expect(byCode.get('T05b')).toMatchObject({
      actual: 0,
      status: 'missed',
      source: { numerator: 0, denominator: 1 },
    });
    expect(byCode.get('T05b')?.source.descriptionVi).toContain('1 hồ sơ chưa có');
    expect(byCode.get('T05c')).toMatchObject({ actual: 90.91, status: 'missed' });
    // 21/66 = 31,82 % is above 30 %.
    expect(byCode.get('T09b')).toMatchObject({ actual: 31.82, status: 'met' });
  });

  it('meets T05b when nothing was overdue, and says no_data where nothing was measured', async () => {
    const few = await indicators('unit=18418&period=2021Q3');
    expect(few.get('T05a')).toMatchObject({ actual: 100, status: 'met' });
    expect(few.get('T05b')).toMatchObject({ actual: 100, status: 'met' });
    expect(few.get('T05b')?.source.descriptionVi).toContain('không có hồ sơ quá hạn');
    expect(few.get('T05c')).toMatchObject({ actual: null, status: 'no_data' });
    expect(few.get('T09b')).toMatchObject({ actual: 0, status: 'missed' });
    const none = await indicators('unit=18427&period=2021Q3');
    for (const code of ['T05a', 'T05b', 'T05c', 'T09b']) {
      expect(none.get(code)).toMatchObject({ actual: null, status: 'no_data' });
    }
    // Another quarter of the same commune holds nothing either.
    expect((await indicators('unit=18406&period=2021Q2')).get('T05a')?.status).toBe('no_data');
  });

  it('sums numerators and denominators over a subtree and defaults to the plan year', async () => {
    // Can Lộc: 264/268 on time = 98,51 %; 3 of 4 late with a letter; 101/111 satisfied; 81/268 online.
    const district = await indicators('unit=443');
    expect(district.get('T05a')).toMatchObject({
      actual: 98.51,
      status: 'met',
      source: { numerator: 264, denominator: 268, from: '2021-01-01', to: '2021-12-31' },
    });
    expect(district.get('T05b')).toMatchObject({ actual: 75, status: 'missed' });
    expect(district.get('T05c')).toMatchObject({ actual: 90.99, status: 'missed' });
    expect(district.get('T09b')).toMatchObject({ actual: 30.22, status: 'met' });
    const province = await indicators('');
    expect(province.get('T05a')?.source).toMatchObject({ numerator: 264, denominator: 268 });
  });

  it('names the source of every other indicator', async () => {
    const byCode = await indicators('unit=18406&period=2021Q3');
    expect(byCode.get('T09a')).toMatchObject({
      status: 'no_data',
      source: { kind: 'not_connected', numerator: null },
    });
    expect(byCode.get('T01a')?.source.kind).toBe('unit_plans');
    expect(byCode.get('T12a')?.source.descriptionVi).toContain('số liệu tài chính');
  });
});

describe('while the quarter runs', () => {
  it('is at risk below the target and on track at it, the current rate standing for the quarter', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-08-15T10:00:00+07:00'));
    const behind = await indicators('unit=18415&period=2021Q3');
    expect(behind.get('T05a')).toMatchObject({ actual: 98.48, status: 'at_risk' });
    expect(behind.get('T05a')?.rule.explanationVi).toBe(
      'Có nguy cơ không đạt: hiện 98,48 % so với chỉ tiêu tối thiểu 98,5 % (kỳ đã qua 50 %).',
    );
    expect(behind.get('T05a')?.source.descriptionVi).toContain('dự báo cả kỳ');
    expect(behind.get('T05b')?.status).toBe('at_risk');
    const onTrack = await indicators('unit=18406&period=2021Q3');
    expect(onTrack.get('T05a')).toMatchObject({ actual: 98.5, status: 'met' });
    expect(onTrack.get('T05a')?.rule.explanationVi).toContain('Đang đạt');
    vi.useRealTimers();
  });
});
