import { DatePicker, Form, Input, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../components/form-modal';
import { UnitSelect } from '../org/unit-select';
import { type DossierAction, useDossierAction, useDossierOfficers } from './onestop-api';

const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

export const actionTitles: Record<DossierAction, string> = {
  'hand-over': 'Chuyển hồ sơ',
  'supplement-request': 'Yêu cầu bổ sung hồ sơ',
  'supplement-received': 'Nhận hồ sơ bổ sung',
  finish: 'Ghi nhận kết quả',
  return: 'Trả kết quả',
  apology: 'Phiếu xin lỗi, hẹn lại ngày trả',
  accept: 'Tiếp nhận hồ sơ trực tuyến',
  refuse: 'Từ chối tiếp nhận',
};

/** The officer of the chosen unit who takes the dossier (issue 4 "assignment"); optional. */
function AssigneeField() {
  const form = Form.useFormInstance<ActionValues>();
  const unitCode = Form.useWatch('toUnitCode', form);
  const officers = useDossierOfficers(unitCode);
  return (
    <Form.Item label="Giao cho cán bộ xử lý" name="assigneeUserId">
      <Select<number>
        allowClear
        disabled={!unitCode}
        loading={officers.isFetching}
        placeholder={unitCode ? 'Chọn cán bộ (không bắt buộc)' : 'Chọn đơn vị trước'}
        options={(officers.data?.items ?? []).map((o) => ({
          value: o.id,
          label: `${o.fullName} (${o.username})${o.role === 'processing_officer' ? '' : ' — một cửa'}`,
        }))}
      />
    </Form.Item>
  );
}

interface ActionValues {
  toUnitCode?: string;
  assigneeUserId?: number;
  note?: string;
  items?: string;
  reason?: string;
  resultNote?: string;
  digitised?: boolean;
  newDueAt?: Dayjs;
}

/** One small form per action on a dossier; the server's message shows when it refuses. */
export function DossierActionModal(props: {
  code: string;
  action: DossierAction;
  onClose: () => void;
}) {
  const { code, action, onClose } = props;
  const run = useDossierAction(code, action);
  const toBody = (v: ActionValues): Record<string, unknown> => {
    switch (action) {
      case 'hand-over':
        return {
          toUnitCode: v.toUnitCode,
          note: optional(v.note),
          assigneeUserId: v.assigneeUserId ?? undefined,
        };
      case 'refuse':
        return { reason: v.reason?.trim() };
      case 'supplement-request':
        return {
          items: (v.items ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
          reason: v.reason?.trim(),
        };
      case 'finish':
        return { resultNote: optional(v.resultNote), digitised: v.digitised ?? false };
      case 'apology':
        return { reason: v.reason?.trim(), newDueAt: v.newDueAt?.format() };
      default:
        return { note: optional(v.note) };
    }
  };
  return (
    <FormModal<ActionValues>
      name={`dossier-${action}`}
      title={`${actionTitles[action]} — ${code}`}
      okText={actionTitles[action]}
      successMessage="Đã cập nhật hồ sơ."
      initialValues={{ digitised: true }}
      onClose={onClose}
      onSubmit={(v) => run.mutateAsync(toBody(v))}
    >
      {action === 'hand-over' && (
        <Form.Item
          label="Chuyển đến đơn vị"
          name="toUnitCode"
          rules={[{ required: true, message: 'Vui lòng chọn đơn vị nhận hồ sơ' }]}
        >
          <UnitSelect placeholder="Tìm đơn vị theo tên hoặc mã" />
        </Form.Item>
      )}
      {action === 'hand-over' && <AssigneeField />}
      {action === 'refuse' && (
        <Form.Item
          label="Lý do từ chối (in trên Phiếu từ chối, Mẫu 03)"
          name="reason"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu lý do từ chối' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
      {action === 'supplement-request' && (
        <>
          <Form.Item
            label="Giấy tờ cần bổ sung (mỗi dòng một loại; ghi bản chính, bản sao chứng thực hay bản sao)"
            name="items"
            rules={[
              { required: true, whitespace: true, message: 'Vui lòng nêu giấy tờ cần bổ sung' },
            ]}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item
            label="Lý do"
            name="reason"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu lý do' }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
      {action === 'finish' && (
        <>
          <Form.Item label="Kết quả giải quyết" name="resultNote">
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item label="Kết quả đã được số hoá" name="digitised" valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      )}
      {action === 'apology' && (
        <>
          <Form.Item
            label="Lý do chậm trễ"
            name="reason"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu lý do chậm trễ' }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item
            label="Ngày giờ hẹn trả mới"
            name="newDueAt"
            rules={[{ required: true, message: 'Vui lòng chọn ngày hẹn mới' }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="HH:mm DD/MM/YYYY" />
          </Form.Item>
        </>
      )}
      {(action === 'hand-over' ||
        action === 'supplement-received' ||
        action === 'return' ||
        action === 'accept') && (
        <Form.Item
          label="Ghi chú"
          name="note"
          rules={[{ max: 2000, message: 'Tối đa 2.000 ký tự' }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
    </FormModal>
  );
}
