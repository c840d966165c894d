import { Form, Switch } from 'antd';
import type { User } from '../../../contracts/users';
import { FormModal } from '../../components/form-modal';
import { UserIdentityFields } from './user-identity-fields';
import { useUpdateUser } from './users-api';

interface EditUserForm {
  fullName: string;
  email?: string | null;
  active: boolean;
}

export function EditUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const updateUser = useUpdateUser(user.id);
  return (
    <FormModal<EditUserForm>
      name="edit-user"
      title={`Sửa thông tin ${user.username}`}
      successMessage="Đã lưu thông tin người dùng."
      initialValues={{ fullName: user.fullName, email: user.email, active: user.active }}
      onClose={onClose}
      onSubmit={(v) =>
        updateUser.mutateAsync({
          fullName: v.fullName.trim(),
          email: v.email?.trim() || null,
          active: v.active,
        })
      }
    >
      <UserIdentityFields />
      <Form.Item label="Đang hoạt động" name="active" valuePropName="checked">
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
    </FormModal>
  );
}
