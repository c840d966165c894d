import { Card, Flex, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Indicator, PlanDetail, PlanTarget } from '../../../contracts/plans';
import { ErrorAlert } from '../../components/error-alert';
import { UnitSelect } from '../org/unit-select';
import { ActualText, IndicatorStatusTag, ThresholdText } from './indicator-view';
import { usePlanTargets } from './plans-api';

const dataSourceLabels: Record<Indicator['dataSource'], string> = {
  unit_report: 'Báo cáo của đơn vị',
  onestop_system: 'Hệ thống một cửa',
  survey: 'Khảo sát',
  finance: 'Số liệu tài chính',
  statistics: 'Số liệu thống kê',
};

function periodOptions(year: number) {
  return [
    { value: String(year), label: `Năm ${year}` },
    { value: `${year}S1`, label: `6 tháng đầu năm ${year}` },
    ...[1, 2, 3, 4].map((q) => ({ value: `${year}Q${q}`, label: `Quý ${q}/${year}` })),
  ];
}

function IndicatorTable({ indicators }: { indicators: Indicator[] }) {
  return (
    <Table<Indicator>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={indicators}
      scroll={{ x: 800 }}
      columns={[
        { key: 'code', title: 'Mã', dataIndex: 'code', width: 70 },
        {
          key: 'text',
          title: 'Chỉ số',
          render: (_, i) => (
            <Space orientation="vertical" size={0}>
              <span>{i.textVi}</span>
              <Typography.Text type="secondary">
                Nguồn: {dataSourceLabels[i.dataSource]}
                {i.appliesTo ? ` · Áp dụng: ${i.appliesTo}` : ''}
              </Typography.Text>
            </Space>
          ),
        },
        {
          key: 'threshold',
          title: 'Chỉ tiêu',
          width: 130,
          render: (_, i) => <ThresholdText indicator={i} />,
        },
        {
          key: 'actual',
          title: 'Thực hiện',
          width: 110,
          render: (_, i) => <ActualText indicator={i} />,
        },
        {
          key: 'status',
          title: 'Đánh giá',
          width: 150,
          render: (_, i) => <IndicatorStatusTag indicator={i} />,
        },
      ]}
    />
  );
}

function TargetCard({ target, areaNames }: { target: PlanTarget; areaNames: Map<string, string> }) {
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="baseline" wrap>
          <span>Chỉ tiêu {target.no}</span>
          {target.areaCodes.length > 1 &&
            target.areaCodes.map((code) => <Tag key={code}>{areaNames.get(code) ?? code}</Tag>)}
        </Flex>
      }
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>
        {target.textVi}
      </Typography.Paragraph>
      <IndicatorTable indicators={target.indicators} />
    </Card>
  );
}

/** Areas → targets → indicators; a target of several areas shows under the first it names. */
export function PlanTargetsTab({ plan }: { plan: PlanDetail }) {
  const [period, setPeriod] = useState(String(plan.year));
  const [unit, setUnit] = useState<string | undefined>(undefined);
  const targets = usePlanTargets(plan.id, { period, unit });
  const items = targets.data?.items ?? [];
  const areaNames = new Map(plan.areas.map((a) => [a.code, a.nameVi]));
  const groups = [
    ...plan.areas.map((area) => ({
      key: area.code,
      title: `${area.section}. ${area.nameVi}`,
      targets: items.filter((t) => t.areaCodes[0] === area.code),
    })),
    {
      key: 'GENERAL',
      title: 'Chỉ tiêu chung',
      targets: items.filter((t) => t.areaCodes.length === 0),
    },
  ].filter((group) => group.targets.length > 0);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="inline" role="search" aria-label="Chọn kỳ và đơn vị">
        <Form.Item label="Kỳ" htmlFor="plan-period">
          <Select
            id="plan-period"
            value={period}
            onChange={setPeriod}
            options={periodOptions(plan.year)}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item label="Đơn vị" htmlFor="plan-unit">
          <UnitSelect
            id="plan-unit"
            value={unit ?? null}
            onChange={(code) => setUnit(code)}
            placeholder="Toàn tỉnh"
            style={{ width: 260 }}
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={targets.error} onRetry={() => targets.refetch()} />
      {groups.map((group) => (
        <section key={group.key} aria-label={group.title}>
          <Typography.Title level={4}>{group.title}</Typography.Title>
          <Space orientation="vertical" size="small" style={{ width: '100%' }}>
            {group.targets.map((target) => (
              <TargetCard key={target.no} target={target} areaNames={areaNames} />
            ))}
          </Space>
        </section>
      ))}
    </Space>
  );
}
