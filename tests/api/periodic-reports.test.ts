import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePercentage } from '../../core/kpi/percentage';
import { auditEntries } from '../../server/db/schema/audit';
import { onestopKpiDaily } from '../../server/db/schema/onestop-dossiers';
import { units } from '../../server/db/schema/org';
import type { ServiceContext } from '../../server/http/request-context';
import { readOfficialReportFigures } from '../../server/modules/reports/official-report-figures';
import { fullFigures } from './helpers/report-figures';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
let formId: number;

const call = (
  user: string,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  payload?: object,
) => t.as(user, { method, url, ...(payload ? { payload } : {}) });

type Figure = {
  code: string;
  value: number | null;
  prefill: string | null;
  prefilledUnchanged: boolean;
};
const figureOf = (report: { figures: Figure[] }, code: string) =>
  report.figures.find((f) => f.code === code)!;

async function setDue(period: string, dueOn: string) {
  const response = await call('snv', 'PUT', `/api/report-forms/${formId}/periods/${period}`, {
    dueOn,
  });
  expect(response.statusCode, response.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  const forms = await call('sotuphap', 'GET', '/api/report-forms?year=2021');
  expect(forms.statusCode, forms.body).toBe(200);
  formId = forms.json().items.find((f: { code: string }) => f.code === 'BC-CCHC-2021').id;
  // One-stop rollups of Sở Tư pháp inside the Q4 2021 data window (15/09–14/12/2021, NĐ 09/2019).
  const [stp] = await t.db.select().from(units).where(eq(units.code, 'STP'));
  await t.db.insert(onestopKpiDaily).values([
    {
      provinceCode: '42',
      unitId: stp!.id,
      day: '2021-09-20',
      received: 25,
      finished: 20,
      onTime: 19,
      late: 1,
      online: 8,
      overdueWithoutApology: 0,
    },
    {
      provinceCode: '42',
      unitId: stp!.id,
      day: '2021-12-14',
      received: 15,
      finished: 12,
      onTime: 11,
      late: 1,
      online: 4,
      overdueWithoutApology: 1,
    },
    // Outside the window: counted in Q1 2022, not here.
    {
      provinceCode: '42',
      unitId: stp!.id,
      day: '2021-12-15',
      received: 99,
      finished: 0,
      onTime: 0,
      late: 0,
      online: 0,
    },
  ]);
});
afterAll(() => t.close());

describe('the 2021 form', () => {
  it('has the unit-report indicators of the plan, the one-stop figures, sections I–V and NĐ 09/2019 windows', async () => {
    const response = await call('canloc', 'GET', `/api/report-forms/${formId}`);
    expect(response.statusCode, response.body).toBe(200);
    const form = response.json();
    const indicators = new Set(
      form.figures.map((f: { indicatorCode?: string }) => f.indicatorCode),
    );
    for (const code of [
      'T01a',
      'T02a',
      'T03a',
      'T03b',
      'T04a',
      'T06a',
      'T07a',
      'T07b',
      'T07c',
      'T07d',
      'T09d',
      'T10a',
      'T10c',
      'T10d',
      'T11a',
      'T11b',
    ])
      expect(indicators, code).toContain(code);
    expect(
      form.figures.filter((f: { prefill?: string }) => f.prefill?.startsWith('onestop.')),
    ).toHaveLength(5);
    expect(form.sections.map((s: { code: string }) => s.code)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
    ]);
    expect(form.periods.map((p: { period: string }) => p.period)).toEqual([
      '2021Q1',
      '2021Q2',
      '2021S1',
      '2021Q3',
      '2021Q4',
      '2021',
    ]);
    // Q1: 15/12/2020–14/03/2021; 14/03 is a Sunday, so two working days later is Tuesday 16/03.
    expect(form.periods[0]).toMatchObject({
      windowStart: '2020-12-15',
      windowEnd: '2021-03-14',
      dueOn: '2021-03-16',
    });
    expect(form.periods[2]).toMatchObject({ windowStart: '2020-12-15', windowEnd: '2021-06-14' });
  });

  it('is edited only by Sở Nội vụ', async () => {
    const refused = await call('canloc', 'PATCH', `/api/report-forms/${formId}`, { name: 'Khác' });
    expect(refused.statusCode).toBe(403);
    const bad = await call('snv', 'PATCH', `/api/report-forms/${formId}`, {
      rules: [{ left: ['KHONG_CO'], right: ['OS_RECEIVED'] }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('report_form_invalid');
  });
});

describe('a form of another year', () => {
  it('is created by Sở Nội vụ with its periods, windows and due dates computed, then re-timed', async () => {
    const body = {
      code: 'BC-CCHC-2022',
      year: 2022,
      name: 'Báo cáo CCHC năm 2022',
      periodKinds: ['half_year', 'year'],
      unitKinds: ['district'],
      cutOffDay: null,
      dueWorkingDays: 5,
      figures: [
        { code: 'A', label: 'Số cuộc kiểm tra', unitOfMeasure: 'cuộc', type: 'integer' },
        { code: 'B', label: 'Số cuộc qua môi trường số', unitOfMeasure: 'cuộc', type: 'integer' },
      ],
      sections: [{ code: 'I', title: 'Chỉ đạo, điều hành' }],
      rules: [{ left: ['B'], right: ['A'] }],
    };
    const created = await call('snv', 'POST', '/api/report-forms', body);
    expect(created.statusCode, created.body).toBe(201);
    // Calendar months: the year ends on Saturday 31/12/2022; five working days later is 07/01/2023.
    expect(created.json().periods).toEqual([
      expect.objectContaining({
        period: '2022S1',
        windowStart: '2022-01-01',
        windowEnd: '2022-06-30',
      }),
      expect.objectContaining({ period: '2022', windowEnd: '2022-12-31', dueOn: '2023-01-09' }),
    ]);
    const retimed = await call('snv', 'PATCH', `/api/report-forms/${created.json().id}`, {
      cutOffDay: 14,
      dueWorkingDays: 2,
    });
    expect(retimed.json().periods[1]).toMatchObject({
      windowStart: '2021-12-15',
      windowEnd: '2022-12-14',
    });
    const taken = await call('snv', 'POST', '/api/report-forms', body);
    expect(taken.json().error.code).toBe('report_form_code_taken');
  });
});

describe('a full quarter: Sở Tư pháp, Q4 2021', () => {
  let id: number;

  it('opens with the figures cchc holds filled in and marked', async () => {
    await setDue('2021Q4', '2099-12-31');
    const response = await call('sotuphap', 'POST', '/api/periodic-reports', {
      formId,
      unitCode: 'STP',
      period: '2021Q4',
    });
    expect(response.statusCode, response.body).toBe(201);
    const report = response.json();
    id = report.id;
    expect(report).toMatchObject({
      status: 'draft',
      locked: false,
      canEdit: true,
      canReview: false,
    });
    expect(figureOf(report, 'OS_RECEIVED')).toMatchObject({
      value: 40,
      prefill: 'onestop.received',
      prefilledUnchanged: true,
    });
    expect(figureOf(report, 'OS_ON_TIME')).toMatchObject({ value: 30, prefill: 'onestop.on_time' });
    expect(figureOf(report, 'OS_LATE').value).toBe(2);
    expect(figureOf(report, 'OS_ONLINE').value).toBe(12);
    // Two late dossiers, one of them without an apology letter (T05b).
    expect(figureOf(report, 'OS_APOLOGY').value).toBe(1);
    // Sở Tư pháp leads the 9 institution tasks of the province plan and has no plan of its own yet.
    expect(figureOf(report, 'NV_TONG')).toMatchObject({ prefill: 'plans.tasks_total' });
    expect(figureOf(report, 'NV_TONG').value).toBeGreaterThan(0);
    expect(figureOf(report, 'KH_BAN_HANH').value).toBe(0);
    expect(figureOf(report, 'OS_TY_LE_DUNG_HAN').value).toBe(computePercentage(30, 32));
    expect(report.problems.some((p: { code: string }) => p.code === 'figure_missing')).toBe(true);
    const again = await call('sotuphap', 'POST', '/api/periodic-reports', {
      formId,
      unitCode: 'STP',
      period: '2021Q4',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('report_exists');
  });

  it('accepts on time = received, refuses on time = received + 1 with a Vietnamese message on the field', async () => {
    const equal = await call('sotuphap', 'PATCH', `/api/periodic-reports/${id}`, {
      figures: { HS_TONG: 45, OS_ON_TIME: 40, OS_LATE: 0, OS_APOLOGY: 0 },
    });
    expect(equal.statusCode, equal.body).toBe(200);
    expect(figureOf(equal.json(), 'OS_ON_TIME')).toMatchObject({
      value: 40,
      prefilledUnchanged: false,
    });
    const over = await call('sotuphap', 'PATCH', `/api/periodic-reports/${id}`, {
      figures: { OS_ON_TIME: 41 },
    });
    expect(over.statusCode).toBe(422);
    const { error } = over.json();
    expect(error.code).toBe('report_values_invalid');
    expect(error.details).toContainEqual({
      field: 'OS_ON_TIME',
      code: 'figure_exceeds',
      message: expect.stringContaining('Số hồ sơ tiếp nhận trên hệ thống một cửa'),
    });
  });

  it('refuses negative counts, fractions of a count and percentages above 100', async () => {
    const response = await call('sotuphap', 'PATCH', `/api/periodic-reports/${id}`, {
      figures: { TD_MOI: -1, DT_KE_HOACH: 2.5, VTVL_TY_LE: 100.01, KH_BAN_HANH: 2 },
    });
    expect(response.statusCode).toBe(422);
    const codes = Object.fromEntries(
      response.json().error.details.map((d: { field: string; code: string }) => [d.field, d.code]),
    );
    expect(codes).toEqual({
      TD_MOI: 'figure_negative',
      DT_KE_HOACH: 'figure_not_integer',
      VTVL_TY_LE: 'figure_percent_out_of_range',
      KH_BAN_HANH: 'figure_above_max',
    });
    const edge = await call('sotuphap', 'PATCH', `/api/periodic-reports/${id}`, {
      figures: { TD_MOI: 0, VTVL_TY_LE: 100 },
    });
    expect(edge.statusCode, edge.body).toBe(200);
  });

  it('refuses to send with figures missing, then sends when complete', async () => {
    const early = await call('sotuphap', 'POST', `/api/periodic-reports/${id}/submit`);
    expect(early.statusCode).toBe(422);
    expect(early.json().error.details).toContainEqual(
      expect.objectContaining({
        field: 'KT_TONG_DV',
        code: 'figure_missing',
        message: 'Chưa nhập số liệu',
      }),
    );
    const saved = await call('sotuphap', 'PATCH', `/api/periodic-reports/${id}`, {
      figures: fullFigures,
      sections: { I: 'Ban hành kế hoạch kiểm tra CCHC.', V: 'Không.' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().problems).toEqual([]);
    const sent = await call('sotuphap', 'POST', `/api/periodic-reports/${id}/submit`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({
      status: 'submitted',
      timeliness: 'on_time',
      canEdit: false,
    });
  });

  it('is not returned by the unit itself nor by another district; Sở Nội vụ returns it with a comment', async () => {
    expect(
      (await call('giamdocstp', 'POST', `/api/periodic-reports/${id}/return`, { comment: 'x' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('thachha', 'POST', `/api/periodic-reports/${id}/return`, { comment: 'x' }))
        .statusCode,
    ).toBe(404);
    const returned = await call('snv', 'POST', `/api/periodic-reports/${id}/return`, {
      comment: 'Bổ sung kết quả kiểm tra tại mục I',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnComment: 'Bổ sung kết quả kiểm tra tại mục I',
    });
    const inbox = await call(
      'sotuphap',
      'GET',
      `/api/periodic-reports?box=to_fill&status=returned`,
    );
    expect(inbox.json().items.map((s: { reportId: number }) => s.reportId)).toContain(id);
  });

  it('is corrected and sent again; the first sending still decides timeliness', async () => {
    const first = (await call('sotuphap', 'GET', `/api/periodic-reports/${id}`)).json()
      .firstSubmittedAt;
    const saved = await call('sotuphap', 'PATCH', `/api/periodic-reports/${id}`, {
      figures: { KT_DA_KT: 3 },
      sections: { I: 'Ban hành kế hoạch kiểm tra CCHC; kiểm tra 3 đơn vị trực thuộc.' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const sent = await call('sotuphap', 'POST', `/api/periodic-reports/${id}/submit`);
    expect(sent.json()).toMatchObject({
      status: 'submitted',
      firstSubmittedAt: first,
      returnComment: null,
    });
    const review = await call('snv', 'GET', '/api/periodic-reports?box=to_review');
    expect(review.json().items.map((s: { reportId: number }) => s.reportId)).toContain(id);
  });

  it('is approved by Sở Nội vụ and cannot be changed afterwards', async () => {
    const approved = await call('snv', 'POST', `/api/periodic-reports/${id}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
    const late = await call('sotuphap', 'PATCH', `/api/periodic-reports/${id}`, {
      figures: { TD_MOI: 2 },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('report_state_invalid');
  });

  it('keeps every value with its history (who, when, old → new) and every step in the audit trail', async () => {
    const report = (await call('snv', 'GET', `/api/periodic-reports/${id}`)).json();
    const onTime = report.history
      .filter((h: { field: string }) => h.field === 'OS_ON_TIME')
      .reverse();
    expect(
      onTime.map(
        (h: { oldValue: number | null; newValue: number; source: string; changedBy: string }) => [
          h.oldValue,
          h.newValue,
          h.source,
          h.changedBy,
        ],
      ),
    ).toEqual([
      [null, 30, 'prefill', 'sotuphap'],
      [30, 40, 'user', 'sotuphap'],
      [40, 30, 'user', 'sotuphap'],
    ]);
    expect(report.history.find((h: { field: string }) => h.field === 'section:I')).toBeTruthy();
    expect(report.events.map((e: { action: string }) => e.action)).toEqual([
      'created',
      'submitted',
      'returned',
      'submitted',
      'approved',
    ]);
    const audit = await t.db
      .select({ action: auditEntries.action })
      .from(auditEntries)
      .where(
        and(eq(auditEntries.entityType, 'periodic_report'), eq(auditEntries.entityId, String(id))),
      );
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set([
        'periodic_report.created',
        'periodic_report.saved',
        'periodic_report.submitted',
        'periodic_report.returned',
        'periodic_report.approved',
      ]),
    );
  });
});

describe('lock after the due date, and exceptions', () => {
  it('locks a report once its due date has passed', async () => {
    await setDue('2021Q4', '2021-12-16');
    const refused = await call('canloc', 'POST', '/api/periodic-reports', {
      formId,
      unitCode: '443',
      period: '2021Q4',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('report_locked');
    // The demo's Xã Thiên Lộc left its Q3 draft past the due date.
    const slots = await call(
      'canloc',
      'GET',
      '/api/periodic-reports?box=to_fill&period=2021Q3&status=draft',
    );
    const draft = slots.json().items.find((s: { unitCode: string }) => s.unitCode === '18415');
    expect(draft).toMatchObject({ locked: true, timeliness: 'overdue' });
    const save = await call('canloc', 'PATCH', `/api/periodic-reports/${draft.reportId}`, {
      figures: { TD_MOI: 1 },
    });
    expect(save.json().error.code).toBe('report_locked');
  });

  it('opens again for one unit and period when Sở Nội vụ grants an exception, audited', async () => {
    const byDistrict = await call('canloc', 'POST', '/api/periodic-reports/exceptions', {
      formId,
      unitCode: '443',
      period: '2021Q4',
      until: '2099-01-31',
      reason: 'x',
    });
    expect(byDistrict.statusCode).toBe(403);
    const past = await call('snv', 'POST', '/api/periodic-reports/exceptions', {
      formId,
      unitCode: '443',
      period: '2021Q4',
      until: '2021-12-20',
      reason: 'Quá hạn',
    });
    expect(past.json().error.code).toBe('report_exception_invalid');
    const granted = await call('snv', 'POST', '/api/periodic-reports/exceptions', {
      formId,
      unitCode: '443',
      period: '2021Q4',
      until: '2099-01-31',
      reason: 'Huyện sáp nhập phòng Nội vụ, chậm số liệu',
    });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json()).toMatchObject({
      unitCode: '443',
      until: '2099-01-31',
      grantedBy: 'snv',
    });
    const opened = await call('canloc', 'POST', '/api/periodic-reports', {
      formId,
      unitCode: '443',
      period: '2021Q4',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({
      locked: false,
      exceptionUntil: '2099-01-31',
      canEdit: true,
    });
    // Another commune of the same district stays locked.
    const other = await call('canloc', 'POST', '/api/periodic-reports', {
      formId,
      unitCode: '18406',
      period: '2021Q4',
    });
    expect(other.json().error.code).toBe('report_locked');
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'periodic_report.exception_granted'));
    expect(entry).toBeTruthy();
  });
});

describe('review by the level above', () => {
  it('lets Can Lộc approve the report its commune sent, and not its own', async () => {
    const review = (await call('canloc', 'GET', '/api/periodic-reports?box=to_review')).json();
    const nghen = review.items.find((s: { unitCode: string }) => s.unitCode === '18406');
    expect(nghen).toMatchObject({ period: '2021Q3', status: 'submitted' });
    expect(review.items.every((s: { unitCode: string }) => s.unitCode !== '443')).toBe(true);
    const approved = await call(
      'canloc',
      'POST',
      `/api/periodic-reports/${nghen.reportId}/approve`,
      { comment: 'Đạt' },
    );
    expect(approved.statusCode, approved.body).toBe(200);
    const own = (
      await call('canloc', 'GET', '/api/periodic-reports?box=to_fill&unit=443&period=2021Q3')
    ).json();
    const returned = own.items.find((s: { unitCode: string }) => s.unitCode === '443');
    expect(returned.status).toBe('returned');
  });

  it('hides a unit’s reports from another district', async () => {
    const own = (
      await call('canloc', 'GET', '/api/periodic-reports?box=to_fill&unit=443&period=2021Q1')
    ).json();
    const reportId = own.items.find((s: { unitCode: string }) => s.unitCode === '443').reportId;
    expect((await call('thachha', 'GET', `/api/periodic-reports/${reportId}`)).statusCode).toBe(
      404,
    );
    expect(
      (await call('thachha', 'GET', `/api/periodic-reports/completeness?formId=${formId}&unit=443`))
        .statusCode,
    ).toBe(403);
    const theirs = (
      await call('thachha', 'GET', '/api/periodic-reports?box=to_fill&pageSize=500')
    ).json();
    expect(
      theirs.items.every(
        (s: { unitCode: string }) => !['443', '18406', 'STP'].includes(s.unitCode),
      ),
    ).toBe(true);
  });
});

describe('completeness, timeliness and roll-up', () => {
  it('shows Sở Nội vụ the units × periods matrix of Can Lộc with status and timeliness', async () => {
    const response = await call(
      'snv',
      'GET',
      `/api/periodic-reports/completeness?formId=${formId}&unit=443&pageSize=5`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const matrix = response.json();
    expect(matrix.total).toBe(19);
    expect(matrix.items).toHaveLength(5);
    const canLoc = matrix.items.find((row: { unitCode: string }) => row.unitCode === '443');
    const cell = (period: string) =>
      canLoc.cells.find((c: { period: string }) => c.period === period);
    expect(cell('2021Q1')).toMatchObject({ status: 'approved', timeliness: 'on_time' });
    expect(cell('2021Q2')).toMatchObject({ status: 'approved', timeliness: 'late' });
    expect(cell('2021Q3')).toMatchObject({ status: 'returned', timeliness: 'on_time' });
    const q2 = matrix.summary.find((s: { period: string }) => s.period === '2021Q2');
    expect(q2).toMatchObject({ expected: 19, submitted: 3, onTime: 1, late: 2, missing: 16 });
    const communes = await call(
      'snv',
      'GET',
      `/api/periodic-reports/completeness?formId=${formId}&unit=443&kind=commune`,
    );
    expect(communes.json().total).toBe(18);
  });

  it('counts reports due, sent on time and late for a subtree and period', async () => {
    const response = await call(
      'snv',
      'GET',
      '/api/periodic-reports/timeliness?unit=443&period=2021Q2',
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      unitCode: '443',
      period: '2021Q2',
      due: 19,
      submittedOnTime: 1,
      submittedLate: 2,
      overdue: 16,
      pending: 0,
    });
  });

  it('rolls figures up the tree: counts summed, rates recomputed from summed parts', async () => {
    const response = await call(
      'snv',
      'GET',
      `/api/periodic-reports/rollup?formId=${formId}&unit=443&period=2021Q1`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const rollup = response.json();
    expect(rollup).toMatchObject({ reportsCounted: 4, reportsExpected: 19 });
    const children = rollup.children.map((c: { unitCode: string }) => c.unitCode).sort();
    expect(children).toEqual(['18406', '18415', '18418']);
    const value = (code: string) =>
      rollup.figures.find((f: { code: string }) => f.code === code).value;
    const sumOver = (code: string) =>
      rollup.children.reduce(
        (total: number, c: { values: Record<string, number> }) => total + (c.values[code] ?? 0),
        0,
      );
    // Can Lộc's own report plus its three communes'.
    const own = value('KT_TONG_DV') - sumOver('KT_TONG_DV');
    expect(own).toBe(19);
    expect(value('KT_TY_LE')).toBe(computePercentage(value('KT_DA_KT'), value('KT_TONG_DV')));
    expect(value('VB_TY_LE_DIEN_TU')).toBe(
      computePercentage(value('VB_DI_DIEN_TU'), value('VB_DI_TONG')),
    );
  });

  it('leaves drafts and returned reports out of the roll-up', async () => {
    const rollup = (
      await call(
        'snv',
        'GET',
        `/api/periodic-reports/rollup?formId=${formId}&unit=443&period=2021Q3`,
      )
    ).json();
    // Q3: Nghèn (approved above) only; Can Lộc's is returned, Thiên Lộc's a draft.
    expect(rollup.reportsCounted).toBe(1);
  });
});

describe('figures for the official report', () => {
  it('gives the approved figures of a subtree and period, and null where none was approved', async () => {
    const ctx = { db: t.db, provinceCode: '42' } as ServiceContext;
    const [canLoc] = await t.db.select().from(units).where(eq(units.code, '443'));
    const unit = { id: canLoc!.id, code: '443', path: canLoc!.path };
    const figures = await readOfficialReportFigures(ctx, { unit, periodCode: '2021Q1' });
    expect(figures?.find((f) => f.code === 'KT_TONG_DV')).toMatchObject({
      labelVi: 'Số cơ quan, đơn vị trực thuộc',
      value: 19,
      note: '4 báo cáo đã duyệt',
    });
    const [thachHa] = await t.db.select().from(units).where(eq(units.code, '445'));
    expect(
      await readOfficialReportFigures(ctx, {
        unit: { id: thachHa!.id, code: '445', path: thachHa!.path },
        periodCode: '2021Q1',
      }),
    ).toBeNull();
  });
});
