import { createHash } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries } from '../../server/db/schema/audit';
import { users } from '../../server/db/schema/auth';
import { runTaskReminders } from '../../server/modules/plans/task-reminders.service';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
let provincePlanId: number;
const evidenceMaxBytes = 64 * 1024;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';
const call = (user: string, method: Method, url: string, payload?: object) =>
  t.as(user, { method, url, ...(payload ? { payload } : {}) });

function multipart(fileName: string, content: Buffer, contentType = 'application/octet-stream') {
  const boundary = '----cchc-test-boundary';
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]);

async function xlsx(rows: Array<Record<string, string | number | undefined>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Phụ lục');
  const headers = [
    'Mã nhiệm vụ',
    'Lĩnh vực',
    'Tên lĩnh vực',
    'Nội dung nhiệm vụ',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Tần suất',
    'Thời hạn',
    'Sản phẩm',
    'Kinh phí (đồng)',
    'Trọng số',
  ];
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readSheet(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
  });
  return rows;
}

beforeAll(async () => {
  t = await createTestApp({ evidenceMaxBytes });
  provincePlanId = (await call('snv', 'GET', '/api/plans?year=2021&unit=42')).json().items[0].id;
});
afterAll(() => t.close());

async function stpTaskCode(): Promise<string> {
  const tasks = (
    await call('snv', 'GET', `/api/plans/${provincePlanId}/tasks?unit=STP&pageSize=500`)
  ).json();
  return tasks.items.find((task: { leadUnitCode: string }) => task.leadUnitCode === 'STP').code;
}

describe('evidence files of a progress update', () => {
  let url: string;

  beforeAll(async () => {
    url = `/api/plans/${provincePlanId}/tasks/${encodeURIComponent(await stpTaskCode())}`;
  });

  it('needs a progress update first', async () => {
    const response = await t.as('sotuphap', {
      method: 'POST',
      url: `${url}/evidence`,
      ...multipart('bien-ban.pdf', pdf),
    });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error.code).toBe('evidence_progress_missing');
  });

  it('stores a PDF with its SHA-256, lists it, and gives the same bytes back to a reader of the task', async () => {
    const progress = await call('sotuphap', 'POST', `${url}/progress`, {
      percent: 30,
      note: 'Đã tổ chức hội nghị triển khai',
    });
    expect(progress.statusCode, progress.body).toBe(200);
    const entryId = progress.json().history[0].id;
    const uploaded = await t.as('sotuphap', {
      method: 'POST',
      url: `${url}/evidence`,
      ...multipart('Biên bản hội nghị.pdf', pdf, 'application/pdf'),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(uploaded.json()).toMatchObject({
      progressId: entryId,
      fileName: 'Biên bản hội nghị.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256,
      uploadedBy: 'sotuphap',
    });
    const list = (await call('canloc', 'GET', `${url}/evidence`)).json();
    expect(list.items).toHaveLength(1);
    const download = await call('canloc', 'GET', `${url}/evidence/${uploaded.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect(download.headers['x-content-sha256']).toBe(sha256);
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(sha256);
    const audit = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'plan_task.evidence_added'));
    expect(audit).toHaveLength(1);
  });

  it('accepts a PNG for a named earlier update', async () => {
    const history = (await call('sotuphap', 'GET', url)).json().history;
    const uploaded = await t.as('sotuphap', {
      method: 'POST',
      url: `${url}/evidence?progressId=${history[0].id}`,
      ...multipart('anh.png', png),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json().contentType).toBe('image/png');
  });

  it('refuses a type outside the allowlist, a renamed file, and a file over the limit', async () => {
    const exe = await t.as('sotuphap', {
      method: 'POST',
      url: `${url}/evidence`,
      ...multipart('chuong-trinh.exe', Buffer.from('MZ\x90\x00 not allowed')),
    });
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('evidence_type_not_allowed');
    const renamed = await t.as('sotuphap', {
      method: 'POST',
      url: `${url}/evidence`,
      ...multipart('bao-cao.pdf', png),
    });
    expect(renamed.json().error.code).toBe('evidence_type_not_allowed');
    const big = Buffer.concat([pdf, Buffer.alloc(evidenceMaxBytes, 0x20)]);
    const tooLarge = await t.as('sotuphap', {
      method: 'POST',
      url: `${url}/evidence`,
      ...multipart('lon.pdf', big),
    });
    expect(tooLarge.statusCode, tooLarge.body).toBe(413);
    expect(tooLarge.json().error.code).toBe('evidence_too_large');
    expect((await call('sotuphap', 'GET', `${url}/evidence`)).json().items).toHaveLength(2);
  });

  it('is attached only by the lead unit', async () => {
    const response = await t.as('canloc', {
      method: 'POST',
      url: `${url}/evidence`,
      ...multipart('x.pdf', pdf),
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('sub-tasks for units below the lead', () => {
  let planId: number;
  let communes: string[];

  beforeAll(async () => {
    const created = await call('canloc', 'POST', `/api/plans/${provincePlanId}/unit-plans`, {
      unitCode: '443',
    });
    expect(created.statusCode, created.body).toBe(201);
    planId = created.json().id;
    for (const [textVi, deadline] of [
      ['Rà soát thủ tục hành chính cấp xã', '2021-03-31'],
      ['Niêm yết công khai thủ tục tại bộ phận một cửa cấp xã', null],
    ] as const) {
      const task = await call('canloc', 'POST', `/api/plans/${planId}/tasks`, {
        areaCode: 'PROCEDURES',
        textVi,
        deadline,
      });
      expect(task.statusCode, task.body).toBe(201);
    }
    await call('canloc', 'POST', `/api/plans/${planId}/submit`);
    const issued = await call('canloc', 'POST', `/api/plans/${planId}/issue`, {
      number: '15/KH-UBND',
      issuedOn: '2021-01-20',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const units = (await call('canloc', 'GET', '/api/units?parent=443&pageSize=3')).json();
    communes = units.items.map((u: { code: string }) => u.code);
    expect(communes.length).toBeGreaterThanOrEqual(2);
  });

  it('splits DV.01 to two communes of Can Lộc; not to a unit outside, nor twice', async () => {
    for (const unitCode of communes.slice(0, 2)) {
      const response = await call('canloc', 'POST', `/api/plans/${planId}/tasks/DV.01/subtasks`, {
        unitCode,
      });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({
        code: `DV.01-${unitCode}`,
        leadUnitCode: unitCode,
        parentCode: 'DV.01',
        deadline: '2021-03-31',
      });
    }
    const outside = await call('canloc', 'POST', `/api/plans/${planId}/tasks/DV.01/subtasks`, {
      unitCode: '445',
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.code).toBe('subtask_unit_invalid');
    const twice = await call('canloc', 'POST', `/api/plans/${planId}/tasks/DV.01/subtasks`, {
      unitCode: communes[0],
    });
    expect(twice.json().error.code).toBe('subtask_exists');
    const later = await call('canloc', 'POST', `/api/plans/${planId}/tasks/DV.01/subtasks`, {
      unitCode: communes[2] ?? '18406',
      deadline: '2021-06-30',
    });
    expect(later.json().error.code).toBe('subtask_deadline_invalid');
    const nested = await call(
      'canloc',
      'POST',
      `/api/plans/${planId}/tasks/DV.01-${communes[0]}/subtasks`,
      { unitCode: communes[1] },
    );
    expect(nested.statusCode).toBe(422);
  });

  it("is out of another district's reach", async () => {
    const response = await call('thachha', 'POST', `/api/plans/${planId}/tasks/DV.01/subtasks`, {
      unitCode: communes[0],
    });
    expect(response.statusCode).toBe(404);
    expect(
      (await call('thachha', 'GET', `/api/plans/${planId}/tasks/DV.01/subtasks`)).statusCode,
    ).toBe(404);
  });

  it("rolls sub-tasks' progress up into the task under the plan's policy (by status)", async () => {
    const first = `DV.01-${communes[0]}`;
    const progress = await call('canloc', 'POST', `/api/plans/${planId}/tasks/${first}/progress`, {
      percent: 100,
      note: 'Xã đã rà soát xong',
    });
    expect(progress.statusCode, progress.body).toBe(200);
    const parent = (await call('canloc', 'GET', `/api/plans/${planId}/tasks/DV.01`)).json();
    expect(parent).toMatchObject({ progress: 50, subtaskCount: 2 });
    expect(parent.status).toBe('overdue');
    await call('canloc', 'POST', `/api/plans/${planId}/tasks/DV.01-${communes[1]}/progress`, {
      percent: 100,
      note: 'Xong',
    });
    const done = (await call('canloc', 'GET', `/api/plans/${planId}/tasks/DV.01`)).json();
    expect(done).toMatchObject({ status: 'done', progress: 100 });
    const subtasks = (
      await call('canloc', 'GET', `/api/plans/${planId}/tasks/DV.01/subtasks`)
    ).json();
    expect(subtasks.items.map((s: { code: string }) => s.code)).toHaveLength(2);
    const rolled = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'plan_task.progress_rolled_up'));
    expect(rolled.length).toBeGreaterThanOrEqual(2);
    // The plan counts its own two tasks, not the sub-tasks.
    const plan = (await call('canloc', 'GET', `/api/plans/${planId}`)).json();
    expect(plan.taskCount).toBe(plan.progress.taskCount);
  });

  it("lists my tasks: the unit's own and the sub-tasks it gave, overdue first", async () => {
    await call('canloc', 'POST', `/api/plans/${planId}/tasks/DV.02/subtasks`, {
      unitCode: communes[0],
    });
    const response = await call('canloc', 'GET', '/api/my-tasks?year=2021&pageSize=500');
    expect(response.statusCode, response.body).toBe(200);
    const items: Array<{ code: string; overdue: boolean; relation: string; planId: number }> =
      response.json().items;
    const codes = items.map((i) => i.code);
    expect(codes).toContain('DV.02');
    expect(codes).toContain(`DV.02-${communes[0]}`);
    expect(items.find((i) => i.code === `DV.02-${communes[0]}`)?.relation).toBe('subtask_of_mine');
    const firstNotOverdue = items.findIndex((i) => !i.overdue);
    expect(items.slice(firstNotOverdue).some((i) => i.overdue)).toBe(false);
    // A clerk of a commune reports no task progress: nothing to list.
    expect((await call('motcuaxa', 'GET', '/api/my-tasks')).json().total).toBe(0);
  });

  it('shows sub-tasks in the task board of the commune', async () => {
    const board = (
      await call('canloc', 'GET', `/api/plans/${planId}/tasks?unit=${communes[0]}&pageSize=100`)
    ).json();
    expect(board.items.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining([`DV.01-${communes[0]}`, `DV.02-${communes[0]}`]),
    );
  });
});

describe('plans of another year, their annex of key tasks from Excel, and the export', () => {
  let planId: number;

  it('creates the 2022 province plan (Sở Nội vụ only)', async () => {
    const body = {
      number: '4321/KH-UBND',
      title: 'Kế hoạch Cải cách hành chính tỉnh Hà Tĩnh năm 2022',
      year: 2022,
      unitCode: '42',
      issuedOn: '2021-12-28',
    };
    expect((await call('canloc', 'POST', '/api/plans', body)).statusCode).toBe(403);
    const created = await call('snv', 'POST', '/api/plans', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ year: 2022, status: 'issued', taskCount: 0 });
    planId = created.json().id;
    expect((await call('snv', 'POST', '/api/plans', body)).json().error.code).toBe('plan_exists');
  });

  const good: Array<Record<string, string | number>> = [
    {
      'Mã nhiệm vụ': 'NV.01',
      'Lĩnh vực': 'INSTITUTIONS',
      'Nội dung nhiệm vụ': 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật',
      'Đơn vị chủ trì': 'STP',
      'Đơn vị phối hợp': 'SNV; VP_UBND',
      'Tần suất': 'Hằng năm',
      'Thời hạn': '31/12/2022',
      'Sản phẩm': 'Báo cáo rà soát',
      'Kinh phí (đồng)': 150000000,
      'Trọng số': 2,
    },
    {
      'Mã nhiệm vụ': 'NV.02',
      'Lĩnh vực': 'PILOT',
      'Tên lĩnh vực': 'Thí điểm',
      'Nội dung nhiệm vụ': 'Thí điểm tiếp nhận hồ sơ không phụ thuộc địa giới',
      'Đơn vị chủ trì': 'SNV',
      'Tần suất': 'Một lần',
    },
  ];

  it('reports every bad row of the annex, and writes nothing', async () => {
    const file = await xlsx([
      ...good,
      {
        'Mã nhiệm vụ': 'NV.01',
        'Lĩnh vực': 'INSTITUTIONS',
        'Nội dung nhiệm vụ': 'Trùng',
        'Đơn vị chủ trì': 'STP',
      },
      {
        'Mã nhiệm vụ': 'NV.03',
        'Lĩnh vực': 'NOWHERE',
        'Nội dung nhiệm vụ': 'x',
        'Đơn vị chủ trì': 'STP',
      },
      {
        'Mã nhiệm vụ': 'NV.04',
        'Lĩnh vực': 'ISO',
        'Nội dung nhiệm vụ': 'x',
        'Đơn vị chủ trì': 'KHONGCO',
        'Thời hạn': '31/02/2022',
        'Trọng số': 0,
      },
    ]);
    const dry = await t.as('snv', {
      method: 'POST',
      url: `/api/plans/${planId}/tasks/import?dryRun=true`,
      payload: file,
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    });
    expect(dry.statusCode, dry.body).toBe(200);
    const errors: Array<{ row: number; column: string | null }> = dry.json().errors;
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'Mã nhiệm vụ'],
      [5, 'Lĩnh vực'],
      [6, 'Đơn vị chủ trì'],
      [6, 'Thời hạn'],
      [6, 'Trọng số'],
    ]);
    const real = await t.as('snv', {
      method: 'POST',
      url: `/api/plans/${planId}/tasks/import`,
      ...multipart('phu-luc.xlsx', file),
    });
    expect(real.statusCode).toBe(422);
    expect(real.json().error.code).toBe('import_has_errors');
    expect((await call('snv', 'GET', `/api/plans/${planId}`)).json().taskCount).toBe(0);
  });

  it('imports a clean annex (adding its areas), refuses a unit officer, and exports it back unchanged', async () => {
    const file = await xlsx(good);
    const officer = await t.as('canloc', {
      method: 'POST',
      url: `/api/plans/${planId}/tasks/import`,
      ...multipart('phu-luc.xlsx', file),
    });
    expect(officer.statusCode).toBe(403);
    const imported = await t.as('snv', {
      method: 'POST',
      url: `/api/plans/${planId}/tasks/import`,
      ...multipart('phu-luc.xlsx', file),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ created: 2, updated: 0, areasCreated: 2, errors: [] });
    const tasks = (await call('snv', 'GET', `/api/plans/${planId}/tasks`)).json();
    expect(tasks.items[0]).toMatchObject({
      code: 'NV.01',
      leadUnitCode: 'STP',
      coordinatingUnitCodes: expect.arrayContaining(['SNV', 'VP_UBND']),
      recurrence: 'yearly',
      deadline: '2022-12-31',
      budgetVnd: 150000000,
      weight: 2,
    });
    const detail = (await call('snv', 'GET', `/api/plans/${planId}`)).json();
    expect(detail.areas.map((a: { code: string; nameVi: string }) => a.code)).toEqual([
      'INSTITUTIONS',
      'PILOT',
    ]);
    const exported = await call('snv', 'GET', `/api/plans/${planId}/tasks/export.xlsx`);
    expect(exported.statusCode).toBe(200);
    const again = await t.as('snv', {
      method: 'POST',
      url: `/api/plans/${planId}/tasks/import`,
      ...multipart('xuat.xlsx', exported.rawPayload),
    });
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('exports the 2021 task list with the current filters', async () => {
    const response = await call(
      'lanhdao',
      'GET',
      `/api/plans/${provincePlanId}/tasks/export.xlsx?area=ISO`,
    );
    expect(response.statusCode).toBe(200);
    const rows = await readSheet(response.rawPayload);
    expect(rows[0]!.slice(0, 4)).toEqual([
      'Mã nhiệm vụ',
      'Lĩnh vực',
      'Tên lĩnh vực',
      'Nội dung nhiệm vụ',
    ]);
    expect(rows).toHaveLength(1 + 7);
    expect(rows.slice(1).every((r) => r[1] === 'ISO')).toBe(true);
  });
});

describe('reminders of overdue and silent tasks', () => {
  it("notifies the lead unit's officers and heads once, and e-mails them through the configured transport", async () => {
    const stp = await t.db
      .select({ id: users.id, username: users.username })
      .from(users)
      .where(inArray(users.username, ['sotuphap', 'giamdocstp']));
    for (const u of stp)
      await t.db
        .update(users)
        .set({ email: `${u.username}@hatinh.gov.vn` })
        .where(eq(users.id, u.id));
    const sent: Array<{ to: string; subject: string; text: string }> = [];
    const transport = {
      async sendMail(message: { to: string; subject: string; text: string }) {
        sent.push(message);
        return { messageId: String(sent.length) };
      },
    };
    const options = {
      provinceCode: '42',
      planId: provincePlanId,
      mail: { transport, from: 'cchc@hatinh.gov.vn', publicUrl: 'https://cchc.hatinh.gov.vn' },
      asOf: new Date('2021-06-01T03:00:00Z'),
    };
    const first = await runTaskReminders(t.db, options);
    expect(first.stale).toBeGreaterThan(0);
    expect(first.notified).toBeGreaterThan(0);
    const toStp = sent.filter((m) => m.to === 'sotuphap@hatinh.gov.vn');
    expect(toStp.length).toBeGreaterThan(0);
    expect(toStp[0]!.subject).toContain('chưa được cập nhật tiến độ');
    expect(toStp[0]!.text).toContain('https://cchc.hatinh.gov.vn/viec-cua-toi');
    const again = await runTaskReminders(t.db, options);
    expect(again).toMatchObject({ notified: 0, emailed: 0 });
    const inbox = (await call('sotuphap', 'GET', '/api/notifications?pageSize=100')).json();
    expect(
      inbox.items.some((n: { title: string }) => n.title.includes('chưa được cập nhật tiến độ')),
    ).toBe(true);
  });

  it('is run on demand by Sở Nội vụ only', async () => {
    const response = await call('snv', 'POST', `/api/plans/${provincePlanId}/reminders`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().overdue).toBeGreaterThanOrEqual(1);
    expect(
      (await call('canloc', 'POST', `/api/plans/${provincePlanId}/reminders`)).statusCode,
    ).toBe(403);
  });
});
