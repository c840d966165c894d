import { Breadcrumb, Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { UnitDetail } from '../../../contracts/units';
import { unitKindLabels } from '../../../core/org/unit-kind';
import { ErrorAlert } from '../../components/error-alert';
import { PageSpinner } from '../../components/page-spinner';
import { formatCalendarDateVi, formatNumberVi } from '../../lib/format';
import { useUnitDetail } from './units-api';

type Succession = UnitDetail['successors'][number];

const successionLabels: Record<Succession['kind'], string> = {
  merge: 'Sáp nhập',
  split: 'Chia tách',
  rename: 'Đổi tên',
};

interface UnitDetailPanelProps {
  code: string | null;
  onOpenUnit: (code: string) => void;
  /** Buttons for administrators, given the loaded unit. */
  renderActions?: (unit: UnitDetail) => ReactNode;
}

function SuccessionTable({
  title,
  rows,
  onOpenUnit,
}: {
  title: string;
  rows: Succession[];
  onOpenUnit: (code: string) => void;
}) {
  if (rows.length === 0) return null;
  return (
    <section aria-label={title}>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Table<Succession>
        size="small"
        pagination={false}
        rowKey={(r) => `${r.kind}:${r.unitCode}:${r.effectiveOn}`}
        dataSource={rows}
        columns={[
          {
            title: 'Hình thức',
            dataIndex: 'kind',
            render: (k: Succession['kind']) => successionLabels[k],
          },
          {
            title: 'Đơn vị',
            dataIndex: 'unitName',
            render: (name: string, r) => (
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() => onOpenUnit(r.unitCode)}
              >
                {name}
              </Button>
            ),
          },
          { title: 'Từ ngày', dataIndex: 'effectiveOn', render: formatCalendarDateVi },
          { title: 'Ghi chú', dataIndex: 'note', render: (n: string | null) => n ?? '—' },
        ]}
      />
    </section>
  );
}

/** Everything about one unit: identity, place in the tree, validity and its history. */
export function UnitDetailPanel({ code, onOpenUnit, renderActions }: UnitDetailPanelProps) {
  const { data: unit, error, isPending, refetch } = useUnitDetail(code);

  if (!code) {
    return (
      <Card data-testid="unit-detail">
        <Empty description="Chọn một đơn vị để xem thông tin chi tiết" />
      </Card>
    );
  }
  if (isPending) {
    return (
      <Card data-testid="unit-detail">
        <PageSpinner label="Đang tải thông tin đơn vị…" />
      </Card>
    );
  }
  if (!unit) {
    return (
      <Card data-testid="unit-detail">
        <ErrorAlert error={error} onRetry={() => refetch()} />
      </Card>
    );
  }

  return (
    <Card
      data-testid="unit-detail"
      aria-label={`Thông tin đơn vị ${unit.name}`}
      title={
        <Space wrap>
          <span>{unit.name}</span>
          {unit.validTo ? (
            <Tag color="default">Hiệu lực đến {formatCalendarDateVi(unit.validTo)}</Tag>
          ) : (
            <Tag color="green">Đang hoạt động</Tag>
          )}
        </Space>
      }
    >
      {unit.ancestors.length > 0 && (
        <nav aria-label="Đơn vị cấp trên">
          <Breadcrumb
            style={{ marginBottom: 12 }}
            items={[...unit.ancestors, { code: unit.code, name: unit.name }].map((a) => ({
              key: a.code,
              title:
                a.code === unit.code ? (
                  a.name
                ) : (
                  <Typography.Link onClick={() => onOpenUnit(a.code)}>{a.name}</Typography.Link>
                ),
            }))}
          />
        </nav>
      )}
      {renderActions && <div style={{ marginBottom: 16 }}>{renderActions(unit)}</div>}
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'code', label: 'Mã đơn vị', children: unit.code },
          { key: 'name', label: 'Tên đơn vị', children: unit.name },
          { key: 'shortName', label: 'Tên viết tắt', children: unit.shortName ?? '—' },
          { key: 'kind', label: 'Cấp, loại đơn vị', children: unitKindLabels[unit.kind] },
          { key: 'typeLabel', label: 'Loại hình', children: unit.typeLabel ?? '—' },
          {
            key: 'parent',
            label: 'Đơn vị cấp trên',
            children: unit.parentCode ? (
              <Typography.Link onClick={() => onOpenUnit(unit.parentCode ?? '')}>
                {unit.parentName ?? unit.parentCode}
              </Typography.Link>
            ) : (
              '—'
            ),
          },
          {
            key: 'childCount',
            label: 'Số đơn vị trực thuộc',
            children: formatNumberVi(unit.childCount),
          },
          {
            key: 'validFrom',
            label: 'Hiệu lực từ ngày',
            children: formatCalendarDateVi(unit.validFrom),
          },
          {
            key: 'validTo',
            label: 'Hiệu lực đến ngày',
            children: unit.validTo ? formatCalendarDateVi(unit.validTo) : '—',
          },
        ]}
      />
      <div style={{ marginTop: 16 }}>
        <SuccessionTable
          title="Đơn vị tiền thân"
          rows={unit.predecessors}
          onOpenUnit={onOpenUnit}
        />
        <SuccessionTable title="Đơn vị kế thừa" rows={unit.successors} onOpenUnit={onOpenUnit} />
      </div>
    </Card>
  );
}
