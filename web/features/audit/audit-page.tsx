import { DatePicker, Flex, Form, Input, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditEntry } from '../../../contracts/audit';
import { ErrorAlert } from '../../components/error-alert';
import { FilterFormActions } from '../../components/filter-form-actions';
import { JsonView } from '../../components/json-view';
import { type PageState, serverPagination } from '../../components/server-pagination';
import { apiDateFormat, datePickerFormat, formatInstantDateTimeVi } from '../../lib/format';
import { UnitSelect } from '../org/unit-select';
import { type AuditFilter, useAuditList } from './audit-api';

interface AuditFilterForm {
  action?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  unit?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

type AuditCriteria = Omit<AuditFilter, 'page' | 'pageSize' | 'sort'>;

function toCriteria(v: AuditFilterForm): AuditCriteria {
  const text = (s: string | undefined) => s?.trim() || undefined;
  return {
    action: text(v.action),
    entityType: text(v.entityType),
    entityId: text(v.entityId),
    actor: text(v.actor),
    unit: v.unit || undefined,
    from: v.period?.[0]?.format(apiDateFormat),
    to: v.period?.[1]?.format(apiDateFormat),
  };
}

function AuditEntryDetail({ entry }: { entry: AuditEntry }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Flex gap={16} wrap>
        <JsonView label="Trước khi thay đổi" value={entry.before} />
        <JsonView label="Sau khi thay đổi" value={entry.after} />
      </Flex>
      <Typography.Text type="secondary">
        Mã yêu cầu: {entry.requestId ?? '—'} · Địa chỉ máy: {entry.clientAddress ?? '—'}
      </Typography.Text>
    </Space>
  );
}

export function AuditPage() {
  const [form] = Form.useForm<AuditFilterForm>();
  const [criteria, setCriteria] = useState<AuditCriteria>({});
  const [sort, setSort] = useState<'-occurredAt' | 'occurredAt'>('-occurredAt');
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: 20 });
  const list = useAuditList({ ...criteria, sort, ...paging });

  const applyFilter = (values: AuditFilterForm) => {
    setCriteria(toCriteria(values));
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        Nhật ký thay đổi
      </Typography.Title>
      <Form<AuditFilterForm>
        form={form}
        name="audit-filter"
        layout="inline"
        onFinish={applyFilter}
        role="search"
        aria-label="Lọc nhật ký"
        style={{ rowGap: 8 }}
      >
        <Form.Item label="Hành động" name="action">
          <Input placeholder="Ví dụ: unit.create" allowClear style={{ width: 170 }} />
        </Form.Item>
        <Form.Item label="Loại đối tượng" name="entityType">
          <Input placeholder="Ví dụ: unit" allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="Mã đối tượng" name="entityId">
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label="Người thực hiện" name="actor">
          <Input placeholder="Tên đăng nhập" allowClear style={{ width: 150 }} />
        </Form.Item>
        <Form.Item label="Đơn vị" name="unit">
          <UnitSelect style={{ width: 240 }} placeholder="Mọi đơn vị" />
        </Form.Item>
        <Form.Item label="Thời gian" name="period">
          <DatePicker.RangePicker
            format={datePickerFormat}
            allowEmpty={[true, true]}
            placeholder={['Từ ngày', 'Đến ngày']}
          />
        </Form.Item>
        <FilterFormActions
          onClear={() => {
            form.resetFields();
            applyFilter({});
          }}
        />
      </Form>
      <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      <Table<AuditEntry>
        aria-label="Nhật ký thay đổi"
        rowKey="id"
        size="middle"
        loading={{ spinning: list.isFetching, description: 'Đang tải…' }}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: 'Không có bản ghi nhật ký phù hợp' }}
        pagination={serverPagination(paging, list.data?.total)}
        scroll={{ x: 900 }}
        expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const nextSort = s?.order === 'ascend' ? 'occurredAt' : '-occurredAt';
          const pageSize = pagination.pageSize ?? paging.pageSize;
          if (nextSort !== sort) {
            setSort(nextSort);
            setPaging({ page: 1, pageSize });
          } else {
            setPaging({ page: pagination.current ?? 1, pageSize });
          }
        }}
        columns={[
          {
            key: 'occurredAt',
            title: 'Thời điểm',
            dataIndex: 'occurredAt',
            width: 150,
            sorter: true,
            sortDirections: ['descend', 'ascend'],
            sortOrder: sort === 'occurredAt' ? 'ascend' : 'descend',
            render: (t: string) => formatInstantDateTimeVi(t),
          },
          {
            key: 'actor',
            title: 'Người thực hiện',
            dataIndex: 'actorUsername',
            render: (a: string | null) => a ?? 'Hệ thống',
          },
          {
            key: 'action',
            title: 'Hành động',
            dataIndex: 'action',
            render: (a: string) => <Typography.Text code>{a}</Typography.Text>,
          },
          {
            key: 'entity',
            title: 'Đối tượng',
            render: (_, e) => (e.entityId ? `${e.entityType} #${e.entityId}` : e.entityType),
          },
          {
            key: 'unit',
            title: 'Đơn vị',
            dataIndex: 'unitCode',
            render: (u: string | null) => u ?? '—',
          },
        ]}
      />
    </Space>
  );
}
