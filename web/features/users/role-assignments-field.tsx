import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row, Select } from 'antd';
import { provinceWideRoles, roleLabels, roles } from '../../../core/auth/roles';
import { UnitSelect } from '../org/unit-select';

const roleOptions = roles.map((role) => ({
  value: role,
  label: roleLabels[role],
  title: provinceWideRoles.includes(role) ? 'Chỉ giao ở cấp tỉnh' : roleLabels[role],
}));

/** A list of (role, unit) pairs; each role applies to the unit and everything under it. */
export function RoleAssignmentsField() {
  return (
    <Form.List
      name="roles"
      rules={[
        {
          validator: async (_, value: unknown[] | undefined) => {
            if (!value || value.length === 0) throw new Error('Cần ít nhất một vai trò');
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>Vai trò và đơn vị</legend>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top" wrap={false}>
              <Col flex="260px">
                <Form.Item
                  name={[field.name, 'role']}
                  rules={[{ required: true, message: 'Chọn vai trò' }]}
                >
                  <Select
                    aria-label={`Vai trò ${index + 1}`}
                    placeholder="Vai trò"
                    options={roleOptions}
                  />
                </Form.Item>
              </Col>
              <Col flex="auto" style={{ minWidth: 0 }}>
                <Form.Item
                  name={[field.name, 'unitCode']}
                  rules={[{ required: true, message: 'Chọn đơn vị' }]}
                >
                  <UnitSelect aria-label={`Đơn vị của vai trò ${index + 1}`} allowClear={false} />
                </Form.Item>
              </Col>
              <Col flex="32px">
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`Bỏ vai trò ${index + 1}`}
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({})}
            disabled={fields.length >= 20}
            style={{ marginBottom: 16 }}
          >
            Thêm vai trò
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
