import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Descriptions, Form, InputNumber, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { ErrorAlert } from '../../components/error-alert';
import { formatInstantDateTimeVi } from '../../lib/format';
import { useComputeDueDate } from './calendar-api';

interface DueDateFormValues {
  receivedAt: Dayjs;
  workingDays: number;
}

/**
 * The time typed is a time on the desk's clock in Việt Nam, whatever the browser's zone, so it
 * is sent with +07:00 rather than converted from the browser's offset.
 */
function toVietnamInstant(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+07:00`;
}

/** "Tính ngày hẹn trả": the appointment the server would print on the receipt (Mẫu 01). */
export function DueDateForm() {
  const [form] = Form.useForm<DueDateFormValues>();
  const compute = useComputeDueDate();
  const result = compute.data;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Form<DueDateFormValues>
        form={form}
        name="due-date"
        layout="vertical"
        initialValues={{ workingDays: 3 }}
        onFinish={(values) =>
          compute.mutate({
            receivedAt: toVietnamInstant(values.receivedAt),
            workingDays: values.workingDays,
          })
        }
      >
        <Form.Item
          label="Thời điểm tiếp nhận"
          name="receivedAt"
          rules={[{ required: true, message: 'Chọn giờ và ngày tiếp nhận' }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="HH:mm DD/MM/YYYY"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          label="Số ngày làm việc"
          name="workingDays"
          rules={[
            { required: true, message: 'Nhập số ngày làm việc' },
            {
              validator: async (_, value: number | null) => {
                if (value != null && !Number.isInteger(value * 2)) {
                  throw new Error('Số ngày là số nguyên hoặc có nửa ngày (0,5)');
                }
              },
            },
          ]}
        >
          <InputNumber
            min={0.5}
            max={1000}
            step={0.5}
            decimalSeparator=","
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<CalculatorOutlined aria-hidden />}
            loading={compute.isPending}
          >
            Tính ngày hẹn trả
          </Button>
        </Form.Item>
      </Form>
      <ErrorAlert error={compute.error} />
      {result && (
        <div role="status">
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              {
                key: 'countedFrom',
                label: 'Bắt đầu tính từ',
                children: formatInstantDateTimeVi(result.countedFrom),
              },
              {
                key: 'dueAt',
                label: 'Ngày hẹn trả',
                children: (
                  <Space>
                    <strong>{formatInstantDateTimeVi(result.dueAt)}</strong>
                    {result.projected && <Tag>Dự kiến</Tag>}
                  </Space>
                ),
              },
            ]}
          />
          {result.projected && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 8 }}
              title="Khoảng thời gian đi qua năm chưa có thông báo chính thức về ngày nghỉ; ngày hẹn có thể thay đổi."
            />
          )}
        </div>
      )}
    </Space>
  );
}
