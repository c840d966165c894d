import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { SplitUnitBody, UnitDetail } from '../../../contracts/units';
import type { UnitKind } from '../../../core/org/unit-kind';
import { FormModal } from '../../components/form-modal';
import { apiDateFormat, datePickerFormat } from '../../lib/format';
import { optionalText, UnitFields } from './unit-fields';
import { useSplitUnit } from './units-api';

interface SplitPart {
  code: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  typeLabel?: string;
  parentCode: string;
}

interface SplitUnitForm {
  parts: SplitPart[];
  effectiveOn: Dayjs;
  note?: string;
}

function toSplitBody(v: SplitUnitForm): SplitUnitBody {
  return {
    parts: v.parts.map((p) => ({
      code: p.code.trim(),
      name: p.name.trim(),
      shortName: optionalText(p.shortName),
      kind: p.kind,
      typeLabel: optionalText(p.typeLabel),
      parentCode: p.parentCode,
    })),
    effectiveOn: v.effectiveOn.format(apiDateFormat),
    note: optionalText(v.note),
  };
}

/** Splits a unit into two or more new units; the unit closes and links to each part. */
export function SplitUnitModal({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const splitUnit = useSplitUnit(unit.code);
  const emptyPart = { kind: unit.kind, parentCode: unit.parentCode ?? undefined };
  return (
    <FormModal<SplitUnitForm>
      name="split-unit"
      title={`Chia tách ${unit.name}`}
      okText="Chia tách"
      width={760}
      successMessage="Đã chia tách đơn vị."
      initialValues={{
        parts: [emptyPart, emptyPart] as SplitPart[],
        effectiveOn: dayjs(),
      }}
      onClose={onClose}
      onSubmit={(v) => splitUnit.mutateAsync(toSplitBody(v))}
    >
      <Form.List
        name="parts"
        rules={[
          {
            validator: async (_, parts: unknown[] | undefined) => {
              if (!parts || parts.length < 2) throw new Error('Cần ít nhất hai đơn vị mới');
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={`Đơn vị mới ${index + 1}`}
                style={{ marginBottom: 12 }}
                extra={
                  fields.length > 2 && (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={`Bỏ đơn vị mới ${index + 1}`}
                      onClick={() => remove(field.name)}
                    />
                  )
                }
              >
                <UnitFields prefix={[field.name]} withParent />
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add(emptyPart)}
              disabled={fields.length >= 20}
              block
              style={{ marginBottom: 16 }}
            >
              Thêm đơn vị mới
            </Button>
          </>
        )}
      </Form.List>
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
