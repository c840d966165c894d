import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { MatrixFixture, RouteCase } from './route-case';

/**
 * Issue 3, second slice: the official report and its template, evidence, sub-tasks, task
 * export/import, plans of other years, my tasks, reminders. Reports and templates are scoped to
 * the reporting unit's subtree; evidence and sub-tasks like the task (docs/decisions/011).
 */
const officers = { owner: 'cb443', intruder: 'cb445' } as const;

async function provincePlanId(f: MatrixFixture): Promise<number> {
  const response = await f.t.as('admin', { method: 'GET', url: '/api/plans?year=2021&unit=42' });
  return response.json().items[0].id;
}

/** A fresh commune of Can Lộc with its own plan (drafted, or issued), by Can Lộc's officer. */
async function communePlan(
  f: MatrixFixture,
  issued: boolean,
): Promise<{ id: number; communeCode: string }> {
  const commune = await f.createCanLocCommune();
  const created = await f.t.as('cb443', {
    method: 'POST',
    url: `/api/plans/${await provincePlanId(f)}/unit-plans`,
    payload: { unitCode: commune.code },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id: number = created.json().id;
  if (issued) {
    await f.t.as('cb443', { method: 'POST', url: `/api/plans/${id}/submit` });
    await f.t.as('cb443', {
      method: 'POST',
      url: `/api/plans/${id}/issue`,
      payload: { number: '03/KH-UBND', issuedOn: '2021-02-03' },
    });
  }
  return { id, communeCode: commune.code };
}

/** An issued commune plan whose task III.7.2.03 has one progress update. */
async function reportedTask(f: MatrixFixture): Promise<string> {
  const { id } = await communePlan(f, true);
  const url = `/api/plans/${id}/tasks/III.7.2.03`;
  const progress = await f.t.as('cb443', {
    method: 'POST',
    url: `${url}/progress`,
    payload: { percent: 10, note: 'Đã triển khai' },
  });
  expect(progress.statusCode, progress.body).toBe(200);
  return url;
}

function pdfUpload(url: string): InjectOptions {
  const boundary = '----matrix-boundary';
  return {
    method: 'POST',
    url,
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="minh-chung.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      Buffer.from('%PDF-1.4\n%%EOF\n'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Can Lộc's own plan, made once per fixture, with a task of its own to split to communes. */
const districtPlans = new WeakMap<MatrixFixture['t'], Promise<number>>();
function canLocPlanId(f: MatrixFixture): Promise<number> {
  let plan = districtPlans.get(f.t);
  if (!plan) {
    plan = (async () => {
      const created = await f.t.as('cb443', {
        method: 'POST',
        url: `/api/plans/${await provincePlanId(f)}/unit-plans`,
        payload: { unitCode: '443' },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id: number = created.json().id;
      const task = await f.t.as('cb443', {
        method: 'POST',
        url: `/api/plans/${id}/tasks`,
        payload: { areaCode: 'PROCEDURES', textVi: 'Rà soát thủ tục cấp xã' },
      });
      expect(task.statusCode, task.body).toBe(201);
      return id;
    })();
    districtPlans.set(f.t, plan);
  }
  return plan;
}

let nextYear = 2040;

export const planWorkCases: RouteCase[] = [
  {
    route: 'GET /api/plans/:id/report',
    kind: 'scoped',
    request: async (f) => ({
      method: 'GET',
      url: `/api/plans/${await provincePlanId(f)}/report?period=2021Q1&unit=443&format=docx`,
    }),
  },
  {
    route: 'GET /api/plans/:id/report-template',
    kind: 'scoped',
    request: async (f) => ({
      method: 'GET',
      url: `/api/plans/${await provincePlanId(f)}/report-template?unit=443`,
    }),
  },
  {
    // The subtree's administrator (qt443) keeps its report's wording; Thạch Hà's cannot.
    route: 'PUT /api/plans/:id/report-template',
    kind: 'scoped',
    request: async (f) => ({
      method: 'PUT',
      url: `/api/plans/${await provincePlanId(f)}/report-template?unit=443`,
      payload: {
        issuerParent: null,
        issuerName: 'ỦY BAN NHÂN DÂN\nHUYỆN CAN LỘC',
        numberSymbol: 'UBND',
        place: 'Can Lộc',
        titlePattern: 'Kết quả công tác cải cách hành chính {ky}',
        recipients: ['Sở Nội vụ', 'Lưu: VT.'],
        signingCapacity: 'TM. ỦY BAN NHÂN DÂN',
        signerTitle: 'CHỦ TỊCH',
        signerName: '',
        sections: { direction: '', results: '', assessment: '', nextTasks: '', proposals: '' },
      },
    }),
  },
  {
    // Sở Nội vụ records the province plans of other years; a district's administrator cannot.
    route: 'POST /api/plans',
    kind: 'scoped',
    owner: 'snv',
    request: async () => ({
      method: 'POST',
      url: '/api/plans',
      payload: {
        number: `${nextYear}/KH-UBND`,
        title: `Kế hoạch CCHC năm ${nextYear}`,
        year: nextYear++,
        unitCode: '42',
      },
    }),
  },
  {
    route: 'GET /api/plans/:id/tasks/export.xlsx',
    kind: 'shared',
    reason:
      'Danh sách nhiệm vụ của kế hoạch tỉnh là căn cứ chung; tệp xuất ra chỉ là danh sách đó theo bộ lọc.',
    request: async (f) => ({
      method: 'GET',
      url: `/api/plans/${await provincePlanId(f)}/tasks/export.xlsx?area=ISO`,
    }),
  },
  {
    route: 'POST /api/plans/:id/tasks/import',
    kind: 'scoped',
    ...officers,
    request: async (f) => {
      const { id, communeCode } = await communePlan(f, false);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Phụ lục');
      sheet.addRow(['Mã nhiệm vụ', 'Lĩnh vực', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì']);
      sheet.addRow(['NV.01', 'PROCEDURES', 'Niêm yết thủ tục tại bộ phận một cửa', communeCode]);
      return {
        method: 'POST',
        url: `/api/plans/${id}/tasks/import`,
        payload: Buffer.from(await workbook.xlsx.writeBuffer()),
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
      };
    },
  },
  {
    route: 'GET /api/plans/:id/tasks/:code/subtasks',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'GET',
      url: `/api/plans/${(await communePlan(f, false)).id}/tasks/III.7.2.03/subtasks`,
    }),
  },
  {
    route: 'POST /api/plans/:id/tasks/:code/subtasks',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'POST',
      url: `/api/plans/${await canLocPlanId(f)}/tasks/DV.01/subtasks`,
      payload: { unitCode: (await f.createCanLocCommune()).code },
    }),
  },
  {
    route: 'GET /api/plans/:id/tasks/:code/evidence',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({ method: 'GET', url: `${await reportedTask(f)}/evidence` }),
  },
  {
    route: 'POST /api/plans/:id/tasks/:code/evidence',
    kind: 'scoped',
    ...officers,
    request: async (f) => pdfUpload(`${await reportedTask(f)}/evidence`),
  },
  {
    route: 'GET /api/plans/:id/tasks/:code/evidence/:evidenceId',
    kind: 'scoped',
    ...officers,
    request: async (f) => {
      const url = `${await reportedTask(f)}/evidence`;
      const uploaded = await f.t.as('cb443', pdfUpload(url));
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      return { method: 'GET', url: `${url}/${uploaded.json().id}` };
    },
  },
  {
    route: 'GET /api/my-tasks',
    kind: 'self',
    request: async () => ({ method: 'GET', url: '/api/my-tasks' }),
  },
  {
    route: 'POST /api/plans/:id/reminders',
    kind: 'scoped',
    owner: 'snv',
    request: async (f) => ({
      method: 'POST',
      url: `/api/plans/${await provincePlanId(f)}/reminders`,
    }),
  },
];
