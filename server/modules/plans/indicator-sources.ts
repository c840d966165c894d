import type { IndicatorSource } from '../../../contracts/plans';
import { formatCalendarDateVi, formatNumberVi } from '../../../core/format/format-vi';
import {
  computeApologyCoverage,
  computeOnlineRate,
  computeOnTimeRate,
  computeSatisfactionRate,
} from '../../../core/kpi/compute-rates';
import type { DateRange } from '../../../core/periods/period-range';
import type { ServiceContext } from '../../http/request-context';
import { sumKpiWindow } from '../onestop/kpi-series.repo';

/**
 * Where each indicator of plan 513/KH-UBND takes its live figure from (issue 3 "Indicators with
 * live status": the source the indicator names, computed from cchc's own data where it holds it).
 * The one-stop indicators read the daily KPI rollups of the one-stop module for the dossiers
 * received in the period (docs/decisions/012-dossiers-and-kpi-rollups.md), over the asked
 * unit's subtree: Σ numerators ÷ Σ denominators, the `ratio_of_sums` rule the seed gives them.
 */
export type LiveIndicatorValue = { actual: number | null; source: IndicatorSource };

/** Indicators of 513/KH-UBND fed by the one-stop rollups, by reference code. */
export const onestopIndicatorCodes = ['T05a', 'T05b', 'T05c', 'T09b'] as const;

const judgedMidPeriodVi =
  'Khi kỳ chưa kết thúc, tỷ lệ hiện tại được dùng làm dự báo cả kỳ (không ngoại suy).';

export async function loadOnestopIndicatorValues(
  ctx: ServiceContext,
  scope: { unitPath: string; range: DateRange },
): Promise<Map<string, LiveIndicatorValue>> {
  const { start: from, end: to } = scope.range;
  const sums = await sumKpiWindow(ctx.db, {
    provinceCode: ctx.provinceCode,
    unitPath: scope.unitPath,
    from,
    to,
  });
  const window = `hồ sơ tiếp nhận từ ${formatCalendarDateVi(from)} đến ${formatCalendarDateVi(to)}`;
  const source = (
    descriptionVi: string,
    numerator: number | null,
    denominator: number | null,
  ): IndicatorSource => ({
    kind: 'onestop_kpi',
    descriptionVi: `${descriptionVi} ${judgedMidPeriodVi}`,
    numerator,
    denominator,
    from,
    to,
  });
  const n = formatNumberVi;
  const ended = sums.onTime + sums.late;
  const withApology = sums.late - sums.overdueWithoutApology;

  // T05b has no number in the plan ("Đối với hồ sơ quá hạn có văn bản xin lỗi theo quy định",
  // read as 100 % of overdue dossiers; hatinh-2021-plan.notes.md §2). With dossiers ended and
  // none overdue, no overdue dossier lacks a letter: the duty is met, shown as 100 %.
  const apology: LiveIndicatorValue =
    sums.late === 0
      ? {
          actual: ended === 0 ? null : 100,
          source: source(
            `Hệ thống một cửa: không có hồ sơ quá hạn trong ${n(ended)} hồ sơ đã giải quyết (${window}).`,
            0,
            0,
          ),
        }
      : {
          actual: computeApologyCoverage({ withApology, overdue: sums.late }),
          source: source(
            `Hệ thống một cửa: ${n(withApology)}/${n(sums.late)} hồ sơ quá hạn có văn bản xin lỗi (Mẫu 04), ${n(sums.overdueWithoutApology)} hồ sơ chưa có (${window}).`,
            withApology,
            sums.late,
          ),
        };

  return new Map<string, LiveIndicatorValue>([
    [
      'T05a',
      {
        actual: computeOnTimeRate(sums),
        source: source(
          `Hệ thống một cửa: ${n(sums.onTime)}/${n(ended)} hồ sơ đã giải quyết (kể cả rút) trước và đúng hạn (${window}).`,
          sums.onTime,
          ended,
        ),
      },
    ],
    ['T05b', apology],
    [
      'T05c',
      {
        actual: computeSatisfactionRate(sums),
        // The plan names no instrument (notes §2: SIPAS or one-stop feedback); cchc holds the
        // citizens' ratings of their dossiers, 4 "hài lòng" and 5 "rất hài lòng" counting.
        source: source(
          `Đánh giá của người dân trên hệ thống một cửa: ${n(sums.satisfied)}/${n(sums.rated)} lượt đánh giá hài lòng hoặc rất hài lòng (${window}); không phải kết quả khảo sát SIPAS.`,
          sums.satisfied,
          sums.rated,
        ),
      },
    ],
    [
      'T09b',
      {
        actual: computeOnlineRate({ online: sums.online, total: sums.received }),
        // T09b counts procedures; task III.7.1.08 restates the same "trên 30 %" in dossiers
        // received online (notes §2). cchc's rollups count dossiers, so the dossier reading.
        source: source(
          `Hệ thống một cửa: ${n(sums.online)}/${n(sums.received)} hồ sơ tiếp nhận trực tuyến (${window}); tính theo hồ sơ như nhiệm vụ III.7.1.08, không theo số thủ tục.`,
          sums.online,
          sums.received,
        ),
      },
    ],
  ]);
}

const dataSourcesVi: Record<string, string> = {
  unit_report: 'báo cáo của đơn vị',
  onestop_system: 'hệ thống một cửa',
  survey: 'khảo sát',
  finance: 'số liệu tài chính',
  statistics: 'số liệu thống kê',
};

/** The source of an indicator cchc does not compute yet: the one the plan names. */
export function describePendingSource(dataSource: string): IndicatorSource {
  return {
    kind: 'not_connected',
    descriptionVi: `Nguồn số liệu: ${dataSourcesVi[dataSource] ?? dataSource}; chưa được kết nối hoặc nhập trên cchc.`,
    numerator: null,
    denominator: null,
    from: null,
    to: null,
  };
}

/** T01a: unit plans issued under the province plan (unit-plans.service.ts). */
export function describeUnitPlanSource(range: DateRange): IndicatorSource {
  return {
    kind: 'unit_plans',
    descriptionVi: `Kế hoạch CCHC của các đơn vị trong phạm vi đã ban hành trên cchc đến ${formatCalendarDateVi(range.end)}.`,
    numerator: null,
    denominator: null,
    from: range.start,
    to: range.end,
  };
}
