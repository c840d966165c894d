import { Alert } from 'antd';

/** In place of a page the user's roles do not open (the menu does not offer it either). */
export function NoAccess() {
  return (
    <Alert
      type="warning"
      showIcon
      title="Không có quyền truy cập"
      description="Vai trò của bạn không được dùng trang này. Hãy chọn vai trò khác hoặc liên hệ quản trị hệ thống."
    />
  );
}
