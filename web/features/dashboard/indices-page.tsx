import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import {
  type ProvinceIndex,
  type ProvinceIndexKind,
  provinceIndexKinds,
  provinceIndexLabelsVi,
} from '../../../contracts/province-indices';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { errorMessageOf } from '../../lib/api-client';
import { formatNumberVi } from '../../lib/format';
import { useSignedInUser } from '../auth/auth-api';
import { hasPermission } from '../auth/permissions';
import {
  useCreateProvinceIndex,
  useDeleteProvinceIndex,
  useProvinceIndices,
  useUpdateProvinceIndex,
} from './dashboard-api';
import { PrintStyles } from './print-styles';
import { TableTools } from './table-tools';
import { TrendChart } from './trend-chart';

interface IndexForm {
  index: ProvinceIndexKind;
  year: number;
  value: number | null;
  rank: number | null;
  rankOf: number | null;
  sourceDocument: string | null;
}

const shortNames: Record<ProvinceIndexKind, string> = {
  PAPI: 'PAPI',
  PCI: 'PCI',
  PAR_INDEX: 'PAR INDEX',
  SIPAS: 'SIPAS',
  ICT: 'ICT Index',
};

const rankText = (row: ProvinceIndex) =>
  row.rank === null ? '—' : `${row.rank}${row.rankOf ? `/${row.rankOf}` : ''}`;

function IndexModal({ editing, onClose }: { editing: ProvinceIndex | 'new'; onClose: () => void }) {
  const create = useCreateProvinceIndex();
  const update = useUpdateProvinceIndex();
  const isNew = editing === 'new';
  return (
    <FormModal<IndexForm>
      name="province-index"
      title={
        isNew
          ? 'Ghi nhận kết quả chỉ số'
          : `Sửa kết quả ${shortNames[editing.index]} năm ${editing.year}`
      }
      onClose={onClose}
      successMessage="Đã lưu kết quả chỉ số"
      initialValues={
        isNew
          ? { index: 'PAR_INDEX', year: new Date().getFullYear() - 1, rankOf: 63 }
          : { ...editing }
      }
      onSubmit={(values) => {
        const fields = {
          value: values.value ?? null,
          rank: values.rank ?? null,
          rankOf: values.rankOf ?? null,
          sourceDocument: values.sourceDocument?.trim() || null,
        };
        return isNew
          ? create.mutateAsync({ index: values.index, year: values.year, ...fields })
          : update.mutateAsync({ id: editing.id, ...fields });
      }}
    >
      <Form.Item name="index" label="Chỉ số" rules={[{ required: true }]}>
        <Select
          disabled={!isNew}
          options={provinceIndexKinds.map((k) => ({ value: k, label: provinceIndexLabelsVi[k] }))}
        />
      </Form.Item>
      <Form.Item name="year" label="Năm" rules={[{ required: true }]}>
        <InputNumber disabled={!isNew} min={2000} max={9999} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="value" label="Giá trị (điểm hoặc %)">
        <InputNumber min={0} step={0.01} decimalSeparator="," style={{ width: 160 }} />
      </Form.Item>
      <Space>
        <Form.Item name="rank" label="Thứ hạng">
          <InputNumber min={1} max={100} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="rankOf" label="trên số tỉnh">
          <InputNumber min={1} max={100} style={{ width: 120 }} />
        </Form.Item>
      </Space>
      <Form.Item name="sourceDocument" label="Văn bản công bố">
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

/**
 * The province's standing on the national indices the plan wants raised (KH 513/KH-UBND, I.1):
 * values and ranks year by year as published, recorded by Sở Nội vụ; missing figures stay empty.
 */
export function IndicesPage() {
  const user = useSignedInUser();
  const canManage = hasPermission(user, 'province_indices.manage');
  const list = useProvinceIndices();
  const remove = useDeleteProvinceIndex();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<ProvinceIndex | 'new' | null>(null);
  const items = list.data?.items ?? [];
  const years = [...new Set(items.map((i) => i.year))].sort();
  const kinds = provinceIndexKinds.filter((k) =>
    items.some((i) => i.index === k && i.rank !== null),
  );
  const title = 'Kết quả các chỉ số của tỉnh qua các năm';

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      className="cchc-dashboard"
    >
      <PrintStyles />
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          Chỉ số của tỉnh
        </Typography.Title>
        <Space className="no-print">
          {canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setEditing('new')}
            >
              Ghi nhận kết quả
            </Button>
          )}
          <TableTools
            fileName="chi-so-cua-tinh"
            title={title}
            header={['Chỉ số', 'Năm', 'Giá trị', 'Thứ hạng', 'Số tỉnh xếp hạng', 'Văn bản công bố']}
            rows={() =>
              items.map((i) => [
                shortNames[i.index],
                i.year,
                i.value,
                i.rank,
                i.rankOf,
                i.sourceDocument,
              ])
            }
            disabled={items.length === 0}
          />
        </Space>
      </Flex>
      <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      <Card size="small" title="Thứ hạng qua các năm (hạng 1 ở trên cùng)">
        {kinds.length === 0 ? (
          <Empty description="Chưa có thứ hạng nào được ghi nhận" />
        ) : (
          <TrendChart
            label="Thứ hạng của tỉnh về các chỉ số qua các năm"
            categories={years.map(String)}
            percent={false}
            inverse
            series={kinds.map((kind) => ({
              name: shortNames[kind],
              values: years.map(
                (y) => items.find((i) => i.index === kind && i.year === y)?.rank ?? null,
              ),
            }))}
          />
        )}
      </Card>
      <Table<ProvinceIndex>
        aria-label={title}
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={items}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: 'Chưa có kết quả nào' }}
        columns={[
          {
            key: 'index',
            title: 'Chỉ số',
            render: (_, i) => (
              <abbr title={provinceIndexLabelsVi[i.index]} style={{ textDecoration: 'none' }}>
                {shortNames[i.index]}
              </abbr>
            ),
          },
          { key: 'year', title: 'Năm', dataIndex: 'year', width: 80 },
          {
            key: 'value',
            title: 'Giá trị',
            width: 120,
            align: 'right',
            render: (_, i) =>
              i.value === null
                ? 'Chưa có số liệu'
                : `${formatNumberVi(i.value)}${i.index === 'SIPAS' ? ' %' : ''}`,
          },
          {
            key: 'rank',
            title: 'Thứ hạng',
            width: 110,
            align: 'right',
            render: (_, i) => rankText(i),
          },
          { key: 'source', title: 'Văn bản công bố', render: (_, i) => i.sourceDocument ?? '—' },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: <span className="sr-only">Thao tác</span>,
                  width: 110,
                  className: 'no-print',
                  render: (_: unknown, i: ProvinceIndex) => (
                    <Space>
                      <Button
                        size="small"
                        icon={<EditOutlined aria-hidden />}
                        aria-label={`Sửa ${shortNames[i.index]} năm ${i.year}`}
                        onClick={() => setEditing(i)}
                      />
                      <Popconfirm
                        title={`Xoá kết quả ${shortNames[i.index]} năm ${i.year}?`}
                        okText="Xoá"
                        cancelText="Huỷ"
                        onConfirm={() =>
                          remove.mutateAsync(i.id).then(
                            () => message.success('Đã xoá'),
                            (e) => message.error(errorMessageOf(e)),
                          )
                        }
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={`Xoá ${shortNames[i.index]} năm ${i.year}`}
                        />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <IndexModal editing={editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}
