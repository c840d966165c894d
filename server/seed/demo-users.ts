import type { Role } from '../../core/auth/roles';

/** Demo accounts of the Hà Tĩnh 2021 demo (README.md lists them with their scope). */
export const demoUsers: Array<{
  username: string;
  fullName: string;
  roles: Array<{ role: Role; unitCode: string }>;
}> = [
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    roles: [{ role: 'system_admin', unitCode: '42' }],
  },
  {
    username: 'snv',
    fullName: 'Nguyễn Thị Hồng (Sở Nội vụ)',
    roles: [
      { role: 'reform_steering', unitCode: '42' },
      { role: 'unit_reform_officer', unitCode: 'SNV' },
    ],
  },
  {
    username: 'lanhdao',
    fullName: 'Trần Văn Bình (Lãnh đạo UBND tỉnh)',
    roles: [{ role: 'leader', unitCode: '42' }],
  },
  {
    username: 'sotuphap',
    fullName: 'Lê Thị Mai (Sở Tư pháp)',
    roles: [{ role: 'unit_reform_officer', unitCode: 'STP' }],
  },
  {
    username: 'giamdocstp',
    fullName: 'Phan Văn Đức (Giám đốc Sở Tư pháp)',
    roles: [{ role: 'unit_head', unitCode: 'STP' }],
  },
  {
    username: 'xulystp',
    fullName: 'Hoàng Thị Lan (chuyên viên Sở Tư pháp)',
    roles: [{ role: 'processing_officer', unitCode: 'STP' }],
  },
  {
    username: 'canloc',
    fullName: 'Võ Văn Hùng (UBND huyện Can Lộc)',
    roles: [{ role: 'unit_reform_officer', unitCode: '443' }],
  },
  {
    username: 'chutichcanloc',
    fullName: 'Đặng Văn Quang (Chủ tịch UBND huyện Can Lộc)',
    roles: [{ role: 'unit_head', unitCode: '443' }],
  },
  {
    username: 'thachha',
    fullName: 'Ngô Thị Thu (UBND huyện Thạch Hà)',
    roles: [{ role: 'unit_reform_officer', unitCode: '445' }],
  },
  {
    username: 'motcua',
    fullName: 'Bùi Thị Hà (Trung tâm Phục vụ HCC tỉnh)',
    roles: [{ role: 'onestop_clerk', unitCode: 'TTPVHCC' }],
  },
  {
    username: 'motcuaxa',
    fullName: 'Trương Thị Loan (bộ phận một cửa Thị trấn Nghèn)',
    roles: [{ role: 'onestop_clerk', unitCode: '18406' }],
  },
  {
    username: 'kiemnhiem',
    fullName: 'Đinh Văn Nam (kiêm nhiệm hai đơn vị)',
    roles: [
      { role: 'unit_reform_officer', unitCode: 'STP' },
      { role: 'onestop_clerk', unitCode: '443' },
    ],
  },
];
