import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { formatNumberVi } from '../../lib/format';

export type MeasureKey =
  | 'onTimeRate'
  | 'onlineRate'
  | 'satisfactionRate'
  | 'overdueWithoutApology'
  | 'reportsOnTime'
  | 'tasksOverdue'
  | 'unitPlans';

export interface Measure {
  label: string;
  /** Where the figure comes from: one-stop KPIs, or the plan and report modules (plan-units). */
  source: 'kpi' | 'plan';
  better: 'high' | 'low';
  percent: boolean;
  /** What lies behind a unit's figure. */
  drill: 'dossiers' | 'tasks' | 'none';
}

export const measures: Record<MeasureKey, Measure> = {
  onTimeRate: {
    label: 'Tỷ lệ hồ sơ đúng hạn',
    source: 'kpi',
    better: 'high',
    percent: true,
    drill: 'dossiers',
  },
  onlineRate: {
    label: 'Tỷ lệ hồ sơ trực tuyến',
    source: 'kpi',
    better: 'high',
    percent: true,
    drill: 'dossiers',
  },
  satisfactionRate: {
    label: 'Mức độ hài lòng',
    source: 'kpi',
    better: 'high',
    percent: true,
    drill: 'dossiers',
  },
  overdueWithoutApology: {
    label: 'Hồ sơ quá hạn chưa xin lỗi',
    source: 'kpi',
    better: 'low',
    percent: false,
    drill: 'dossiers',
  },
  reportsOnTime: {
    label: 'Báo cáo đúng hạn',
    source: 'plan',
    better: 'high',
    percent: true,
    drill: 'none',
  },
  tasksOverdue: {
    label: 'Nhiệm vụ quá hạn',
    source: 'plan',
    better: 'low',
    percent: false,
    drill: 'tasks',
  },
  unitPlans: {
    label: 'Ban hành kế hoạch CCHC',
    source: 'plan',
    better: 'high',
    percent: true,
    drill: 'none',
  },
};

export const measureKeys = Object.keys(measures) as MeasureKey[];

export interface LeagueRow {
  code: string;
  name: string;
  kind: string;
  hasChildren: boolean;
  value: number | null;
  previous: number | null;
  detail: string | null;
  rank: number | null;
}

export const formatValue = (value: number | null, measure: Measure) =>
  value === null
    ? 'Chưa có số liệu'
    : measure.percent
      ? `${formatNumberVi(value)} %`
      : formatNumberVi(value);

/** Best first, units without a figure last; equal figures share a rank. */
export function rankRows(rows: Omit<LeagueRow, 'rank'>[], measure: Measure): LeagueRow[] {
  const sign = measure.better === 'high' ? -1 : 1;
  const sorted = [...rows].sort((a, b) => {
    if (a.value === null && b.value === null) return a.name.localeCompare(b.name, 'vi');
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return sign * (a.value - b.value) || a.name.localeCompare(b.name, 'vi');
  });
  return sorted.map((row) => ({
    ...row,
    rank:
      row.value === null
        ? null
        : 1 + sorted.filter((o) => o.value !== null && sign * (o.value - row.value!) < 0).length,
  }));
}

export function Change({ row, measure }: { row: LeagueRow; measure: Measure }) {
  if (row.value === null || row.previous === null) return <span>—</span>;
  const delta = Math.round((row.value - row.previous) * 100) / 100;
  if (delta === 0)
    return (
      <span>
        <MinusOutlined aria-hidden /> Không đổi
      </span>
    );
  const better = measure.better === 'high' ? delta > 0 : delta < 0;
  const text = `${delta > 0 ? '+' : ''}${formatNumberVi(delta)}${measure.percent ? ' điểm %' : ''}`;
  return (
    <Typography.Text type={better ? 'success' : 'danger'}>
      {delta > 0 ? <ArrowUpOutlined aria-hidden /> : <ArrowDownOutlined aria-hidden />} {text}
      <span className="sr-only">{better ? ' (tốt lên)' : ' (kém đi)'}</span>
    </Typography.Text>
  );
}
