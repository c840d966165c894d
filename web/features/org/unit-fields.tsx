import { Col, Form, Input, Row, Select } from 'antd';
import { type UnitKind, unitKindLabels, unitKinds } from '../../../core/org/unit-kind';
import { UnitSelect } from './unit-select';

type NamePrefix = (string | number)[];

interface UnitFieldsProps {
  /** Where the fields sit in the form, e.g. `['into']` or `[0]` inside a Form.List. */
  prefix?: NamePrefix;
  /** Kinds offered; all kinds when absent. */
  kinds?: readonly UnitKind[];
  /** Ask for the parent unit too (merge into a new unit, split parts). */
  withParent?: boolean;
}

const codePattern = /^[A-Za-z0-9_.-]+$/;

/** The fields that define a unit: code, names, kind, type label and, when asked, its parent. */
export function UnitFields({
  prefix = [],
  kinds = unitKinds,
  withParent = false,
}: UnitFieldsProps) {
  const name = (field: string) => [...prefix, field];
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item
            label="Mã đơn vị"
            name={name('code')}
            rules={[
              { required: true, whitespace: true, message: 'Vui lòng nhập mã đơn vị' },
              { max: 40, message: 'Mã đơn vị tối đa 40 ký tự' },
              { pattern: codePattern, message: 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu gạch' },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item
            label="Cấp, loại đơn vị"
            name={name('kind')}
            rules={[{ required: true, message: 'Vui lòng chọn cấp, loại đơn vị' }]}
          >
            <Select options={kinds.map((k) => ({ value: k, label: unitKindLabels[k] }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label="Tên đơn vị"
        name={name('name')}
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập tên đơn vị' },
          { min: 2, max: 200, message: 'Tên đơn vị dài từ 2 đến 200 ký tự' },
        ]}
      >
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            label="Tên viết tắt"
            name={name('shortName')}
            rules={[{ max: 80, message: 'Tên viết tắt tối đa 80 ký tự' }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label="Loại hình"
            name={name('typeLabel')}
            tooltip="Ví dụ: Huyện, Thị xã, Phường, Xã, Thị trấn"
            rules={[{ max: 60, message: 'Loại hình tối đa 60 ký tự' }]}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
      {withParent && (
        <Form.Item
          label="Đơn vị cấp trên"
          name={name('parentCode')}
          rules={[{ required: true, message: 'Vui lòng chọn đơn vị cấp trên' }]}
        >
          <UnitSelect />
        </Form.Item>
      )}
    </>
  );
}

/** Empty optional texts travel as null, trimmed texts as they are. */
export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
