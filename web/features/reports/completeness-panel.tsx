import { Card, Input, Select, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Completeness, Rollup } from '../../../contracts/periodic-reports';
import { unitKindLabels } from '../../../core/org/unit-kind';
import { ErrorAlert } from '../../components/error-alert';
import { type PageState, serverPagination } from '../../components/server-pagination';
import { formatCalendarDateVi, formatNumberVi, formatPercentVi } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { UnitSelect } from '../org/unit-select';
import { statusTags, timelinessTags } from './report-tags';
import { useCompleteness, useRollup } from './reports-api';

type Row = Completeness['items'][number];
type Cell = Row['cells'][number];
const kinds = ['department', 'central_agency', 'district', 'commune'] as const;

function MatrixCell({ cell }: { cell: Cell | undefined }) {
  if (!cell) return <span title="Không phải báo cáo">·</span>;
  const status = statusTags[cell.status];
  const timely = timelinessTags[cell.timeliness];
  const tag = (
    <Tooltip title={`${status.label} · ${timely.label}`}>
      <Tag
        color={cell.timeliness === 'late' || cell.timeliness === 'overdue' ? 'error' : status.color}
        data-status={cell.status}
        data-timeliness={cell.timeliness}
      >
        {status.label}
        {cell.timeliness === 'late' ? ' · chậm' : cell.timeliness === 'overdue' ? ' · quá hạn' : ''}
      </Tag>
    </Tooltip>
  );
  return cell.reportId !== null ? <Link to={`/bao-cao/${cell.reportId}`}>{tag}</Link> : tag;
}

function formatRolled(figure: Rollup['figures'][number], value: number | null): string {
  if (value === null) return '—';
  return figure.type === 'percent' ? formatPercentVi(value) : formatNumberVi(value);
}

function RollupCard({ formId, period, unit }: { formId: number; period: string; unit?: string }) {
  const rollup = useRollup({ formId, period, ...(unit ? { unit } : {}) });
  const data = rollup.data;
  return (
    <Card
      size="small"
      title={`Tổng hợp số liệu ${period}${data ? ` — ${data.unitName}` : ''}`}
      extra={
        data && (
          <Typography.Text type="secondary">
            {formatNumberVi(data.reportsCounted)}/{formatNumberVi(data.reportsExpected)} báo cáo đã
            gửi
          </Typography.Text>
        )
      }
    >
      <ErrorAlert error={rollup.error} onRetry={() => rollup.refetch()} />
      <Table<Rollup['figures'][number]>
        aria-label="Số liệu tổng hợp"
        rowKey="code"
        size="small"
        pagination={false}
        loading={rollup.isFetching}
        dataSource={data?.figures ?? []}
        scroll={{ x: true }}
        columns={[
          { key: 'label', title: 'Chỉ tiêu', dataIndex: 'label', fixed: 'left', width: 320 },
          { key: 'unit', title: 'ĐVT', dataIndex: 'unitOfMeasure', width: 90 },
          {
            key: 'value',
            title: 'Cộng',
            render: (_: unknown, f) => <b>{formatRolled(f, f.value)}</b>,
          },
          ...(data?.children ?? []).map((child) => ({
            key: child.unitCode,
            title: child.unitName,
            render: (_: unknown, f: Rollup['figures'][number]) =>
              formatRolled(f, child.values[f.code] ?? null),
          })),
        ]}
      />
    </Card>
  );
}

/** Sở Nội vụ's view: units × periods (status, on time or late) and figures rolled up the tree. */
export function CompletenessPanel({ formId }: { formId: number }) {
  const [unit, setUnit] = useState<string>();
  const [kind, setKind] = useState<string>();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search, 300);
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: 20 });
  const [rollupPeriod, setRollupPeriod] = useState<string>();
  const matrix = useCompleteness({
    formId,
    unit,
    kind,
    search: debounced || undefined,
    ...paging,
  });
  const data = matrix.data;
  const reset = () => setPaging((p) => ({ ...p, page: 1 }));
  const period = rollupPeriod ?? data?.periods[0]?.period;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <UnitSelect
          aria-label="Đơn vị"
          style={{ width: 260 }}
          placeholder="Toàn tỉnh"
          value={unit}
          onChange={(code) => {
            setUnit(code || undefined);
            reset();
          }}
        />
        <Select
          allowClear
          aria-label="Loại đơn vị"
          placeholder="Mọi loại đơn vị"
          style={{ width: 220 }}
          value={kind}
          onChange={(value?: string) => {
            setKind(value);
            reset();
          }}
          options={kinds.map((k) => ({ value: k, label: unitKindLabels[k] }))}
        />
        <Input.Search
          allowClear
          aria-label="Tìm đơn vị"
          placeholder="Tìm đơn vị"
          style={{ width: 220 }}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            reset();
          }}
        />
      </Space>
      {data && (
        <Space size="large" wrap>
          {data.summary.map((s) => (
            <Statistic
              key={s.period}
              title={`${s.period}: đã gửi / phải gửi`}
              value={`${formatNumberVi(s.submitted)}/${formatNumberVi(s.expected)}`}
              suffix={
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {' '}
                  đúng hạn {s.onTime}, chậm {s.late}, chưa gửi {s.missing}
                </Typography.Text>
              }
            />
          ))}
        </Space>
      )}
      <ErrorAlert error={matrix.error} onRetry={() => matrix.refetch()} />
      <Table<Row>
        aria-label="Tình hình gửi báo cáo"
        rowKey="unitCode"
        size="small"
        loading={{ spinning: matrix.isFetching, description: 'Đang tải…' }}
        dataSource={data?.items ?? []}
        scroll={{ x: true }}
        pagination={serverPagination(paging, data?.total)}
        onChange={(p) =>
          setPaging({ page: p.current ?? 1, pageSize: p.pageSize ?? paging.pageSize })
        }
        columns={[
          { key: 'unit', title: 'Đơn vị', dataIndex: 'unitName', fixed: 'left', width: 240 },
          {
            key: 'kind',
            title: 'Loại',
            dataIndex: 'unitKind',
            width: 150,
            render: (k: Row['unitKind']) => unitKindLabels[k],
          },
          ...(data?.periods ?? []).map((p) => ({
            key: p.period,
            title: (
              <Tooltip title={`Hạn gửi ${formatCalendarDateVi(p.dueOn)}`}>
                <span>{p.period}</span>
              </Tooltip>
            ),
            render: (_: unknown, row: Row) => (
              <MatrixCell cell={row.cells.find((c) => c.period === p.period)} />
            ),
          })),
        ]}
      />
      <Space>
        <Typography.Text>Kỳ tổng hợp:</Typography.Text>
        <Select
          aria-label="Kỳ tổng hợp"
          style={{ width: 160 }}
          value={period}
          onChange={setRollupPeriod}
          options={(data?.periods ?? []).map((p) => ({ value: p.period, label: p.label }))}
        />
      </Space>
      {period && <RollupCard formId={formId} period={period} {...(unit ? { unit } : {})} />}
    </Space>
  );
}
