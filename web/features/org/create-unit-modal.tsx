import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { UnitDetail } from '../../../contracts/units';
import { allowedParentKinds, type UnitKind, unitKinds } from '../../../core/org/unit-kind';
import { FormModal } from '../../components/form-modal';
import { apiDateFormat, datePickerFormat } from '../../lib/format';
import { optionalText, UnitFields } from './unit-fields';
import { useCreateUnit } from './units-api';

interface CreateUnitForm {
  code: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  typeLabel?: string;
  validFrom: Dayjs;
}

/** Adds a unit directly under `parent`, offering only the kinds that may sit there. */
export function CreateUnitModal({
  parent,
  onClose,
  onCreated,
}: {
  parent: UnitDetail;
  onClose: () => void;
  /** Opens the new unit, which also reveals it in the tree. */
  onCreated: (code: string) => void;
}) {
  const createUnit = useCreateUnit();
  const kinds = unitKinds.filter((k) => allowedParentKinds[k].includes(parent.kind));
  // Service centres are the exception under any parent; the other allowed kind is the usual one.
  const usualKind = kinds.find((k) => k !== 'service_centre') ?? kinds[0];

  return (
    <FormModal<CreateUnitForm>
      name="create-unit"
      title={`Thêm đơn vị trực thuộc ${parent.name}`}
      okText="Thêm đơn vị"
      successMessage="Đã thêm đơn vị."
      initialValues={{ validFrom: dayjs(), kind: usualKind }}
      onClose={onClose}
      onSubmit={(v) =>
        createUnit
          .mutateAsync({
            code: v.code.trim(),
            name: v.name.trim(),
            shortName: optionalText(v.shortName),
            kind: v.kind,
            typeLabel: optionalText(v.typeLabel),
            parentCode: parent.code,
            validFrom: v.validFrom.format(apiDateFormat),
          })
          .then((created) => onCreated(created.code))
      }
    >
      <UnitFields kinds={kinds} />
      <Form.Item
        label="Hiệu lực từ ngày"
        name="validFrom"
        rules={[{ required: true, message: 'Vui lòng chọn ngày bắt đầu hiệu lực' }]}
      >
        <DatePicker format={datePickerFormat} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
