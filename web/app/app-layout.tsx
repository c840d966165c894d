import { Alert, App as AntApp, Flex, Layout, Menu } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useMatches } from 'react-router-dom';
import { PageSpinner } from '../components/page-spinner';
import { Heading } from '../components/plain-text';
import { ActiveGrantProvider } from '../features/auth/active-grant';
import { useSignedInUser } from '../features/auth/auth-api';
import { hasPermission } from '../features/auth/permissions';
import { UnitSwitcher } from '../features/auth/unit-switcher';
import { NotificationBell } from '../features/notifications/notification-bell';
import { navItems } from './nav-items';
import { NoAccess } from './no-access';
import type { RouteHandle } from './page-permissions';
import { UserMenu } from './user-menu';

function selectedNavKey(pathname: string): string {
  const match = navItems
    .filter((item) => item.path !== '/' && pathname.startsWith(item.path))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.path ?? (pathname === '/' ? '/' : '');
}

/** The permission the current page needs, from its route's handle. */
function useRequiredPermission() {
  const matches = useMatches();
  return matches.map((m) => (m.handle as RouteHandle | undefined)?.permission).find(Boolean);
}

export function AppLayout() {
  const user = useSignedInUser();
  const location = useLocation();
  const required = useRequiredPermission();
  const [collapsed, setCollapsed] = useState(false);
  const items = navItems.filter((item) => !item.permission || hasPermission(user, item.permission));

  return (
    <ActiveGrantProvider user={user}>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Sider
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            breakpoint="lg"
            width={220}
            theme="light"
            style={{ borderInlineEnd: '1px solid rgba(5, 5, 5, 0.06)' }}
          >
            <Heading level={5} style={{ margin: 16, whiteSpace: 'nowrap', overflow: 'hidden' }}>
              {collapsed ? 'CCHC' : 'Cải cách hành chính'}
            </Heading>
            <nav aria-label="Điều hướng chính">
              <Menu
                mode="inline"
                selectedKeys={[selectedNavKey(location.pathname)]}
                items={items.map((item) => ({
                  key: item.path,
                  icon: item.icon,
                  label: <Link to={item.path}>{item.label}</Link>,
                }))}
                style={{ borderInlineEnd: 'none' }}
              />
            </nav>
          </Layout.Sider>
          <Layout>
            <Layout.Header
              style={{
                background: '#fff',
                paddingInline: 16,
                borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
              }}
            >
              <Flex justify="flex-end" align="center" gap={12} style={{ height: '100%' }}>
                <UnitSwitcher />
                <NotificationBell />
                <UserMenu />
              </Flex>
            </Layout.Header>
            <Layout.Content style={{ padding: 24 }}>
              {user.mustChangePassword && location.pathname !== '/doi-mat-khau' && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 16 }}
                  title="Bạn cần đổi mật khẩu trước khi tiếp tục làm việc."
                  action={<Link to="/doi-mat-khau">Đổi mật khẩu ngay</Link>}
                />
              )}
              <main>
                <Suspense fallback={<PageSpinner />}>
                  {required && !hasPermission(user, required) ? <NoAccess /> : <Outlet />}
                </Suspense>
              </main>
            </Layout.Content>
          </Layout>
        </Layout>
      </AntApp>
    </ActiveGrantProvider>
  );
}
