import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert';
import type { FieldProblem } from '../../lib/api-client';
import { applyFieldProblems } from '../../lib/form-errors';
import { type LoginBody, useLogin } from './auth-api';

/** Where RequireAuth came from, so the user lands back on the page they asked for. */
function useReturnPath(): string {
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return from && from !== '/dang-nhap' ? from : '/';
}

export function LoginPage() {
  const [form] = Form.useForm<LoginBody>();
  const login = useLogin();
  const navigate = useNavigate();
  const returnPath = useReturnPath();
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  const submit = (values: LoginBody) => {
    login.mutate(values, {
      onSuccess: () => navigate(returnPath, { replace: true }),
      onError: (error) => setProblems(applyFieldProblems(form, error)),
    });
  };

  return (
    <Flex
      component="main"
      justify="center"
      align="center"
      style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
          Đăng nhập
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          Hệ thống điều hành cải cách hành chính
        </Typography.Paragraph>
        <ErrorAlert error={login.error} problems={problems} />
        <Form
          form={form}
          name="login"
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          disabled={login.isPending}
        >
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên đăng nhập' }]}
          >
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label="Mật khẩu"
            name="password"
            rules={[{ required: true, message: 'Vui lòng nhập mật khẩu' }]}
          >
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            Đăng nhập
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          <Link to="/tra-cuu">Tra cứu hồ sơ</Link>
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
