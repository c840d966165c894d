import { Tag, Tooltip } from 'antd';
import type { Indicator } from '../../../contracts/plans';
import type { IndicatorStatus } from '../../../core/kpi/evaluate-indicator-status';
import {
  type Comparator,
  formatIndicatorValueVi,
  formatTargetVi,
} from '../../../core/kpi/indicator-target';

const comparatorSymbols: Record<Comparator, string> = {
  '>=': '≥',
  '>': '>',
  '=': '',
  '<=': '≤',
  '<': '<',
};

/** "≥ 98,5 %", "< 29 %", "100 %"; the plan's own words ("tối thiểu 98,5 %") as its title. */
export function ThresholdText({ indicator }: { indicator: Indicator }) {
  const target = { comparator: indicator.comparator, threshold: indicator.threshold };
  const symbol = comparatorSymbols[indicator.comparator];
  const value = formatIndicatorValueVi(indicator.threshold, indicator.unit);
  return (
    <abbr title={formatTargetVi(target, indicator.unit)} style={{ textDecoration: 'none' }}>
      {symbol ? `${symbol} ${value}` : value}
    </abbr>
  );
}

export function ActualText({ indicator }: { indicator: Indicator }) {
  return indicator.actual === null ? (
    <span>—</span>
  ) : (
    <span>{formatIndicatorValueVi(indicator.actual, indicator.unit)}</span>
  );
}

const statusTags: Record<IndicatorStatus, { color: string; label: string }> = {
  met: { color: 'success', label: 'Đạt' },
  at_risk: { color: 'warning', label: 'Có nguy cơ' },
  missed: { color: 'error', label: 'Không đạt' },
  no_data: { color: 'default', label: 'Chưa có dữ liệu' },
};

/** The status with the rule behind it (comparator, threshold, projection) in a tooltip. */
export function IndicatorStatusTag({ indicator }: { indicator: Indicator }) {
  const tag = statusTags[indicator.status];
  // The rule, then where the figure comes from (e.g. "197/200 hồ sơ … trước và đúng hạn").
  const explanation = `${indicator.rule.explanationVi} ${indicator.source.descriptionVi}`;
  return (
    <Tooltip title={explanation}>
      <Tag color={tag.color} tabIndex={0} aria-description={explanation}>
        {tag.label}
      </Tag>
    </Tooltip>
  );
}
