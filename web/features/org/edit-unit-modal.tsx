import { Form, Input } from 'antd';
import type { UnitDetail } from '../../../contracts/units';
import { FormModal } from '../../components/form-modal';
import { optionalText } from './unit-fields';
import { useUpdateUnit } from './units-api';

interface EditUnitForm {
  name: string;
  shortName?: string | null;
  typeLabel?: string | null;
}

/** Renames a unit or corrects its short name and type label (code, kind and parent stay). */
export function EditUnitModal({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const updateUnit = useUpdateUnit(unit.code);
  return (
    <FormModal<EditUnitForm>
      name="edit-unit"
      title={`Sửa thông tin ${unit.name}`}
      successMessage="Đã lưu thông tin đơn vị."
      initialValues={{ name: unit.name, shortName: unit.shortName, typeLabel: unit.typeLabel }}
      onClose={onClose}
      onSubmit={(v) =>
        updateUnit.mutateAsync({
          name: v.name.trim(),
          shortName: optionalText(v.shortName),
          typeLabel: optionalText(v.typeLabel),
        })
      }
    >
      <Form.Item
        label="Tên đơn vị"
        name="name"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập tên đơn vị' },
          { min: 2, max: 200, message: 'Tên đơn vị dài từ 2 đến 200 ký tự' },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label="Tên viết tắt"
        name="shortName"
        rules={[{ max: 80, message: 'Tên viết tắt tối đa 80 ký tự' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label="Loại hình"
        name="typeLabel"
        rules={[{ max: 60, message: 'Loại hình tối đa 60 ký tự' }]}
      >
        <Input />
      </Form.Item>
    </FormModal>
  );
}
