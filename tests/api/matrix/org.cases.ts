import type { RouteCase } from './route-case';

const reason =
  'Cơ cấu tổ chức là thông tin chung: mọi người dùng cần tra cứu và chọn đơn vị (cơ quan chủ trì, phối hợp).';

export const orgCases: RouteCase[] = [
  {
    route: 'GET /api/units',
    kind: 'shared',
    reason,
    request: async () => ({ method: 'GET', url: '/api/units?parent=443' }),
  },
  {
    route: 'GET /api/units/:code',
    kind: 'shared',
    reason,
    request: async () => ({ method: 'GET', url: '/api/units/18406' }),
  },
  {
    route: 'GET /api/units/import-template',
    kind: 'shared',
    reason: 'Tệp mẫu trống, không chứa dữ liệu.',
    request: async () => ({ method: 'GET', url: '/api/units/import-template' }),
  },
  {
    route: 'POST /api/units',
    kind: 'scoped',
    request: async (f) => ({
      method: 'POST',
      url: '/api/units',
      payload: {
        code: f.nextCode('MX'),
        name: 'Xã Ma Trận',
        kind: 'commune',
        parentCode: '443',
        validFrom: '2021-01-01',
      },
    }),
  },
  {
    route: 'PATCH /api/units/:code',
    kind: 'scoped',
    request: async (f) => ({
      method: 'PATCH',
      url: `/api/units/${(await f.createCanLocCommune()).code}`,
      payload: { name: 'Xã Đổi Tên' },
    }),
  },
  {
    route: 'POST /api/units/:code/close',
    kind: 'scoped',
    request: async (f) => ({
      method: 'POST',
      url: `/api/units/${(await f.createCanLocCommune()).code}/close`,
      payload: { validTo: '2025-06-30' },
    }),
  },
  {
    route: 'POST /api/units/:code/split',
    kind: 'scoped',
    request: async (f) => ({
      method: 'POST',
      url: `/api/units/${(await f.createCanLocCommune()).code}/split`,
      payload: {
        effectiveOn: '2025-07-01',
        parts: [
          { code: f.nextCode('SA'), name: 'Xã Tách A', kind: 'commune', parentCode: '443' },
          { code: f.nextCode('SB'), name: 'Xã Tách B', kind: 'commune', parentCode: '443' },
        ],
      },
    }),
  },
  {
    route: 'POST /api/units/merge',
    kind: 'scoped',
    request: async (f) => ({
      method: 'POST',
      url: '/api/units/merge',
      payload: {
        sourceCodes: [(await f.createCanLocCommune()).code, (await f.createCanLocCommune()).code],
        into: { code: f.nextCode('MG'), name: 'Xã Sáp Nhập', kind: 'commune', parentCode: '443' },
        effectiveOn: '2025-07-01',
      },
    }),
  },
  {
    route: 'POST /api/units/import',
    kind: 'scoped',
    request: async (f) => ({
      method: 'POST',
      url: '/api/units/import',
      headers: { 'content-type': 'text/csv' },
      payload: `code,name,kind,parent_code,type_label,short_name,valid_from\n${f.nextCode('IM')},Xã Nhập Tệp,commune,443,Xã,,2021-01-01\n`,
    }),
  },
];
