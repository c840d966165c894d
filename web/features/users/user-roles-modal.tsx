import type { User } from '../../../contracts/users';
import { FormModal } from '../../components/form-modal';
import { RoleAssignmentsField } from './role-assignments-field';
import { type RoleAssignment, useSetUserRoles } from './users-api';

export function UserRolesModal({ user, onClose }: { user: User; onClose: () => void }) {
  const setRoles = useSetUserRoles(user.id);
  return (
    <FormModal<{ roles: RoleAssignment[] }>
      name="user-roles"
      title={`Phân quyền cho ${user.fullName}`}
      width={720}
      successMessage="Đã lưu vai trò."
      initialValues={{ roles: user.roles.map(({ role, unitCode }) => ({ role, unitCode })) }}
      onClose={onClose}
      onSubmit={(v) => setRoles.mutateAsync(v.roles)}
    >
      <RoleAssignmentsField />
    </FormModal>
  );
}
