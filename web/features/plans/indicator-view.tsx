import { Tooltip } from 'antd';
import type { CSSProperties } from 'react';
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

/**
 * Status colours (text, background, border) with at least 4.5:1 contrast for the text (WCAG 2.1
 * AA; axe-core runs on the landing page). A styled span, not antd's Tag: the tag is on the
 * landing route, held to 300 KB of JavaScript (issue 5).
 */
const statusTags: Record<IndicatorStatus, { label: string; style: CSSProperties }> = {
  met: { label: 'Đạt', style: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' } },
  at_risk: {
    label: 'Có nguy cơ',
    style: { color: '#874d00', background: '#fffbe6', borderColor: '#ffe58f' },
  },
  missed: {
    label: 'Không đạt',
    style: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  },
  no_data: {
    label: 'Chưa có dữ liệu',
    style: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
  },
};

const tagStyle: CSSProperties = {
  display: 'inline-block',
  padding: '0 7px',
  fontSize: 12,
  lineHeight: '20px',
  border: '1px solid',
  borderRadius: 4,
  whiteSpace: 'nowrap',
};

/** The status with the rule behind it (comparator, threshold, projection) in a tooltip. */
export function IndicatorStatusTag({ indicator }: { indicator: Indicator }) {
  const tag = statusTags[indicator.status];
  // The rule, then where the figure comes from (e.g. "197/200 hồ sơ … trước và đúng hạn").
  const explanation = `${indicator.rule.explanationVi} ${indicator.source.descriptionVi}`;
  return (
    <Tooltip title={explanation}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users reach the rule in the tooltip */}
      <span tabIndex={0} aria-description={explanation} style={{ ...tagStyle, ...tag.style }}>
        {tag.label}
      </span>
    </Tooltip>
  );
}
