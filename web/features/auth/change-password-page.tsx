import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert';
import type { FieldProblem } from '../../lib/api-client';
import { applyFieldProblems } from '../../lib/form-errors';
import { useChangePassword, useSignedInUser } from './auth-api';
import { newPasswordPlaceholder, newPasswordRule } from './password-rule';

interface ChangePasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordPage() {
  const [form] = Form.useForm<ChangePasswordForm>();
  const user = useSignedInUser();
  const changePassword = useChangePassword();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  const submit = ({ currentPassword, newPassword }: ChangePasswordForm) => {
    setProblems([]);
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          message.success('Đã đổi mật khẩu.');
          navigate('/');
        },
        onError: (error) => setProblems(applyFieldProblems(form, error)),
      },
    );
  };

  return (
    <Card style={{ maxWidth: 520 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Đổi mật khẩu
      </Typography.Title>
      {user.mustChangePassword && (
        <Typography.Paragraph type="warning">
          Tài khoản của bạn đang dùng mật khẩu tạm thời. Hãy đặt mật khẩu mới.
        </Typography.Paragraph>
      )}
      <ErrorAlert error={changePassword.error} problems={problems} />
      <Form
        form={form}
        name="change-password"
        layout="vertical"
        onFinish={submit}
        disabled={changePassword.isPending}
      >
        <Form.Item
          label="Mật khẩu hiện tại"
          name="currentPassword"
          rules={[{ required: true, message: 'Vui lòng nhập mật khẩu hiện tại' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="Mật khẩu mới"
          name="newPassword"
          rules={[{ required: true, message: 'Vui lòng nhập mật khẩu mới' }, newPasswordRule]}
        >
          <Input.Password autoComplete="new-password" placeholder={newPasswordPlaceholder} />
        </Form.Item>
        <Form.Item
          label="Nhập lại mật khẩu mới"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: 'Vui lòng nhập lại mật khẩu mới' },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) {
                  throw new Error('Mật khẩu nhập lại không khớp');
                }
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={changePassword.isPending}>
          Đổi mật khẩu
        </Button>
      </Form>
    </Card>
  );
}
