import { Space, Table, Typography } from 'antd';
import type { Indicator, PlanTarget } from '../../../contracts/plans';
import { ActualText, IndicatorStatusTag, ThresholdText } from '../plans/indicator-view';

interface IndicatorRow extends Indicator {
  targetNo: number;
  targetText: string;
  /** Rows of the target's first indicator span the target's cell. */
  span: number;
}

function rowsOf(targets: PlanTarget[]): IndicatorRow[] {
  return targets.flatMap((target) =>
    target.indicators.map((indicator, i) => ({
      ...indicator,
      targetNo: target.no,
      targetText: target.textVi,
      span: i === 0 ? target.indicators.length : 0,
    })),
  );
}

/** Where the figure comes from, when the plan module says it (issue 3 adds `source`). */
function sourceText(indicator: Indicator): string | null {
  const source = (indicator as Indicator & { source?: { descriptionVi?: string } }).source;
  return source?.descriptionVi ?? null;
}

/**
 * The plan's targets with each indicator's live value against its threshold, the status colour
 * and, on expanding a row, the rule behind the status (comparator, threshold, projection).
 */
export function TargetsTable({ targets, loading }: { targets: PlanTarget[]; loading: boolean }) {
  return (
    <Table<IndicatorRow>
      aria-label="Chỉ tiêu và chỉ số của kế hoạch"
      rowKey="code"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={rowsOf(targets)}
      scroll={{ x: 860 }}
      expandable={{
        expandedRowRender: (row) => (
          <Space orientation="vertical" size={2}>
            <Typography.Text>
              <strong>Cách đánh giá:</strong> {row.rule.explanationVi}
            </Typography.Text>
            {sourceText(row) && (
              <Typography.Text type="secondary">Nguồn số liệu: {sourceText(row)}</Typography.Text>
            )}
            {row.note && <Typography.Text type="secondary">Ghi chú: {row.note}</Typography.Text>}
          </Space>
        ),
        expandRowByClick: false,
      }}
      columns={[
        {
          key: 'target',
          title: 'Chỉ tiêu',
          width: 90,
          onCell: (row) => ({ rowSpan: row.span }),
          render: (_, row) => (
            <abbr title={row.targetText} style={{ textDecoration: 'none' }}>
              Chỉ tiêu {row.targetNo}
            </abbr>
          ),
        },
        { key: 'code', title: 'Mã', dataIndex: 'code', width: 70 },
        {
          key: 'text',
          title: 'Chỉ số',
          render: (_, row) => (
            <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: row.textVi }}>
              {row.textVi}
            </Typography.Paragraph>
          ),
        },
        {
          key: 'threshold',
          title: 'Chỉ tiêu đề ra',
          width: 140,
          render: (_, row) => <ThresholdText indicator={row} />,
        },
        {
          key: 'actual',
          title: 'Thực hiện',
          width: 120,
          render: (_, row) => <ActualText indicator={row} />,
        },
        {
          key: 'status',
          title: 'Đánh giá',
          width: 140,
          render: (_, row) => <IndicatorStatusTag indicator={row} />,
        },
      ]}
    />
  );
}
