import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import type { User } from '../../../contracts/users';
import { type Role, roleLabels, roles } from '../../../core/auth/roles';
import { ErrorAlert } from '../../components/error-alert';
import { type PageState, serverPagination } from '../../components/server-pagination';
import { errorMessageOf } from '../../lib/api-client';
import { formatInstantDateTimeVi } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useActiveGrant } from '../auth/active-grant';
import { UnitSelect } from '../org/unit-select';
import { CreateUserModal } from './create-user-modal';
import { EditUserModal } from './edit-user-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { UserRolesModal } from './user-roles-modal';
import { type UserSort, useUpdateUser, useUserList } from './users-api';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'roles' | 'password'; user: User };

function isLocked(user: User): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
}

function UserStatus({ user }: { user: User }) {
  if (!user.active) return <Tag>Ngừng hoạt động</Tag>;
  if (isLocked(user) && user.lockedUntil) {
    return <Tag color="red">Bị khoá đến {formatInstantDateTimeVi(user.lockedUntil)}</Tag>;
  }
  return <Tag color="green">Đang hoạt động</Tag>;
}

function UnlockButton({ user }: { user: User }) {
  const updateUser = useUpdateUser(user.id);
  const { message } = App.useApp();
  return (
    <Button
      size="small"
      type="link"
      aria-label={`Mở khoá ${user.username}`}
      loading={updateUser.isPending}
      onClick={() =>
        updateUser.mutate(
          { unlock: true },
          {
            onSuccess: () => message.success(`Đã mở khoá tài khoản ${user.username}.`),
            onError: (error) => message.error(errorMessageOf(error)),
          },
        )
      }
    >
      Mở khoá
    </Button>
  );
}

const sortOrderOf = (sort: UserSort, column: UserSort): SortOrder =>
  sort === column ? (column.startsWith('-') ? 'descend' : 'ascend') : null;

export function UsersPage() {
  const { activeGrant } = useActiveGrant();
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [unit, setUnit] = useState<string | undefined>(activeGrant?.unitCode);
  const [role, setRole] = useState<Role | undefined>();
  const [active, setActive] = useState<'true' | 'false' | undefined>();
  const [sort, setSort] = useState<UserSort>('username');
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const filter = {
    search: search || undefined,
    unit,
    role,
    active: active === undefined ? undefined : active === 'true',
    sort,
    ...paging,
  };
  const list = useUserList(filter);
  const resetPage = () => setPaging((p) => ({ ...p, page: 1 }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          Người dùng
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setDialog({ kind: 'create' })}
        >
          Thêm người dùng
        </Button>
      </Flex>
      <Flex gap={8} wrap role="search" aria-label="Lọc người dùng">
        <Input
          aria-label="Tìm người dùng"
          placeholder="Tìm theo tên đăng nhập, họ tên, thư điện tử"
          prefix={<SearchOutlined aria-hidden />}
          allowClear
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            resetPage();
          }}
          style={{ width: 320 }}
        />
        <UnitSelect
          aria-label="Lọc theo đơn vị"
          placeholder="Mọi đơn vị trong phạm vi"
          value={unit}
          onChange={(code) => {
            setUnit(code);
            resetPage();
          }}
          style={{ width: 280 }}
        />
        <Select<Role>
          aria-label="Lọc theo vai trò"
          placeholder="Mọi vai trò"
          allowClear
          value={role}
          onChange={(r) => {
            setRole(r);
            resetPage();
          }}
          options={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
          style={{ width: 240 }}
        />
        <Select<'true' | 'false'>
          aria-label="Lọc theo trạng thái"
          placeholder="Mọi trạng thái"
          allowClear
          value={active}
          onChange={(a) => {
            setActive(a);
            resetPage();
          }}
          options={[
            { value: 'true', label: 'Đang hoạt động' },
            { value: 'false', label: 'Ngừng hoạt động' },
          ]}
          style={{ width: 180 }}
        />
      </Flex>
      <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      <Table<User>
        aria-label="Danh sách người dùng"
        rowKey="id"
        loading={{ spinning: list.isFetching, description: 'Đang tải…' }}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: 'Không có người dùng phù hợp' }}
        pagination={serverPagination(paging, list.data?.total)}
        scroll={{ x: 960 }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = s?.order ? (s.columnKey as UserSort) : 'username';
          if (key !== sort) {
            setSort(key);
            setPaging({ page: 1, pageSize: pagination.pageSize ?? paging.pageSize });
          } else {
            setPaging({
              page: pagination.current ?? 1,
              pageSize: pagination.pageSize ?? paging.pageSize,
            });
          }
        }}
        columns={[
          {
            key: 'username',
            title: 'Tên đăng nhập',
            dataIndex: 'username',
            sorter: true,
            sortDirections: ['ascend'],
            sortOrder: sortOrderOf(sort, 'username'),
          },
          {
            key: 'fullName',
            title: 'Họ và tên',
            dataIndex: 'fullName',
            sorter: true,
            sortDirections: ['ascend'],
            sortOrder: sortOrderOf(sort, 'fullName'),
          },
          { key: 'email', title: 'Thư điện tử', dataIndex: 'email', render: (e) => e ?? '—' },
          {
            key: 'roles',
            title: 'Vai trò',
            render: (_, u) => (
              <Space orientation="vertical" size={2}>
                {u.roles.map((g) => (
                  <span key={`${g.role}@${g.unitCode}`}>
                    {roleLabels[g.role]} — {g.unitName}
                  </span>
                ))}
              </Space>
            ),
          },
          { key: 'status', title: 'Trạng thái', render: (_, u) => <UserStatus user={u} /> },
          {
            key: '-lastLoginAt',
            title: 'Đăng nhập gần nhất',
            dataIndex: 'lastLoginAt',
            sorter: true,
            sortDirections: ['descend'],
            sortOrder: sortOrderOf(sort, '-lastLoginAt'),
            render: (t: string | null) => (t ? formatInstantDateTimeVi(t) : 'Chưa đăng nhập'),
          },
          {
            key: 'actions',
            title: 'Thao tác',
            fixed: 'right',
            render: (_, u) => (
              <Space size={0} wrap>
                <Button
                  size="small"
                  type="link"
                  aria-label={`Sửa ${u.username}`}
                  onClick={() => setDialog({ kind: 'edit', user: u })}
                >
                  Sửa
                </Button>
                <Button
                  size="small"
                  type="link"
                  aria-label={`Phân quyền ${u.username}`}
                  onClick={() => setDialog({ kind: 'roles', user: u })}
                >
                  Phân quyền
                </Button>
                <Button
                  size="small"
                  type="link"
                  aria-label={`Đặt lại mật khẩu ${u.username}`}
                  onClick={() => setDialog({ kind: 'password', user: u })}
                >
                  Đặt lại mật khẩu
                </Button>
                {isLocked(u) && <UnlockButton user={u} />}
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'create' && (
        <CreateUserModal
          defaultUnitCode={unit ?? activeGrant?.unitCode}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditUserModal user={dialog.user} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'roles' && (
        <UserRolesModal user={dialog.user} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'password' && (
        <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />
      )}
    </Space>
  );
}
