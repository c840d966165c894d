import { Form, Input } from 'antd';

/** Username (only when creating), full name and email. */
export function UserIdentityFields({ withUsername = false }: { withUsername?: boolean }) {
  return (
    <>
      {withUsername && (
        <Form.Item
          label="Tên đăng nhập"
          name="username"
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập tên đăng nhập' },
            { min: 3, max: 64, message: 'Tên đăng nhập dài từ 3 đến 64 ký tự' },
            {
              pattern: /^[a-z0-9._-]+$/,
              message: 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch',
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        label="Họ và tên"
        name="fullName"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập họ và tên' },
          { min: 2, max: 120, message: 'Họ và tên dài từ 2 đến 120 ký tự' },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="Thư điện tử"
        name="email"
        rules={[{ type: 'email', message: 'Địa chỉ thư điện tử không hợp lệ' }]}
      >
        <Input type="email" autoComplete="off" />
      </Form.Item>
    </>
  );
}
