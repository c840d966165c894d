import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { UnitDetail } from '../../../contracts/units';
import { FormModal } from '../../components/form-modal';
import { apiDateFormat, datePickerFormat } from '../../lib/format';
import { optionalText } from './unit-fields';
import { useCloseUnit } from './units-api';

interface CloseUnitForm {
  validTo: Dayjs;
  note?: string;
}

/** Ends a unit's validity without a successor (a merge or split records its successors). */
export function CloseUnitModal({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const closeUnit = useCloseUnit(unit.code);
  return (
    <FormModal<CloseUnitForm>
      name="close-unit"
      title={`Giải thể ${unit.name}`}
      okText="Giải thể"
      okDanger
      successMessage="Đã giải thể đơn vị."
      initialValues={{ validTo: dayjs() }}
      onClose={onClose}
      onSubmit={(v) =>
        closeUnit.mutateAsync({
          validTo: v.validTo.format(apiDateFormat),
          note: optionalText(v.note),
        })
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="Đơn vị vẫn được giữ trong lịch sử nhưng không còn hiện trong cây đơn vị đang hoạt động."
      />
      <Form.Item
        label="Hiệu lực đến ngày"
        name="validTo"
        rules={[{ required: true, message: 'Vui lòng chọn ngày hết hiệu lực' }]}
      >
        <DatePicker format={datePickerFormat} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="Ghi chú (căn cứ, quyết định)"
        name="note"
        rules={[{ max: 500, message: 'Ghi chú tối đa 500 ký tự' }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
