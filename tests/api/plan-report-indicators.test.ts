import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullFigures } from './helpers/report-figures';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * Plan indicators fed by the units' approved periodic reports (issue 3, "Indicators with live
 * status": "otherwise from unit reports"). Thạch Hà (445) has no demo reports, so the figures
 * below are the only ones in its subtree.
 * Thresholds from KH 513/KH-UBND (hatinh-2021-plan.json): T02a "100 % người đứng đầu trực tiếp
 * chỉ đạo" (= 100); T03a "kiểm tra ít nhất 35 % cơ quan, đơn vị trực thuộc" (≥ 35).
 */
let t: TestApp;
let planId: number;
let formId: number;

type Indicator = {
  code: string;
  actual: number | null;
  status: string;
  source: {
    kind: string;
    descriptionVi: string;
    numerator: number | null;
    denominator: number | null;
  };
};

async function indicatorsOf(query: string): Promise<Map<string, Indicator>> {
  const response = await t.as('thachha', {
    method: 'GET',
    url: `/api/plans/${planId}/targets?${query}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  const items: Array<{ indicators: Indicator[] }> = response.json().items;
  return new Map(items.flatMap((target) => target.indicators).map((i) => [i.code, i]));
}

async function approvedReport(unitCode: string, figures: Record<string, number>) {
  const opened = await t.as('thachha', {
    method: 'POST',
    url: '/api/periodic-reports',
    payload: { formId, unitCode, period: '2021Q4' },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  const id = opened.json().id;
  const saved = await t.as('thachha', {
    method: 'PATCH',
    url: `/api/periodic-reports/${id}`,
    payload: { figures: { ...fullFigures, ...figures } },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const sent = await t.as('thachha', {
    method: 'POST',
    url: `/api/periodic-reports/${id}/submit`,
    payload: {},
  });
  expect(sent.statusCode, sent.body).toBe(200);
  const approved = await t.as('snv', {
    method: 'POST',
    url: `/api/periodic-reports/${id}/approve`,
    payload: {},
  });
  expect(approved.statusCode, approved.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  const plans = await t.as('snv', { method: 'GET', url: '/api/plans?year=2021' });
  planId = plans.json().items[0].id;
  const forms = await t.as('snv', { method: 'GET', url: '/api/report-forms?year=2021' });
  formId = forms.json().items.find((f: { code: string }) => f.code === 'BC-CCHC-2021').id;
  const due = await t.as('snv', {
    method: 'PUT',
    url: `/api/report-forms/${formId}/periods/2021Q4`,
    payload: { dueOn: '2099-12-31' },
  });
  expect(due.statusCode, due.body).toBe(200);
});

afterAll(async () => {
  await t.close();
});

describe('indicators from unit reports', () => {
  it('are not connected while the subtree has no approved report', async () => {
    const indicators = await indicatorsOf('period=2021Q4&unit=445');
    expect(indicators.get('T02a')).toMatchObject({ actual: null, status: 'no_data' });
    expect(indicators.get('T02a')!.source.kind).toBe('not_connected');
  });

  it('take a yes/no figure as the share of reporting units and a rate from summed parts', async () => {
    await approvedReport('18562', { NDD_CHI_DAO: 1, KT_TONG_DV: 5, KT_DA_KT: 2 });
    await approvedReport('18565', { NDD_CHI_DAO: 0, KT_TONG_DV: 10, KT_DA_KT: 1 });
    const indicators = await indicatorsOf('period=2021Q4&unit=445');
    // 1 of the 2 communes says its head steers reform in person: 50 % against "= 100 %".
    expect(indicators.get('T02a')).toMatchObject({ actual: 50, status: 'missed' });
    expect(indicators.get('T02a')!.source).toMatchObject({
      kind: 'unit_reports',
      numerator: 1,
      denominator: 2,
    });
    expect(indicators.get('T02a')!.source.descriptionVi).toContain('2021Q4');
    // (2 + 1) units inspected of (5 + 10): 20 %, below "≥ 35 %"; not the mean of 40 % and 10 %
    // (25 %): a rate rolls up from its summed parts.
    expect(indicators.get('T03a')).toMatchObject({ actual: 20, status: 'missed' });
  });

  it('reads the latest approved period inside the year for the year, and nothing for another subtree', async () => {
    const year = await indicatorsOf('unit=445');
    expect(year.get('T03a')).toMatchObject({ actual: 20 });
    expect(year.get('T03a')!.source.descriptionVi).toContain('2021Q4');
    const firstQuarter = await indicatorsOf('period=2021Q1&unit=445');
    expect(firstQuarter.get('T03a')).toMatchObject({ actual: null, status: 'no_data' });
    const commune = await indicatorsOf('period=2021Q4&unit=18565');
    // The commune alone: 1 of 10 inspected; its head does not steer in person.
    expect(commune.get('T03a')).toMatchObject({ actual: 10, status: 'missed' });
    expect(commune.get('T02a')).toMatchObject({ actual: 0 });
  });

  it('keep the figures cchc computes itself ahead of reported ones (T05a from the one-stop rollups)', async () => {
    const indicators = await indicatorsOf('period=2021Q4&unit=445');
    expect(indicators.get('T05a')!.source.kind).toBe('onestop_kpi');
  });
});
