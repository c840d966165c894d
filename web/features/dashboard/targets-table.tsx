import type { CSSProperties } from 'react';
import type { Indicator, PlanTarget } from '../../../contracts/plans';
import { SecondaryText } from '../../components/plain-text';
import { ActualText, IndicatorStatusTag, ThresholdText } from '../plans/indicator-view';

/**
 * The plan's targets with each indicator's live value against its threshold, the status colour
 * and, on opening "Cách đánh giá", the rule behind the status (comparator, threshold,
 * projection) and the figure's source.
 *
 * A native table rather than antd's Table: the landing route's JavaScript must stay within
 * 300 KB gzipped (issue 5, quality bar) and antd's Table with its pagination weighs ~45 KB of it
 * for a list of 28 rows that needs no sorting nor paging. `<details>` opens with the keyboard
 * and prints.
 */
export function TargetsTable({ targets, loading }: { targets: PlanTarget[]; loading: boolean }) {
  return (
    <div style={{ overflowX: 'auto' }} aria-busy={loading}>
      <table aria-label="Chỉ tiêu và chỉ số của kế hoạch" style={tableStyle}>
        <thead>
          <tr>
            <th scope="col" style={{ ...headStyle, width: 90 }}>
              Chỉ tiêu
            </th>
            <th scope="col" style={{ ...headStyle, width: 70 }}>
              Mã
            </th>
            <th scope="col" style={headStyle}>
              Chỉ số
            </th>
            <th scope="col" style={{ ...headStyle, width: 140 }}>
              Chỉ tiêu đề ra
            </th>
            <th scope="col" style={{ ...headStyle, width: 120 }}>
              Thực hiện
            </th>
            <th scope="col" style={{ ...headStyle, width: 150 }}>
              Đánh giá
            </th>
          </tr>
        </thead>
        <tbody>
          {targets.flatMap((target) =>
            target.indicators.map((indicator, i) => (
              <tr key={indicator.code}>
                {i === 0 && (
                  <th
                    scope="rowgroup"
                    rowSpan={target.indicators.length}
                    style={{ ...cellStyle, fontWeight: 500, textAlign: 'left' }}
                  >
                    <abbr title={target.textVi} style={{ textDecoration: 'none' }}>
                      Chỉ tiêu {target.no}
                    </abbr>
                  </th>
                )}
                <td style={cellStyle}>{indicator.code}</td>
                <td style={cellStyle}>
                  <IndicatorText indicator={indicator} />
                </td>
                <td style={cellStyle}>
                  <ThresholdText indicator={indicator} />
                </td>
                <td style={cellStyle}>
                  <ActualText indicator={indicator} />
                </td>
                <td style={cellStyle}>
                  <IndicatorStatusTag indicator={indicator} />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {!loading && targets.length === 0 && <SecondaryText>Chưa có chỉ tiêu.</SecondaryText>}
    </div>
  );
}

function IndicatorText({ indicator }: { indicator: Indicator }) {
  return (
    <>
      <div>{indicator.textVi}</div>
      <details>
        <summary style={{ cursor: 'pointer', color: '#1f4fa3' }}>Cách đánh giá</summary>
        <div>{indicator.rule.explanationVi}</div>
        {indicator.source && (
          <SecondaryText>Nguồn số liệu: {indicator.source.descriptionVi}</SecondaryText>
        )}
        {indicator.note && (
          <div>
            <SecondaryText>Ghi chú: {indicator.note}</SecondaryText>
          </div>
        )}
      </details>
    </>
  );
}

const tableStyle: CSSProperties = {
  width: '100%',
  minWidth: 860,
  borderCollapse: 'collapse',
  fontSize: 14,
};
const headStyle: CSSProperties = {
  textAlign: 'left',
  fontWeight: 600,
  background: '#fafafa',
  borderBottom: '1px solid #f0f0f0',
  padding: '8px',
};
const cellStyle: CSSProperties = {
  borderBottom: '1px solid #f0f0f0',
  padding: '8px',
  verticalAlign: 'top',
};
