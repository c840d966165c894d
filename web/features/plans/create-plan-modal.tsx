import { DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import type { PlanDetail } from '../../../contracts/plans';
import { FormModal } from '../../components/form-modal';
import { apiDateFormat, datePickerFormat } from '../../lib/format';
import { useCreatePlan } from './plan-work-api';

interface CreatePlanForm {
  number: string;
  title: string;
  year: number;
  issuedOn?: Dayjs;
}

/**
 * Sở Nội vụ records the province plan of another year; its tasks then come from the annex
 * import on the "Nhiệm vụ" tab (issue 3).
 */
export function CreatePlanModal({
  unitCode,
  onCreated,
  onClose,
}: {
  unitCode: string;
  onCreated: (plan: PlanDetail) => void;
  onClose: () => void;
}) {
  const create = useCreatePlan();
  const nextYear = new Date().getFullYear() + 1;
  return (
    <FormModal<CreatePlanForm>
      name="create-plan"
      title="Thêm kế hoạch CCHC của tỉnh"
      okText="Tạo kế hoạch"
      successMessage="Đã tạo kế hoạch; hãy nhập phụ lục nhiệm vụ ở thẻ Nhiệm vụ."
      initialValues={{ year: nextYear, title: `Kế hoạch Cải cách hành chính năm ${nextYear}` }}
      onClose={onClose}
      onSubmit={async (v) => {
        const plan = await create.mutateAsync({
          number: v.number.trim(),
          title: v.title.trim(),
          year: v.year,
          unitCode,
          ...(v.issuedOn ? { issuedOn: v.issuedOn.format(apiDateFormat) } : {}),
        });
        onCreated(plan);
      }}
    >
      <Form.Item
        label="Số, ký hiệu"
        name="number"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập số, ký hiệu' }]}
      >
        <Input maxLength={60} placeholder="ví dụ: 4321/KH-UBND" />
      </Form.Item>
      <Form.Item
        label="Tên kế hoạch"
        name="title"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên kế hoạch' }]}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item label="Năm" name="year" rules={[{ required: true, message: 'Vui lòng nhập năm' }]}>
        <InputNumber min={2000} max={9999} precision={0} />
      </Form.Item>
      <Form.Item
        label="Ngày ban hành"
        name="issuedOn"
        extra="Bỏ trống nếu kế hoạch còn là dự thảo."
      >
        <DatePicker format={datePickerFormat} />
      </Form.Item>
    </FormModal>
  );
}
