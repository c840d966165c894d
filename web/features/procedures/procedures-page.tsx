import { DownloadOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Space, Table, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import type { Procedure } from '../../../contracts/procedures';
import {
  describeTimeLimit,
  type OnlineLevel,
  onlineLevelLabels,
  onlineLevels,
  type ProcedureLevel,
  procedureLevelLabels,
  procedureLevels,
} from '../../../core/onestop/procedure-rules';
import { ErrorAlert } from '../../components/error-alert';
import { type PageState, serverPagination } from '../../components/server-pagination';
import { formatNumberVi } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useSignedInUser } from '../auth/auth-api';
import { hasPermission } from '../auth/permissions';
import { UnitSelect } from '../org/unit-select';
import { ImportProceduresModal } from './import-procedures-modal';
import { OnlineLevelTag, ProcedureDetailDrawer, StatusTag } from './procedure-detail-drawer';
import {
  type ProcedureFilter,
  type ProcedureSort,
  procedureExportUrl,
  useProcedureFields,
  useProcedureList,
} from './procedures-api';

const sortOrderOf = (sort: ProcedureSort, column: 'code' | 'name'): SortOrder => {
  if (sort === column) return 'ascend';
  return sort === `-${column}` ? 'descend' : null;
};

/** A few names, or a count where every district or commune handles the procedure. */
function agencySummary(p: Procedure): string {
  const lead =
    p.leadAgencyCount > p.leadAgencies.length
      ? `${formatNumberVi(p.leadAgencyCount)} đơn vị`
      : p.leadAgencies.map((a) => a.name).join(', ');
  return p.coordinatingAgencyCount > 0
    ? `${lead}; phối hợp: ${formatNumberVi(p.coordinatingAgencyCount)} đơn vị`
    : lead;
}

/** The catalogue of administrative procedures: search, filters, detail, export and import. */
export function ProceduresPage() {
  const user = useSignedInUser();
  const canManage = hasPermission(user, 'procedures.manage');
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [filter, setFilter] = useState<Omit<ProcedureFilter, 'search'>>({});
  const [sort, setSort] = useState<ProcedureSort>('code');
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: 20 });
  const [openCode, setOpenCode] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const fields = useProcedureFields();

  const criteria: ProcedureFilter = { ...filter, search: search || undefined };
  const list = useProcedureList({ ...criteria, sort, ...paging });
  const changeFilter = (change: Partial<ProcedureFilter>) => {
    setFilter((f) => ({ ...f, ...change }));
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          Thủ tục hành chính
        </Typography.Title>
        <Space wrap>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={procedureExportUrl({ ...criteria, sort })}
            download
          >
            Xuất Excel
          </Button>
          {canManage && (
            <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
              Nhập từ tệp
            </Button>
          )}
        </Space>
      </Flex>
      <Flex gap={8} wrap role="search" aria-label="Lọc thủ tục">
        <Input
          aria-label="Tìm thủ tục"
          placeholder="Tìm theo tên hoặc mã thủ tục (gõ không dấu được)"
          prefix={<SearchOutlined aria-hidden />}
          allowClear
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          style={{ width: 340 }}
        />
        <UnitSelect
          aria-label="Lọc theo cơ quan thực hiện"
          placeholder="Mọi cơ quan thực hiện"
          value={filter.unit}
          onChange={(unit) => changeFilter({ unit })}
          style={{ width: 260 }}
        />
        <Select<string>
          aria-label="Lọc theo lĩnh vực"
          placeholder="Mọi lĩnh vực"
          allowClear
          showSearch
          value={filter.field}
          onChange={(field) => changeFilter({ field })}
          loading={fields.isPending}
          options={(fields.data?.items ?? []).map((f) => ({
            value: f.field,
            label: `${f.field} (${formatNumberVi(f.count)})`,
          }))}
          style={{ width: 260 }}
        />
        <Select<ProcedureLevel>
          aria-label="Lọc theo cấp thực hiện"
          placeholder="Mọi cấp"
          allowClear
          value={filter.level}
          onChange={(level) => changeFilter({ level })}
          options={procedureLevels.map((l) => ({ value: l, label: procedureLevelLabels[l] }))}
          style={{ width: 140 }}
        />
        <Select<OnlineLevel>
          aria-label="Lọc theo mức độ trực tuyến"
          placeholder="Mọi mức độ trực tuyến"
          allowClear
          value={filter.onlineLevel}
          onChange={(onlineLevel) => changeFilter({ onlineLevel })}
          options={onlineLevels.map((l) => ({ value: l, label: onlineLevelLabels[l] }))}
          style={{ width: 210 }}
        />
        {canManage && (
          <Select<'true' | 'false'>
            aria-label="Lọc theo trạng thái công bố"
            placeholder="Mọi trạng thái"
            allowClear
            value={
              filter.published === undefined
                ? undefined
                : (String(filter.published) as 'true' | 'false')
            }
            onChange={(v) =>
              changeFilter({ published: v === undefined ? undefined : v === 'true' })
            }
            options={[
              { value: 'true', label: 'Đã công bố' },
              { value: 'false', label: 'Chưa công bố' },
            ]}
            style={{ width: 160 }}
          />
        )}
      </Flex>
      <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      <Table<Procedure>
        aria-label="Danh mục thủ tục hành chính"
        rowKey="id"
        loading={{ spinning: list.isFetching, description: 'Đang tải…' }}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: 'Không có thủ tục phù hợp' }}
        pagination={serverPagination(paging, list.data?.total)}
        scroll={{ x: 1300 }}
        onRow={(p) => ({ onClick: () => setOpenCode(p.code), style: { cursor: 'pointer' } })}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const column = s?.columnKey as 'code' | 'name' | undefined;
          const next: ProcedureSort =
            s?.order && column ? (s.order === 'descend' ? `-${column}` : column) : 'code';
          const pageSize = pagination.pageSize ?? paging.pageSize;
          if (next !== sort) {
            setSort(next);
            setPaging({ page: 1, pageSize });
          } else {
            setPaging({ page: pagination.current ?? 1, pageSize });
          }
        }}
        columns={[
          {
            key: 'code',
            title: 'Mã',
            dataIndex: 'code',
            width: 110,
            sorter: true,
            sortOrder: sortOrderOf(sort, 'code'),
          },
          {
            key: 'name',
            title: 'Tên thủ tục',
            dataIndex: 'name',
            sorter: true,
            sortOrder: sortOrderOf(sort, 'name'),
            width: 360,
            render: (name: string, p) => (
              <Button
                type="link"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                onClick={(e) => {
                  e.stopPropagation();
                  setOpenCode(p.code);
                }}
              >
                {name}
              </Button>
            ),
          },
          { key: 'field', title: 'Lĩnh vực', dataIndex: 'field', width: 170 },
          {
            key: 'level',
            title: 'Cấp',
            dataIndex: 'level',
            width: 90,
            render: (l: ProcedureLevel) => procedureLevelLabels[l],
          },
          {
            key: 'timeLimit',
            title: 'Thời hạn',
            width: 150,
            render: (_, p) => (p.timeLimit ? describeTimeLimit(p.timeLimit) : '—'),
          },
          {
            key: 'onlineLevel',
            title: 'Trực tuyến',
            width: 170,
            render: (_, p) => <OnlineLevelTag level={p.onlineLevel} />,
          },
          {
            key: 'agencies',
            title: 'Cơ quan chủ trì',
            width: 240,
            render: (_, p) => agencySummary(p),
          },
          ...(canManage
            ? [
                {
                  key: 'status',
                  title: 'Trạng thái',
                  width: 130,
                  render: (_: unknown, p: Procedure) => <StatusTag status={p.status} />,
                },
              ]
            : []),
        ]}
      />
      <ProcedureDetailDrawer
        code={openCode}
        canManage={canManage}
        onClose={() => setOpenCode(null)}
      />
      {importing && <ImportProceduresModal onClose={() => setImporting(false)} />}
    </Space>
  );
}
