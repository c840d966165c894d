import { expect } from 'vitest';
import type { MatrixFixture, RouteCase } from './route-case';

/**
 * The procedure catalogue is information the province publishes to citizens (NĐ 63/2010): every
 * signed-in user reads the published procedures, and later the public scoreboard counts them.
 * Drafts stay with those who may manage every agency of the procedure; writes need
 * `procedures.manage` over every agency (docs/decisions/010-procedure-catalogue.md).
 */
const reason =
  'Thủ tục hành chính đã công bố là thông tin công khai cho người dân: mọi người dùng đều tra cứu được; bản nháp chỉ người quản lý thấy.';

const base = '/api/onestop/procedures';

/** A complete procedure handled by Huyện Can Lộc alone, created by the province administrator. */
async function createCanLocProcedure(f: MatrixFixture, publish = false): Promise<string> {
  const code = f.nextCode('MT-');
  const created = await f.t.as('admin', {
    method: 'POST',
    url: base,
    payload: {
      code,
      name: 'Thủ tục ma trận quyền',
      field: 'Thử nghiệm',
      level: 'district',
      timeLimit: { amount: 3, unit: 'working_days' },
      documents: [{ name: 'Đơn đề nghị', required: true }],
      agencies: [{ unitCode: '443', role: 'lead' }],
      validFrom: '2021-01-01',
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  if (publish) {
    const published = await f.t.as('admin', { method: 'POST', url: `${base}/${code}/publish` });
    expect(published.statusCode).toBe(200);
  }
  return code;
}

/** The export's header row as CSV ("Phí, lệ phí" holds a comma). */
const sheetHeader =
  'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,Đơn vị thời hạn,Ghi chú thời hạn,Mức độ trực tuyến,Cơ quan chủ trì,Cơ quan phối hợp,Quy trình nội bộ,Thành phần hồ sơ,"Phí, lệ phí",Căn cứ pháp lý,Trạng thái công bố,Hiệu lực từ';

export const proceduresCases: RouteCase[] = [
  {
    route: `GET ${base}`,
    kind: 'shared',
    reason,
    request: async () => ({ method: 'GET', url: `${base}?unit=443` }),
  },
  {
    route: `GET ${base}/fields`,
    kind: 'shared',
    reason,
    request: async () => ({ method: 'GET', url: `${base}/fields` }),
  },
  {
    route: `GET ${base}/export.xlsx`,
    kind: 'shared',
    reason,
    request: async () => ({ method: 'GET', url: `${base}/export.xlsx?unit=STP` }),
  },
  {
    route: `GET ${base}/:code`,
    kind: 'shared',
    reason,
    request: async () => ({ method: 'GET', url: `${base}/2.000488` }),
  },
  {
    route: `POST ${base}`,
    kind: 'scoped',
    request: async (f) => ({
      method: 'POST',
      url: base,
      payload: {
        code: f.nextCode('MTC-'),
        name: 'Thủ tục ma trận quyền',
        field: 'Thử nghiệm',
        level: 'district',
        timeLimit: null,
        agencies: [{ unitCode: '443', role: 'lead' }],
        validFrom: '2021-01-01',
      },
    }),
  },
  {
    route: `PATCH ${base}/:code`,
    kind: 'scoped',
    request: async (f) => ({
      method: 'PATCH',
      url: `${base}/${await createCanLocProcedure(f)}`,
      payload: { name: 'Thủ tục đổi tên' },
    }),
  },
  {
    route: `POST ${base}/:code/publish`,
    kind: 'scoped',
    request: async (f) => ({
      method: 'POST',
      url: `${base}/${await createCanLocProcedure(f)}/publish`,
    }),
  },
  {
    route: `POST ${base}/:code/unpublish`,
    kind: 'scoped',
    request: async (f) => ({
      method: 'POST',
      url: `${base}/${await createCanLocProcedure(f, true)}/unpublish`,
    }),
  },
  {
    route: `POST ${base}/import`,
    kind: 'scoped',
    request: async (f) => ({
      method: 'POST',
      url: `${base}/import`,
      headers: { 'content-type': 'text/csv' },
      payload: `${sheetHeader}\n${f.nextCode('MTI-')},Thủ tục nhập tệp,Thử nghiệm,Cấp huyện,3,ngày làm việc,,,443,,,- Đơn đề nghị,,,Chưa công bố,01/01/2021\n`,
    }),
  },
];
