import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useLogout, useSignedInUser } from '../features/auth/auth-api';

export function UserMenu() {
  const user = useSignedInUser();
  const logout = useLogout();
  const navigate = useNavigate();

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'password', icon: <KeyOutlined aria-hidden />, label: 'Đổi mật khẩu' },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: 'Đăng xuất', danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'password') navigate('/doi-mat-khau');
          if (key === 'logout') {
            logout.mutate(() => navigate('/dang-nhap', { replace: true }));
          }
        },
      }}
    >
      <Button
        type="text"
        icon={<UserOutlined aria-hidden />}
        aria-label={`Tài khoản: ${user.fullName}`}
      >
        {user.fullName} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
