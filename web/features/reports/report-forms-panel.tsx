import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { ReportFormDetail, ReportFormSummary } from '../../../contracts/periodic-reports';
import { unitKindLabels } from '../../../core/org/unit-kind';
import { ErrorAlert } from '../../components/error-alert';
import { errorMessageOf } from '../../lib/api-client';
import { apiDateFormat, datePickerFormat, formatCalendarDateVi } from '../../lib/format';
import { UnitSelect } from '../org/unit-select';
import {
  useGrantException,
  useReportForm,
  useReportForms,
  useUpdateFormPeriod,
  useUpdateReportForm,
} from './reports-api';

const periodKindLabels: Record<string, string> = {
  quarter: 'Quý',
  half_year: '6 tháng',
  year: 'Năm',
};

function PeriodDueDates({ form }: { form: ReportFormDetail }) {
  const { message } = App.useApp();
  const update = useUpdateFormPeriod(form.id);
  return (
    <Table<ReportFormDetail['periods'][number]>
      aria-label="Kỳ và hạn gửi"
      rowKey="period"
      size="small"
      pagination={false}
      dataSource={form.periods}
      columns={[
        { key: 'period', title: 'Kỳ', dataIndex: 'label' },
        {
          key: 'window',
          title: 'Kỳ số liệu (NĐ 09/2019)',
          render: (_: unknown, p) =>
            `${formatCalendarDateVi(p.windowStart)} – ${formatCalendarDateVi(p.windowEnd)}`,
        },
        {
          key: 'due',
          title: 'Hạn gửi',
          render: (_: unknown, p) => (
            <DatePicker
              aria-label={`Hạn gửi ${p.period}`}
              allowClear={false}
              format={datePickerFormat}
              value={dayjs(p.dueOn)}
              onChange={(value) =>
                value &&
                update.mutate(
                  { period: p.period, dueOn: value.format(apiDateFormat) },
                  {
                    onSuccess: () => message.success(`Đã đặt hạn gửi ${p.period}.`),
                    onError: (error) => message.error(errorMessageOf(error)),
                  },
                )
              }
            />
          ),
        },
      ]}
    />
  );
}

/** A simple editor: the name, whether units fill it, and its figures, sections and rules as JSON. */
function FormEditor({ form }: { form: ReportFormDetail }) {
  const { message } = App.useApp();
  const update = useUpdateReportForm(form.id);
  const [name, setName] = useState(form.name);
  const [definition, setDefinition] = useState('');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setName(form.name);
    setDefinition(
      JSON.stringify(
        { figures: form.figures, sections: form.sections, rules: form.rules },
        null,
        2,
      ),
    );
  }, [form]);

  const save = () => {
    let parsed: Pick<ReportFormDetail, 'figures' | 'sections' | 'rules'>;
    try {
      parsed = JSON.parse(definition);
    } catch {
      message.error('Nội dung chỉ tiêu không phải JSON hợp lệ.');
      return;
    }
    setError(null);
    update.mutate(
      { name, figures: parsed.figures, sections: parsed.sections, rules: parsed.rules },
      {
        onSuccess: () => message.success('Đã lưu mẫu báo cáo.'),
        onError: (e) => setError(e),
      },
    );
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Input
          aria-label="Tên mẫu báo cáo"
          style={{ width: 480 }}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <Switch
          checkedChildren="Đang áp dụng"
          unCheckedChildren="Ngừng áp dụng"
          checked={form.active}
          onChange={(active) =>
            update.mutate({ active }, { onError: (e) => message.error(errorMessageOf(e)) })
          }
        />
      </Space>
      <Typography.Text type="secondary">
        Đơn vị lập: {form.unitKinds.map((k) => unitKindLabels[k]).join(', ')} · Kỳ:{' '}
        {form.periodKinds.map((k) => periodKindLabels[k]).join(', ')} · Chốt số liệu ngày{' '}
        {form.cutOffDay ?? 'cuối tháng'}, gửi sau {form.dueWorkingDays} ngày làm việc
      </Typography.Text>
      <PeriodDueDates form={form} />
      <Typography.Text strong>
        Chỉ tiêu, mục và quy tắc kiểm tra ({form.figures.length} chỉ tiêu)
      </Typography.Text>
      <Input.TextArea
        aria-label="Chỉ tiêu, mục và quy tắc (JSON)"
        autoSize={{ minRows: 10, maxRows: 24 }}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        value={definition}
        onChange={(event) => setDefinition(event.target.value)}
      />
      <ErrorAlert error={error} />
      <Button type="primary" onClick={save} loading={update.isPending}>
        Lưu mẫu báo cáo
      </Button>
    </Space>
  );
}

interface ExceptionValues {
  unitCode: string;
  period: string;
  until: dayjs.Dayjs;
  reason: string;
}

/** Sở Nội vụ lets one unit send one period's report after the due date (audited). */
function ExceptionForm({ form }: { form: ReportFormDetail }) {
  const { message } = App.useApp();
  const grant = useGrantException();
  const [antForm] = Form.useForm<ExceptionValues>();
  return (
    <Form<ExceptionValues>
      form={antForm}
      layout="inline"
      name="report-exception"
      onFinish={(values) =>
        grant.mutate(
          {
            formId: form.id,
            unitCode: values.unitCode,
            period: values.period,
            until: values.until.format(apiDateFormat),
            reason: values.reason.trim(),
          },
          {
            onSuccess: () => {
              message.success('Đã gia hạn gửi báo cáo.');
              antForm.resetFields();
            },
            onError: (error) => message.error(errorMessageOf(error)),
          },
        )
      }
    >
      <Form.Item
        name="unitCode"
        label="Đơn vị"
        rules={[{ required: true, message: 'Chọn đơn vị' }]}
      >
        <UnitSelect style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="period" label="Kỳ" rules={[{ required: true, message: 'Chọn kỳ' }]}>
        <Select
          style={{ width: 140 }}
          options={form.periods.map((p) => ({ value: p.period, label: p.period }))}
        />
      </Form.Item>
      <Form.Item name="until" label="Đến ngày" rules={[{ required: true, message: 'Chọn ngày' }]}>
        <DatePicker format={datePickerFormat} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="Lý do"
        rules={[{ required: true, whitespace: true, message: 'Nhập lý do' }]}
      >
        <Input style={{ width: 260 }} maxLength={2000} />
      </Form.Item>
      <Button htmlType="submit" loading={grant.isPending}>
        Gia hạn
      </Button>
    </Form>
  );
}

/** Form administration (Sở Nội vụ): the list, and the chosen form's editor. */
export function ReportFormsPanel() {
  const forms = useReportForms();
  const [selected, setSelected] = useState<number>();
  const id = selected ?? forms.data?.items[0]?.id;
  const detail = useReportForm(id);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ErrorAlert error={forms.error} onRetry={() => forms.refetch()} />
      <Table<ReportFormSummary>
        aria-label="Mẫu báo cáo"
        rowKey="id"
        size="small"
        pagination={false}
        loading={forms.isFetching}
        dataSource={forms.data?.items ?? []}
        onRow={(row) => ({ onClick: () => setSelected(row.id), style: { cursor: 'pointer' } })}
        rowClassName={(row) => (row.id === id ? 'ant-table-row-selected' : '')}
        columns={[
          { key: 'code', title: 'Mã', dataIndex: 'code' },
          { key: 'name', title: 'Tên', dataIndex: 'name' },
          { key: 'year', title: 'Năm', dataIndex: 'year' },
          { key: 'figures', title: 'Số chỉ tiêu', dataIndex: 'figureCount' },
          {
            key: 'active',
            title: 'Trạng thái',
            render: (_: unknown, row) =>
              row.active ? <Tag color="success">Đang áp dụng</Tag> : <Tag>Ngừng</Tag>,
          },
        ]}
      />
      {detail.data && (
        <>
          <Card size="small" title={`Sửa mẫu ${detail.data.code}`}>
            <FormEditor form={detail.data} />
          </Card>
          <Card size="small" title="Gia hạn gửi báo cáo cho một đơn vị">
            <ExceptionForm form={detail.data} />
          </Card>
        </>
      )}
    </Space>
  );
}
