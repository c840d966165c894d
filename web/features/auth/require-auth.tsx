import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { PageSpinner } from '../../components/page-spinner';
import { ApiError, errorMessageOf } from '../../lib/api-client';
import { useCurrentUser } from './auth-api';

/**
 * Renders its children for a signed-in user; sends anyone else to the login page. Part of the
 * first download, so it stays light (no Result, no Typography).
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { data: user, error, isPending, refetch } = useCurrentUser();
  const location = useLocation();

  if (isPending) return <PageSpinner label="Đang kiểm tra phiên đăng nhập…" />;
  if (error instanceof ApiError && error.status === 401) {
    return <Navigate to="/dang-nhap" replace state={{ from: location.pathname }} />;
  }
  if (!user) {
    return (
      <Flex vertical align="center" gap={12} style={{ padding: 48 }} role="alert">
        <strong>Không tải được thông tin tài khoản</strong>
        <span>{errorMessageOf(error)}</span>
        <Button onClick={() => refetch()}>Thử lại</Button>
      </Flex>
    );
  }
  return children;
}
