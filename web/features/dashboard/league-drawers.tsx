import { useQuery } from '@tanstack/react-query';
import { Checkbox, Drawer, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { UnitDetail } from '../../../contracts/units';
import { ErrorAlert } from '../../components/error-alert';
import { api } from '../../lib/api-client';
import { formatInstantDateTimeVi } from '../../lib/format';
import { type DossierRow, useOverdueTasks, useUnitDossiers } from './dashboard-api';
import { periodLabel, periodRange } from './periods';

export function useUnitDetail(code: string | undefined) {
  return useQuery({
    queryKey: ['units', 'detail', code],
    queryFn: ({ signal }) =>
      api.get<UnitDetail>(`/api/units/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: code !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** The dossiers behind a unit's figure in the period; each opens on the one-stop desk. */
export function DossiersDrawer({
  unit,
  period,
  narrowTo,
  onClose,
}: {
  unit: { code: string; name: string } | null;
  period: string;
  narrowTo: 'late' | 'without_apology' | undefined;
  onClose: () => void;
}) {
  const [narrow, setNarrow] = useState(narrowTo !== undefined);
  const { from, to } = periodRange(period);
  const list = useUnitDossiers(unit?.code, {
    from,
    to,
    ...(narrow && narrowTo ? { only: narrowTo } : {}),
  });
  const overdueOnly = narrow && narrowTo !== undefined;
  const title = `Hồ sơ tiếp nhận ${periodLabel(period).toLowerCase()} — ${unit?.name ?? ''}`;
  return (
    <Drawer open={unit !== null} onClose={onClose} title={title} size="large">
      {narrowTo && (
        <Checkbox
          checked={narrow}
          onChange={(e) => setNarrow(e.target.checked)}
          style={{ marginBottom: 12 }}
        >
          {narrowTo === 'late' ? 'Chỉ hồ sơ trễ hạn' : 'Chỉ hồ sơ quá hạn chưa có thư xin lỗi'}
        </Checkbox>
      )}
      <ErrorAlert error={list.error} />
      <Table<DossierRow>
        aria-label={title}
        rowKey="code"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: overdueOnly ? 'Không có hồ sơ như vậy' : 'Không có hồ sơ' }}
        columns={[
          {
            key: 'code',
            title: 'Mã hồ sơ',
            render: (_, d) => (
              <Link to={`/mot-cua?ho-so=${encodeURIComponent(d.code)}`}>{d.code}</Link>
            ),
          },
          { key: 'procedure', title: 'Thủ tục', render: (_, d) => d.procedure.name },
          {
            key: 'received',
            title: 'Tiếp nhận',
            render: (_, d) => formatInstantDateTimeVi(d.receivedAt),
          },
          { key: 'due', title: 'Hẹn trả', render: (_, d) => formatInstantDateTimeVi(d.dueAt) },
          {
            key: 'state',
            title: 'Trạng thái',
            render: (_, d) => `${d.stateLabel}${d.overdue ? ' · Quá hạn' : ''}`,
          },
        ]}
      />
    </Drawer>
  );
}

export function TasksDrawer({
  planId,
  unit,
  onClose,
}: {
  planId: number | undefined;
  unit: { code: string; name: string } | null;
  onClose: () => void;
}) {
  const list = useOverdueTasks(planId, unit?.code);
  return (
    <Drawer
      open={unit !== null}
      onClose={onClose}
      title={`Nhiệm vụ quá hạn — ${unit?.name ?? ''}`}
      size="large"
    >
      <ErrorAlert error={list.error} />
      <Table
        aria-label="Nhiệm vụ quá hạn của đơn vị"
        rowKey="code"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: 'Không có nhiệm vụ quá hạn' }}
        columns={[
          { key: 'code', title: 'Mã', dataIndex: 'code', width: 80 },
          { key: 'text', title: 'Nhiệm vụ', dataIndex: 'textVi' },
          { key: 'lead', title: 'Chủ trì', dataIndex: 'leadUnitName', width: 180 },
          { key: 'progress', title: 'Tiến độ', render: (_, t) => `${t.progress} %`, width: 90 },
        ]}
      />
    </Drawer>
  );
}

/**
 * League tables of the units below one unit (issue 5): each key figure ranked with the change
 * from the previous period; a unit with units below drills down, a unit's dossiers or tasks open
 * in a drawer and from there on the one-stop desk.
 */
