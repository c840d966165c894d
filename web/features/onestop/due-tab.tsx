import { Card, Flex, Segmented, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import type { DueSummary } from '../../../contracts/dossier-desk';
import { ErrorAlert } from '../../components/error-alert';
import { DossiersTab } from './dossiers-tab';
import { useDueSummary } from './onestop-api';

type DueRow = DueSummary['items'][number];

/**
 * At-risk (due within one working day) and overdue dossiers (issue 4), counted per unit that holds
 * them and per officer, then listed. Overdue ones need an apology letter (Mẫu 04).
 */
export function DueTab() {
  const summary = useDueSummary();
  const [due, setDue] = useState<'at_risk' | 'overdue'>('overdue');
  const data = summary.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ErrorAlert error={summary.error} onRetry={() => summary.refetch()} />
      <Flex gap={16} wrap>
        <Card size="small">
          <Statistic title="Sắp đến hạn" value={data?.totals.atRisk ?? 0} />
        </Card>
        <Card size="small">
          <Statistic
            title="Quá hạn"
            value={data?.totals.overdue ?? 0}
            styles={{ content: { color: '#cf1322' } }}
          />
        </Card>
        <Card size="small">
          <Statistic title="Hồ sơ trực tuyến chờ tiếp nhận" value={data?.submitted ?? 0} />
        </Card>
      </Flex>
      <Table<DueRow>
        aria-label="Hồ sơ sắp đến hạn, quá hạn theo đơn vị và cán bộ"
        size="small"
        rowKey={(r) => `${r.unit.code}-${r.assignee?.id ?? 'none'}`}
        loading={summary.isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: 'Không có hồ sơ sắp đến hạn hoặc quá hạn' }}
        columns={[
          { key: 'unit', title: 'Đơn vị đang giữ hồ sơ', render: (_, r) => r.unit.name },
          {
            key: 'assignee',
            title: 'Cán bộ xử lý',
            render: (_, r) => r.assignee?.fullName ?? 'Chưa giao',
          },
          { key: 'atRisk', title: 'Sắp đến hạn', dataIndex: 'atRisk', align: 'right' },
          { key: 'overdue', title: 'Quá hạn', dataIndex: 'overdue', align: 'right' },
        ]}
      />
      <Segmented
        aria-label="Chọn danh sách"
        value={due}
        onChange={(v) => setDue(v as 'at_risk' | 'overdue')}
        options={[
          { value: 'overdue', label: `Quá hạn (${data?.totals.overdue ?? 0})` },
          { value: 'at_risk', label: `Sắp đến hạn (${data?.totals.atRisk ?? 0})` },
        ]}
      />
      <DossiersTab key={due} preset={{ due }} />
    </Space>
  );
}
