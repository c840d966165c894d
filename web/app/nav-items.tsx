import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  HomeOutlined,
  InboxOutlined,
  LineChartOutlined,
  ScheduleOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../core/auth/roles';
import { pagePermissions } from './page-permissions';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown only to users whose roles grant it; none means every signed-in user. */
  permission?: Permission;
}

const item = (path: string, label: string, icon: ReactNode): NavItem => ({
  path,
  label,
  icon,
  permission: pagePermissions[path],
});

/** The side menu: only pages that exist. A new feature adds its page here and in the router. */
export const navItems: readonly NavItem[] = [
  item('/', 'Trang chủ', <HomeOutlined aria-hidden />),
  item('/ke-hoach', 'Kế hoạch CCHC', <ScheduleOutlined aria-hidden />),
  item('/viec-cua-toi', 'Việc của tôi', <CheckSquareOutlined aria-hidden />),
  item('/bao-cao', 'Báo cáo định kỳ', <FileDoneOutlined aria-hidden />),
  item('/dieu-hanh', 'Xếp hạng đơn vị', <TrophyOutlined aria-hidden />),
  item('/chi-so-tinh', 'Chỉ số của tỉnh', <AimOutlined aria-hidden />),
  item('/thu-tuc', 'Thủ tục hành chính', <FileTextOutlined aria-hidden />),
  item('/mot-cua', 'Một cửa', <InboxOutlined aria-hidden />),
  item('/mot-cua/chi-so', 'Chỉ số một cửa', <LineChartOutlined aria-hidden />),
  item('/don-vi', 'Đơn vị', <ApartmentOutlined aria-hidden />),
  item('/nguoi-dung', 'Người dùng', <TeamOutlined aria-hidden />),
  item('/lich-lam-viec', 'Lịch làm việc', <CalendarOutlined aria-hidden />),
  item('/nhat-ky', 'Nhật ký thay đổi', <AuditOutlined aria-hidden />),
];
