import { SearchOutlined } from '@ant-design/icons';
import { Checkbox, Flex, Input, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Dossier } from '../../../contracts/dossiers';
import {
  type DossierState,
  dossierStateLabelsVi,
  dossierStates,
} from '../../../core/onestop/dossier-state';
import { ErrorAlert } from '../../components/error-alert';
import { type PageState, serverPagination } from '../../components/server-pagination';
import { formatInstantDateTimeVi } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { DossierDrawer } from './dossier-drawer';
import { type DossierFilter, useDossierList } from './onestop-api';

export function DossierStateTag({ dossier }: { dossier: Dossier }) {
  return (
    <Space size={4} wrap>
      <Tag color={dossier.state === 'returned' ? 'green' : 'blue'}>{dossier.stateLabel}</Tag>
      {dossier.overdue && <Tag color="red">Quá hạn</Tag>}
    </Space>
  );
}

/**
 * Dossiers in the user's scope: search, state, overdue and at-risk filters; a row opens it.
 * `preset` fixes filters of a tab (my dossiers, at risk, overdue); `?ho-so=<code>` (the links of
 * reminders) opens that dossier.
 */
export function DossiersTab({ preset = {} }: { preset?: Omit<DossierFilter, 'search'> }) {
  const [searchParams] = useSearchParams();
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [filter, setFilter] = useState<Omit<DossierFilter, 'search'>>({});
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: 20 });
  const [openCode, setOpenCode] = useState<string | null>(null);
  // Only the plain list answers a reminder's link, so one drawer opens, not one per tab.
  const linked = Object.keys(preset).length === 0 ? searchParams.get('ho-so') : null;
  useEffect(() => {
    if (linked) setOpenCode(linked);
  }, [linked]);
  const list = useDossierList({ ...filter, ...preset, search: search || undefined, ...paging });
  const changeFilter = (change: Partial<DossierFilter>) => {
    setFilter((f) => ({ ...f, ...change }));
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex gap={8} wrap align="center" role="search" aria-label="Lọc hồ sơ">
        <Input
          aria-label="Tìm hồ sơ"
          placeholder="Tìm theo mã hồ sơ hoặc tên người nộp"
          prefix={<SearchOutlined aria-hidden />}
          allowClear
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          style={{ width: 320 }}
        />
        <Select<DossierState>
          aria-label="Lọc theo trạng thái"
          placeholder="Mọi trạng thái"
          allowClear
          value={filter.state}
          onChange={(state) => changeFilter({ state })}
          options={dossierStates.map((s) => ({ value: s, label: dossierStateLabelsVi[s] }))}
          style={{ width: 260 }}
        />
        {preset.due === undefined && (
          <>
            <Checkbox
              checked={filter.overdue ?? false}
              onChange={(e) => changeFilter({ overdue: e.target.checked || undefined })}
            >
              Quá hạn
            </Checkbox>
            <Checkbox
              checked={filter.atRisk ?? false}
              onChange={(e) => changeFilter({ atRisk: e.target.checked || undefined })}
            >
              Sắp đến hạn (trong một ngày làm việc)
            </Checkbox>
          </>
        )}
      </Flex>
      <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      <Table<Dossier>
        aria-label="Danh sách hồ sơ"
        rowKey="code"
        loading={{ spinning: list.isFetching, description: 'Đang tải…' }}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: 'Không có hồ sơ phù hợp' }}
        pagination={serverPagination(paging, list.data?.total)}
        scroll={{ x: 1260 }}
        onRow={(d) => ({ onClick: () => setOpenCode(d.code), style: { cursor: 'pointer' } })}
        onChange={(pagination) =>
          setPaging({
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? paging.pageSize,
          })
        }
        columns={[
          { key: 'code', title: 'Mã hồ sơ', dataIndex: 'code', width: 210 },
          {
            key: 'procedure',
            title: 'Thủ tục',
            render: (_, d) => d.procedure.name,
            width: 320,
          },
          { key: 'applicant', title: 'Người nộp', dataIndex: 'applicantName', width: 180 },
          {
            key: 'receivedAt',
            title: 'Tiếp nhận',
            render: (_, d) => formatInstantDateTimeVi(d.receivedAt),
            width: 140,
          },
          {
            key: 'dueAt',
            title: 'Hẹn trả',
            render: (_, d) => formatInstantDateTimeVi(d.extendedDueAt ?? d.dueAt),
            width: 140,
          },
          { key: 'current', title: 'Đang ở', render: (_, d) => d.currentUnit.name, width: 180 },
          {
            key: 'assignee',
            title: 'Cán bộ xử lý',
            render: (_, d) => d.assignee?.fullName ?? '—',
            width: 160,
          },
          {
            key: 'state',
            title: 'Trạng thái',
            render: (_, d) => <DossierStateTag dossier={d} />,
            width: 200,
          },
        ]}
      />
      <DossierDrawer code={openCode} onClose={() => setOpenCode(null)} />
    </Space>
  );
}
