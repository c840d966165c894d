import { Form, Input } from 'antd';
import type { User } from '../../../contracts/users';
import { FormModal } from '../../components/form-modal';
import { newPasswordPlaceholder, newPasswordRule } from '../auth/password-rule';
import { useResetPassword } from './users-api';

interface ResetPasswordForm {
  newPassword: string;
  confirmPassword: string;
}

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const resetPassword = useResetPassword(user.id);
  return (
    <FormModal<ResetPasswordForm>
      name="reset-password"
      title={`Đặt lại mật khẩu cho ${user.username}`}
      okText="Đặt lại mật khẩu"
      successMessage="Đã đặt lại mật khẩu."
      onClose={onClose}
      onSubmit={(v) => resetPassword.mutateAsync(v.newPassword)}
    >
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
    </FormModal>
  );
}
