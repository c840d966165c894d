import { LockOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { ReportSlot } from '../../../contracts/periodic-reports';
import { ErrorAlert } from '../../components/error-alert';
import { type PageState, serverPagination } from '../../components/server-pagination';
import { errorMessageOf } from '../../lib/api-client';
import { formatCalendarDateVi } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { StatusTag, statusTags, TimelinessTag } from './report-tags';
import { type InboxFilter, useCreateReport, useReportInbox } from './reports-api';

const periods = ['2021Q1', '2021Q2', '2021S1', '2021Q3', '2021Q4', '2021'];

/** The report inbox: what the caller's units must report, or what units below sent for review. */
export function ReportInbox({ box }: { box: InboxFilter['box'] }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: 20 });
  const [period, setPeriod] = useState<string>();
  const [status, setStatus] = useState<ReportSlot['status']>();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search, 300);
  const inbox = useReportInbox({ box, period, status, search: debounced || undefined, ...paging });
  const create = useCreateReport();
  const reset = () => setPaging((p) => ({ ...p, page: 1 }));

  const open = (slot: ReportSlot) =>
    create.mutate(
      { formId: slot.formId, unitCode: slot.unitCode, period: slot.period },
      {
        onSuccess: (report) => navigate(`/bao-cao/${report.id}`),
        onError: (error) => message.error(errorMessageOf(error)),
      },
    );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          allowClear
          aria-label="Kỳ báo cáo"
          placeholder="Mọi kỳ"
          style={{ width: 160 }}
          value={period}
          onChange={(value?: string) => {
            setPeriod(value);
            reset();
          }}
          options={periods.map((p) => ({ value: p, label: p }))}
        />
        <Select
          allowClear
          aria-label="Trạng thái"
          placeholder={box === 'to_review' ? 'Chờ duyệt' : 'Mọi trạng thái'}
          style={{ width: 200 }}
          value={status}
          onChange={(value?: ReportSlot['status']) => {
            setStatus(value);
            reset();
          }}
          options={Object.entries(statusTags).map(([value, tag]) => ({ value, label: tag.label }))}
        />
        <Input.Search
          allowClear
          aria-label="Tìm đơn vị"
          placeholder="Tìm đơn vị"
          style={{ width: 240 }}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            reset();
          }}
        />
      </Space>
      <ErrorAlert error={inbox.error} onRetry={() => inbox.refetch()} />
      <Table<ReportSlot>
        aria-label={box === 'to_fill' ? 'Báo cáo cần lập' : 'Báo cáo cần duyệt'}
        rowKey={(slot) => `${slot.formId}:${slot.unitCode}:${slot.period}`}
        size="middle"
        loading={{ spinning: inbox.isFetching, description: 'Đang tải…' }}
        dataSource={inbox.data?.items ?? []}
        locale={{
          emptyText: box === 'to_fill' ? 'Không có báo cáo cần lập' : 'Không có báo cáo chờ duyệt',
        }}
        pagination={serverPagination(paging, inbox.data?.total)}
        onChange={(p) =>
          setPaging({ page: p.current ?? 1, pageSize: p.pageSize ?? paging.pageSize })
        }
        columns={[
          { key: 'unit', title: 'Đơn vị', dataIndex: 'unitName' },
          { key: 'period', title: 'Kỳ', dataIndex: 'periodLabel' },
          { key: 'form', title: 'Mẫu báo cáo', dataIndex: 'formName', responsive: ['lg'] },
          {
            key: 'due',
            title: 'Hạn gửi',
            render: (_: unknown, slot) => (
              <Space size={4}>
                {formatCalendarDateVi(slot.dueOn)}
                {box === 'to_fill' && slot.locked && (
                  <Tooltip title="Đã quá hạn: báo cáo bị khoá">
                    <LockOutlined aria-label="Đã khoá" />
                  </Tooltip>
                )}
              </Space>
            ),
          },
          {
            key: 'status',
            title: 'Trạng thái',
            render: (_: unknown, slot) => <StatusTag status={slot.status} />,
          },
          {
            key: 'timeliness',
            title: 'Thời hạn',
            render: (_: unknown, slot) => <TimelinessTag timeliness={slot.timeliness} />,
          },
          {
            key: 'action',
            title: '',
            render: (_: unknown, slot) =>
              slot.reportId !== null ? (
                <Link to={`/bao-cao/${slot.reportId}`}>
                  {box === 'to_review' ? 'Xem xét' : 'Mở báo cáo'}
                </Link>
              ) : box === 'to_fill' && !slot.locked ? (
                <Button
                  size="small"
                  type="primary"
                  loading={create.isPending}
                  onClick={() => open(slot)}
                >
                  Lập báo cáo
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Space>
  );
}
