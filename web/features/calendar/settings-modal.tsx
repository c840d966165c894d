import { Col, Form, Input, Row } from 'antd';
import type { CalendarSettings } from '../../../contracts/calendar';
import { FormModal } from '../../components/form-modal';
import { useUpdateCalendarSettings } from './calendar-api';

interface SettingsForm {
  morning: { start: string; end: string };
  afternoon: { start: string; end: string };
  receptionCutOff?: string | null;
}

const timeFormatRule = {
  pattern: /^([01]\d|2[0-3]):[0-5]\d$/,
  message: 'Giờ theo dạng HH:mm, ví dụ 07:30',
};
const timeRules = [{ required: true, message: 'Nhập giờ' }, timeFormatRule];

function SessionFields({ name, label }: { name: 'morning' | 'afternoon'; label: string }) {
  return (
    <Row gutter={8}>
      <Col span={12}>
        <Form.Item label={`${label}: bắt đầu`} name={[name, 'start']} rules={timeRules}>
          <Input placeholder="07:30" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label={`${label}: kết thúc`} name={[name, 'end']} rules={timeRules}>
          <Input placeholder="11:30" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The province's working hours and reception cut-off (vn-regulations.md §1). */
export function SettingsModal({
  settings,
  onClose,
}: {
  settings: CalendarSettings;
  onClose: () => void;
}) {
  const update = useUpdateCalendarSettings();
  return (
    <FormModal<SettingsForm>
      name="calendar-settings"
      title="Giờ làm việc của tỉnh"
      successMessage="Đã lưu giờ làm việc."
      initialValues={settings}
      onClose={onClose}
      onSubmit={(values) =>
        update.mutateAsync({
          morning: values.morning,
          afternoon: values.afternoon,
          receptionCutOff: values.receptionCutOff?.trim() || null,
        })
      }
    >
      <SessionFields name="morning" label="Buổi sáng" />
      <SessionFields name="afternoon" label="Buổi chiều" />
      <Form.Item
        label="Giờ chốt tiếp nhận"
        name="receptionCutOff"
        extra="Hồ sơ nhận sau giờ này được tính từ ngày làm việc tiếp theo. Để trống nếu không chốt."
        rules={[timeFormatRule]}
      >
        <Input placeholder="15:00" />
      </Form.Item>
    </FormModal>
  );
}
