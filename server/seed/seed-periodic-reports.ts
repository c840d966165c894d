import { formatPeriodLabelVi, parsePeriodCode } from '../../core/periods/period-code';
import { validateFigureValues } from '../../core/reports/report-form';
import { normalizeSearchText } from '../../core/text/normalize-search-text';
import { addDaysToDate } from '../../core/time/calendar-date';
import type { Queryable } from '../db/database';
import { loadWorkingCalendar } from '../modules/calendar/calendar.service';
import { sectionField } from '../modules/reports/periodic-reports.present';
import * as repo from '../modules/reports/periodic-reports.repo';
import { writePrefill } from '../modules/reports/periodic-reports.service';
import { buildFormPeriodRows } from '../modules/reports/report-forms.service';
import { computePrefill } from '../modules/reports/report-prefill';
import { cchcReportForm2021 } from './report-form-cchc-2021';

type Outcome = 'approved' | 'approved_late' | 'submitted' | 'returned' | 'draft';

/**
 * Demo reports (docs/decisions/016): Sở Tư pháp, Huyện Can Lộc and three of its communes for
 * Q1–Q3 2021 (and the six-month report of the first two), with every state the inbox and the
 * matrix show: approved, approved but sent late, waiting for review, returned, a draft left
 * past its due date, and reports never started.
 */
const scenarios: Array<{ unit: string; period: string; outcome: Outcome; reviewer: string }> = [
  { unit: 'STP', period: '2021Q1', outcome: 'approved', reviewer: 'snv' },
  { unit: 'STP', period: '2021Q2', outcome: 'approved', reviewer: 'snv' },
  { unit: 'STP', period: '2021S1', outcome: 'approved', reviewer: 'snv' },
  { unit: 'STP', period: '2021Q3', outcome: 'submitted', reviewer: 'snv' },
  { unit: '443', period: '2021Q1', outcome: 'approved', reviewer: 'snv' },
  { unit: '443', period: '2021Q2', outcome: 'approved_late', reviewer: 'snv' },
  { unit: '443', period: '2021S1', outcome: 'approved_late', reviewer: 'snv' },
  { unit: '443', period: '2021Q3', outcome: 'returned', reviewer: 'snv' },
  { unit: '18406', period: '2021Q1', outcome: 'approved', reviewer: 'canloc' },
  { unit: '18406', period: '2021Q2', outcome: 'approved', reviewer: 'canloc' },
  { unit: '18406', period: '2021Q3', outcome: 'submitted', reviewer: 'canloc' },
  { unit: '18415', period: '2021Q1', outcome: 'approved', reviewer: 'canloc' },
  { unit: '18415', period: '2021Q2', outcome: 'approved_late', reviewer: 'canloc' },
  { unit: '18415', period: '2021Q3', outcome: 'draft', reviewer: 'canloc' },
  { unit: '18418', period: '2021Q1', outcome: 'approved', reviewer: 'canloc' },
];

const fillers: Record<string, string> = {
  STP: 'sotuphap',
  '443': 'canloc',
  '18406': 'canloc',
  '18415': 'canloc',
  '18418': 'canloc',
};

/** A deterministic number from a text: the same demo on every start. */
function pick(seed: string, min: number, max: number): number {
  let hash = 2166136261;
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return min + (hash % (max - min + 1));
}

function typedFigures(
  unit: { code: string; kind: string },
  period: string,
  oneStopReceived: number,
) {
  const s = (name: string, min: number, max: number) =>
    pick(`${unit.code}${period}${name}`, min, max);
  const district = unit.kind === 'district';
  const commune = unit.kind === 'commune';
  const subUnits = district ? 19 : commune ? 0 : 5;
  const inspected = Math.min(subUnits, s('kt', district ? 3 : 1, district ? 8 : 3));
  const laws = commune ? 0 : s('qppl', 1, 6);
  const training = s('dt', 4, 30);
  const rotation = s('cd', 0, 6);
  const outgoing = s('vb', commune ? 120 : 600, commune ? 400 : 2400);
  const checks = s('ktr', 2, 10);
  const procedures = commune ? s('qt', 60, 110) : s('qt', 90, 160);
  return {
    NDD_CHI_DAO: 1,
    KT_TONG_DV: subUnits,
    KT_DA_KT: inspected,
    KT_KE_HOACH: commune ? 0 : 1,
    VB_QPPL_TONG: laws,
    VB_QPPL_DAT: laws,
    TC_RA_SOAT: 1,
    VTVL_TY_LE: s('vtvl', 92, 100),
    TD_MOI: s('td', 0, 3),
    TD_TINH_GIAN: s('tg', 2, 8),
    DT_KE_HOACH: training,
    DT_DA_CU: training - s('dtc', 0, 2),
    CD_PHAI: rotation,
    CD_DA: Math.max(0, rotation - s('cdc', 0, 1)),
    HS_TONG: oneStopReceived + s('hs', 2, 25),
    VB_DI_TONG: outgoing,
    VB_DI_DIEN_TU: Math.round(outgoing * (commune ? 0.95 : 0.99)),
    BC_TONG: s('bc', 8, 14),
    BC_TRUC_TUYEN: s('bct', 6, 8),
    KTR_TONG: checks,
    KTR_SO: Math.round(checks * 0.4),
    ISO_AP_DUNG: 1,
    QT_TONG: procedures,
    QT_SOAT_XET: procedures - s('qts', 0, 4),
  };
}

function sectionTexts(unitName: string, periodLabel: string): Record<string, string> {
  return {
    I: `${unitName} ban hành kế hoạch, văn bản chỉ đạo triển khai công tác CCHC ${periodLabel.toLowerCase()}; tổ chức kiểm tra CCHC theo kế hoạch; tuyên truyền CCHC trên trang thông tin điện tử.`,
    II: 'Cải cách thể chế, TTHC, tổ chức bộ máy, công vụ, tài chính công và chính quyền điện tử được triển khai theo Kế hoạch 513/KH-UBND; hồ sơ TTHC được tiếp nhận, giải quyết trên hệ thống một cửa.',
    III: 'Các nhiệm vụ cơ bản hoàn thành đúng tiến độ; còn một số hồ sơ giải quyết quá hạn, tỷ lệ hồ sơ trực tuyến chưa cao.',
    IV: 'Tiếp tục rà soát, đơn giản hóa TTHC; nâng tỷ lệ hồ sơ trực tuyến; duy trì ISO 9001:2015.',
    V: 'Đề nghị Sở Thông tin và Truyền thông hỗ trợ kết nối hệ thống một cửa với Cổng dịch vụ công quốc gia.',
  };
}

/** 15:00 in Việt Nam on a calendar day. */
const at = (day: string, hour = 15) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);

export async function seedDemoPeriodicReports(
  tx: Queryable,
  provinceCode: string,
): Promise<{ forms: number; reports: number }> {
  const { calendar } = await loadWorkingCalendar(tx, provinceCode);
  const { code, name, year, periodKinds, unitKinds, figures, sections, rules } = cchcReportForm2021;
  const form = await repo.insertForm(tx, {
    provinceCode,
    code,
    name,
    year,
    periodKinds,
    unitKinds,
    cutOffDay: 14,
    dueWorkingDays: 2,
    figures,
    sections,
    rules,
    searchText: normalizeSearchText(`${code} ${name}`),
  });
  const periodRows = buildFormPeriodRows(form, calendar);
  await repo.insertMissingFormPeriods(tx, periodRows);
  const users = new Map(
    (await tx.query.users.findMany({ columns: { id: true, username: true } })).map((u) => [
      u.username,
      u,
    ]),
  );
  const units = new Map(
    (
      await tx.query.units.findMany({
        columns: { id: true, code: true, kind: true, name: true, path: true },
      })
    ).map((u) => [u.code, u]),
  );
  for (const scenario of scenarios) {
    const unit = units.get(scenario.unit)!;
    const period = periodRows.find((p) => p.periodCode === scenario.period)!;
    const filler = users.get(fillers[scenario.unit]!)!;
    const reviewer = users.get(scenario.reviewer)!;
    const actor = { userId: filler.id, username: filler.username };
    const createdAt = at(addDaysToDate(period.windowEnd, 1), 8);
    const late = scenario.outcome === 'approved_late';
    const submittedAt = late ? at(addDaysToDate(period.dueOn, 6), 10) : at(period.dueOn, 9);
    const report = await repo.insertReport(tx, {
      provinceCode,
      formId: form.id,
      unitId: unit.id,
      periodCode: period.periodCode,
      status: 'draft',
      createdAt,
    });
    const prefill = await computePrefill(tx, {
      provinceCode,
      unit,
      year,
      window: { start: period.windowStart, end: period.windowEnd },
      figures,
    });
    await writePrefill(tx, { provinceCode, actor }, report.id, prefill, createdAt);
    const typed = typedFigures(unit, period.periodCode, prefill.get('OS_RECEIVED')?.value ?? 0);
    const texts = sectionTexts(unit.name, formatPeriodLabelVi(parsePeriodCode(period.periodCode)!));
    const values = { ...Object.fromEntries([...prefill].map(([k, v]) => [k, v.value])), ...typed };
    if (validateFigureValues(form, values, { requireAll: true }).length > 0)
      throw new Error(`demo report ${scenario.unit} ${scenario.period} is inconsistent`);
    const typedAt = new Date(createdAt.getTime() + 3600_000);
    await repo.insertValues(tx, [
      ...Object.entries(typed).map(([fieldCode, numberValue]) => ({
        reportId: report.id,
        fieldCode,
        numberValue,
      })),
      ...Object.entries(texts).map(([sectionCode, textValue]) => ({
        reportId: report.id,
        fieldCode: sectionField(sectionCode),
        textValue,
      })),
    ]);
    await repo.insertValueChanges(tx, [
      ...Object.entries(typed).map(([fieldCode, newNumber]) => ({
        provinceCode,
        reportId: report.id,
        fieldCode,
        newNumber,
        source: 'user',
        changedByUserId: filler.id,
        changedByUsername: filler.username,
        changedAt: typedAt,
      })),
      ...Object.entries(texts).map(([sectionCode, newText]) => ({
        provinceCode,
        reportId: report.id,
        fieldCode: sectionField(sectionCode),
        newText,
        source: 'user',
        changedByUserId: filler.id,
        changedByUsername: filler.username,
        changedAt: typedAt,
      })),
    ]);
    const event = (
      action: string,
      who: { id: number; username: string },
      when: Date,
      comment?: string,
    ) =>
      repo.insertEvent(tx, {
        provinceCode,
        reportId: report.id,
        action,
        comment: comment ?? null,
        actorUserId: who.id,
        actorUsername: who.username,
        occurredAt: when,
      });
    await event('created', filler, createdAt);
    if (scenario.outcome === 'draft') continue;
    await event('submitted', filler, submittedAt);
    const reviewedAt = new Date(submittedAt.getTime() + 2 * 86_400_000);
    const returnComment =
      'Đề nghị bổ sung số liệu hồ sơ tiếp nhận ngoài hệ thống một cửa và làm rõ nguyên nhân hồ sơ quá hạn tại mục III.';
    if (scenario.outcome === 'returned')
      await event('returned', reviewer, reviewedAt, returnComment);
    if (scenario.outcome === 'approved' || scenario.outcome === 'approved_late')
      await event('approved', reviewer, reviewedAt);
    await repo.updateReport(tx, report.id, {
      status:
        scenario.outcome === 'returned'
          ? 'returned'
          : scenario.outcome === 'submitted'
            ? 'submitted'
            : 'approved',
      firstSubmittedAt: submittedAt,
      submittedAt,
      reviewedAt: scenario.outcome === 'submitted' ? null : reviewedAt,
      returnComment: scenario.outcome === 'returned' ? returnComment : null,
    });
  }
  return { forms: 1, reports: scenarios.length };
}
