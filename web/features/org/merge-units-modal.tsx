import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MergeUnitsBody, UnitDetail } from '../../../contracts/units';
import type { UnitKind } from '../../../core/org/unit-kind';
import { FormModal } from '../../components/form-modal';
import { apiDateFormat, datePickerFormat } from '../../lib/format';
import { optionalText, UnitFields } from './unit-fields';
import { UnitSelect } from './unit-select';
import { useMergeUnits } from './units-api';

interface MergeUnitsForm {
  sourceCodes: string[];
  target: 'existing' | 'new';
  existingCode?: string;
  into?: {
    code: string;
    name: string;
    shortName?: string;
    kind: UnitKind;
    typeLabel?: string;
    parentCode: string;
  };
  effectiveOn: Dayjs;
  note?: string;
}

function toMergeBody(v: MergeUnitsForm): MergeUnitsBody {
  const into: MergeUnitsBody['into'] =
    v.target === 'existing' || !v.into
      ? { existingCode: v.existingCode ?? '' }
      : {
          code: v.into.code.trim(),
          name: v.into.name.trim(),
          shortName: optionalText(v.into.shortName),
          kind: v.into.kind,
          typeLabel: optionalText(v.into.typeLabel),
          parentCode: v.into.parentCode,
        };
  return {
    sourceCodes: v.sourceCodes,
    into,
    effectiveOn: v.effectiveOn.format(apiDateFormat),
    note: optionalText(v.note),
  };
}

/** Merges units into an existing or a new unit; the sources close and keep successor links. */
export function MergeUnitsModal({
  unit,
  onClose,
  onMerged,
}: {
  unit: UnitDetail;
  onClose: () => void;
  /** Opens the unit that received the others. */
  onMerged: (code: string) => void;
}) {
  const mergeUnits = useMergeUnits();
  return (
    <FormModal<MergeUnitsForm>
      name="merge-units"
      title="Sáp nhập đơn vị"
      okText="Sáp nhập"
      width={720}
      successMessage="Đã sáp nhập đơn vị."
      initialValues={{
        sourceCodes: [unit.code],
        target: 'existing',
        effectiveOn: dayjs(),
        into: unit.parentCode
          ? ({ parentCode: unit.parentCode } as MergeUnitsForm['into'])
          : undefined,
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        const body = toMergeBody(v);
        await mergeUnits.mutateAsync(body);
        onMerged('existingCode' in body.into ? body.into.existingCode : body.into.code);
      }}
    >
      <Form.Item
        label="Các đơn vị được sáp nhập"
        name="sourceCodes"
        rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một đơn vị' }]}
      >
        <UnitSelect mode="multiple" />
      </Form.Item>
      <Form.Item label="Sáp nhập vào" name="target">
        <Radio.Group
          options={[
            { value: 'existing', label: 'Một đơn vị đang có' },
            { value: 'new', label: 'Một đơn vị mới' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['target']}>
        {({ getFieldValue }) =>
          getFieldValue('target') === 'new' ? (
            <UnitFields prefix={['into']} withParent />
          ) : (
            <Form.Item
              label="Đơn vị tiếp nhận"
              name="existingCode"
              rules={[{ required: true, message: 'Vui lòng chọn đơn vị tiếp nhận' }]}
            >
              <UnitSelect />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item
        label="Ngày có hiệu lực"
        name="effectiveOn"
        rules={[{ required: true, message: 'Vui lòng chọn ngày có hiệu lực' }]}
      >
        <DatePicker format={datePickerFormat} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="Ghi chú (căn cứ, nghị quyết)"
        name="note"
        rules={[{ max: 500, message: 'Ghi chú tối đa 500 ký tự' }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
