import type { IndicatorSource } from '../../../contracts/plans';
import { formatNumberVi } from '../../../core/format/format-vi';
import { computeShareOfUnits } from '../../../core/kpi/compute-rates';
import { formatPeriodCode, type Period } from '../../../core/periods/period-code';
import { computePeriodRange } from '../../../core/periods/period-range';
import { listPeriodsWithin } from '../../../core/periods/period-relations';
import type { ReportFigure, RolledUpFigure } from '../../../core/reports/report-form';
import type { ServiceContext } from '../../http/request-context';
import type { LiveIndicatorValue } from '../plans/indicator-sources';
import {
  type ApprovedRollup,
  findActiveForms,
  loadApprovedRollup,
} from './official-report-figures';

/**
 * Plan indicators fed by the units' approved periodic reports (the figures of the form that name
 * an `indicatorCode`; server/seed/report-form-cchc-2021.ts). Every indicator of plan 513 is a
 * percentage, so a figure can feed one only as:
 * - a rate computed from summed parts (`ratioOf`): Σ numerators ÷ Σ denominators;
 * - a typed-in percentage: averaged without weights over the reports (said in the source);
 * - a 1/0 answer ("đã ban hành", "có chỉ đạo"): the share of reporting units answering 1.
 * A plain count (documents, units) is not a percentage without its base and feeds nothing here.
 *
 * Which reports: the latest period inside the one asked for that has approved reports (the year
 * 2021 in November reads the third quarter's reports if the year's own are not in). The source
 * names the period used, so the reader knows how old the figure is.
 */
export async function readUnitReportIndicatorValues(
  ctx: ServiceContext,
  query: { unitPath: string; period: Period },
): Promise<Map<string, LiveIndicatorValue>> {
  const found = await findLatestApprovedRollup(ctx, query);
  const values = new Map<string, LiveIndicatorValue>();
  if (!found) return values;
  const { rollup, period } = found;
  const range = computePeriodRange(period);
  const byIndicator = new Map<string, Array<{ figure: ReportFigure; rolled: RolledUpFigure }>>();
  rollup.figures.forEach((figure, index) => {
    if (!figure.indicatorCode) return;
    const list = byIndicator.get(figure.indicatorCode) ?? [];
    list.push({ figure, rolled: rollup.rolled[index]! });
    byIndicator.set(figure.indicatorCode, list);
  });
  for (const [code, candidates] of byIndicator) {
    const value = readIndicatorValue(candidates);
    if (!value) continue;
    const source: IndicatorSource = {
      kind: 'unit_reports',
      descriptionVi: `Báo cáo định kỳ kỳ ${formatPeriodCode(period)}: ${value.howVi} (${formatNumberVi(rollup.reportCount)} báo cáo đã duyệt trong phạm vi).`,
      numerator: value.numerator,
      denominator: value.denominator,
      from: range.start,
      to: range.end,
    };
    values.set(code, { actual: value.actual, source });
  }
  return values;
}

async function findLatestApprovedRollup(
  ctx: ServiceContext,
  query: { unitPath: string; period: Period },
): Promise<{ rollup: ApprovedRollup; period: Period } | null> {
  // Latest end first; on the same end the longer period (the year before Q4, S1 before Q2).
  const candidates = [query.period, ...listPeriodsWithin(query.period)]
    .map((period) => ({ period, range: computePeriodRange(period) }))
    .sort((a, b) =>
      a.range.end === b.range.end
        ? a.range.start.localeCompare(b.range.start)
        : b.range.end.localeCompare(a.range.end),
    );
  const forms = await findActiveForms(ctx.db, ctx.provinceCode, query.period.year);
  for (const { period } of candidates) {
    const rollup = await loadApprovedRollup(ctx.db, forms, {
      provinceCode: ctx.provinceCode,
      unitPath: query.unitPath,
      periodCode: formatPeriodCode(period),
    });
    if (rollup) return { rollup, period };
  }
  return null;
}

function readIndicatorValue(
  candidates: Array<{ figure: ReportFigure; rolled: RolledUpFigure }>,
): { actual: number; numerator: number | null; denominator: number | null; howVi: string } | null {
  const ratio = candidates.find((c) => c.figure.ratioOf && c.rolled.value !== null);
  if (ratio) {
    return {
      actual: ratio.rolled.value!,
      numerator: null,
      denominator: null,
      howVi: `${ratio.figure.label}, tính từ tổng tử số và mẫu số của ${formatNumberVi(ratio.rolled.unitsWithData)} đơn vị`,
    };
  }
  const typed = candidates.find((c) => c.figure.type === 'percent' && c.rolled.value !== null);
  if (typed) {
    return {
      actual: typed.rolled.value!,
      numerator: null,
      denominator: null,
      howVi: `${typed.figure.label}, trung bình không trọng số của ${formatNumberVi(typed.rolled.unitsWithData)} đơn vị`,
    };
  }
  const yesNo = candidates.find(
    (c) => c.figure.max === 1 && c.rolled.value !== null && c.rolled.unitsWithData > 0,
  );
  if (yesNo) {
    const yes = yesNo.rolled.value!;
    const of = yesNo.rolled.unitsWithData;
    const actual = computeShareOfUnits({ meeting: yes, units: of });
    if (actual === null) return null;
    return {
      actual,
      numerator: yes,
      denominator: of,
      howVi: `${formatNumberVi(yes)}/${formatNumberVi(of)} đơn vị báo cáo "${yesNo.figure.label}"`,
    };
  }
  return null;
}
