import type { MatrixFixture, RouteCase } from './route-case';

/**
 * Periodic reports (docs/decisions/016): forms are the province's frame, read by everyone who
 * reports; reports, the inbox, completeness and roll-up are narrowed to the reader's subtree;
 * forms, due dates and exceptions are Sở Nội vụ's. Writes use a form of 2099 of their own, so
 * no due date has passed.
 */
const reason =
  'Mẫu báo cáo định kỳ là khung chung của tỉnh: mọi sở, ngành, huyện, xã cần đọc để lập báo cáo.';
const officers = { owner: 'cb443', intruder: 'cb445' } as const;

const forms = new WeakMap<MatrixFixture, Promise<number>>();

/** A form of 2099 (every period still open), made once per run by Sở Nội vụ. */
function matrixFormId(f: MatrixFixture): Promise<number> {
  let id = forms.get(f);
  if (!id) {
    id = f.t
      .as('snv', {
        method: 'POST',
        url: '/api/report-forms',
        payload: {
          code: f.nextCode('MATRAN-'),
          year: 2099,
          name: 'Mẫu thử ma trận quyền',
          periodKinds: ['quarter'],
          unitKinds: ['district', 'commune'],
          cutOffDay: 14,
          dueWorkingDays: 2,
          figures: [{ code: 'A', label: 'Số hồ sơ', unitOfMeasure: 'hồ sơ', type: 'integer' }],
          sections: [{ code: 'I', title: 'Chỉ đạo, điều hành' }],
          rules: [],
        },
      })
      .then((response) => response.json().id as number);
    forms.set(f, id);
  }
  return id;
}

async function demoFormId(f: MatrixFixture): Promise<number> {
  const response = await f.t.as('admin', { method: 'GET', url: '/api/report-forms?year=2021' });
  return response.json().items[0].id;
}

type Stage = 'draft' | 'submitted';

/** A report of a fresh commune of Can Lộc, filled by Can Lộc's reform officer. */
async function communeReportId(f: MatrixFixture, stage: Stage): Promise<number> {
  const commune = await f.createCanLocCommune();
  const created = await f.t.as('cb443', {
    method: 'POST',
    url: '/api/periodic-reports',
    payload: { formId: await matrixFormId(f), unitCode: commune.code, period: '2099Q1' },
  });
  const id: number = created.json().id;
  if (stage === 'draft') return id;
  await f.t.as('cb443', {
    method: 'PATCH',
    url: `/api/periodic-reports/${id}`,
    payload: { figures: { A: 12 } },
  });
  await f.t.as('cb443', { method: 'POST', url: `/api/periodic-reports/${id}/submit` });
  return id;
}

export const periodicReportsCases: RouteCase[] = [
  {
    route: 'GET /api/report-forms',
    kind: 'shared',
    reason,
    request: async () => ({ method: 'GET', url: '/api/report-forms?year=2021' }),
  },
  {
    route: 'GET /api/report-forms/:id',
    kind: 'shared',
    reason,
    request: async (f) => ({ method: 'GET', url: `/api/report-forms/${await demoFormId(f)}` }),
  },
  {
    route: 'POST /api/report-forms',
    kind: 'scoped',
    owner: 'snv',
    request: async (f) => ({
      method: 'POST',
      url: '/api/report-forms',
      payload: {
        code: f.nextCode('MAU-'),
        year: 2099,
        name: 'Mẫu mới',
        periodKinds: ['year'],
        unitKinds: ['commune'],
        cutOffDay: null,
        dueWorkingDays: 5,
        figures: [{ code: 'B', label: 'Số cuộc kiểm tra', unitOfMeasure: 'cuộc', type: 'integer' }],
        sections: [],
        rules: [],
      },
    }),
  },
  {
    route: 'PATCH /api/report-forms/:id',
    kind: 'scoped',
    owner: 'snv',
    request: async (f) => ({
      method: 'PATCH',
      url: `/api/report-forms/${await matrixFormId(f)}`,
      payload: { name: 'Mẫu thử ma trận quyền (sửa)' },
    }),
  },
  {
    route: 'PUT /api/report-forms/:id/periods/:period',
    kind: 'scoped',
    owner: 'snv',
    request: async (f) => ({
      method: 'PUT',
      url: `/api/report-forms/${await matrixFormId(f)}/periods/2099Q4`,
      payload: { dueOn: '2099-12-31' },
    }),
  },
  {
    route: 'GET /api/periodic-reports',
    kind: 'scoped',
    ...officers,
    request: async () => ({ method: 'GET', url: '/api/periodic-reports?box=to_fill&unit=443' }),
  },
  {
    route: 'POST /api/periodic-reports',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'POST',
      url: '/api/periodic-reports',
      payload: {
        formId: await matrixFormId(f),
        unitCode: (await f.createCanLocCommune()).code,
        period: '2099Q2',
      },
    }),
  },
  {
    route: 'GET /api/periodic-reports/completeness',
    kind: 'scoped',
    request: async (f) => ({
      method: 'GET',
      url: `/api/periodic-reports/completeness?formId=${await demoFormId(f)}&unit=443`,
    }),
  },
  {
    route: 'GET /api/periodic-reports/rollup',
    kind: 'scoped',
    request: async (f) => ({
      method: 'GET',
      url: `/api/periodic-reports/rollup?formId=${await demoFormId(f)}&unit=443&period=2021Q1`,
    }),
  },
  {
    route: 'GET /api/periodic-reports/timeliness',
    kind: 'scoped',
    request: async () => ({
      method: 'GET',
      url: '/api/periodic-reports/timeliness?unit=443&period=2021Q1',
    }),
  },
  {
    route: 'POST /api/periodic-reports/exceptions',
    kind: 'scoped',
    owner: 'snv',
    request: async (f) => ({
      method: 'POST',
      url: '/api/periodic-reports/exceptions',
      payload: {
        formId: await matrixFormId(f),
        unitCode: '443',
        period: '2099Q1',
        until: '2099-12-31',
        reason: 'Gia hạn thử',
      },
    }),
  },
  {
    route: 'GET /api/periodic-reports/:id',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'GET',
      url: `/api/periodic-reports/${await communeReportId(f, 'draft')}`,
    }),
  },
  {
    route: 'PATCH /api/periodic-reports/:id',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'PATCH',
      url: `/api/periodic-reports/${await communeReportId(f, 'draft')}`,
      payload: { figures: { A: 3 }, sections: { I: 'Đã triển khai' } },
    }),
  },
  {
    route: 'POST /api/periodic-reports/:id/submit',
    kind: 'scoped',
    ...officers,
    request: async (f) => {
      const id = await communeReportId(f, 'draft');
      await f.t.as('cb443', {
        method: 'PATCH',
        url: `/api/periodic-reports/${id}`,
        payload: { figures: { A: 5 } },
      });
      return { method: 'POST', url: `/api/periodic-reports/${id}/submit` };
    },
  },
  {
    // The level above a commune: Can Lộc's reform officer; Thạch Hà's cannot even see it.
    route: 'POST /api/periodic-reports/:id/return',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'POST',
      url: `/api/periodic-reports/${await communeReportId(f, 'submitted')}/return`,
      payload: { comment: 'Bổ sung số liệu' },
    }),
  },
  {
    route: 'POST /api/periodic-reports/:id/approve',
    kind: 'scoped',
    ...officers,
    request: async (f) => ({
      method: 'POST',
      url: `/api/periodic-reports/${await communeReportId(f, 'submitted')}/approve`,
      payload: {},
    }),
  },
];
