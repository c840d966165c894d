import { Form, Input } from 'antd';
import { FormModal } from '../../components/form-modal';
import { newPasswordPlaceholder, newPasswordRule } from '../auth/password-rule';
import { RoleAssignmentsField } from './role-assignments-field';
import { UserIdentityFields } from './user-identity-fields';
import { type RoleAssignment, useCreateUser } from './users-api';

interface CreateUserForm {
  username: string;
  fullName: string;
  email?: string;
  password: string;
  roles: RoleAssignment[];
}

export function CreateUserModal({
  defaultUnitCode,
  onClose,
}: {
  defaultUnitCode?: string;
  onClose: () => void;
}) {
  const createUser = useCreateUser();
  return (
    <FormModal<CreateUserForm>
      name="create-user"
      title="Thêm người dùng"
      okText="Thêm người dùng"
      width={720}
      successMessage="Đã thêm người dùng."
      initialValues={{ roles: [{ unitCode: defaultUnitCode } as RoleAssignment] }}
      onClose={onClose}
      onSubmit={(v) =>
        createUser.mutateAsync({
          username: v.username.trim(),
          fullName: v.fullName.trim(),
          email: v.email?.trim() || null,
          password: v.password,
          roles: v.roles,
        })
      }
    >
      <UserIdentityFields withUsername />
      <Form.Item
        label="Mật khẩu ban đầu"
        name="password"
        rules={[{ required: true, message: 'Vui lòng nhập mật khẩu ban đầu' }, newPasswordRule]}
      >
        <Input.Password autoComplete="new-password" placeholder={newPasswordPlaceholder} />
      </Form.Item>
      <RoleAssignmentsField />
    </FormModal>
  );
}
