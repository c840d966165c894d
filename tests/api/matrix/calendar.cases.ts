import type { InjectOptions } from 'fastify';
import type { MatrixFixture, RouteCase } from './route-case';

/**
 * The calendar is one for the whole province (the Prime Minister's notice binds every agency),
 * so only an administrator at the province root manages it: the demo `admin` succeeds and a
 * district's administrator (the intruder, qt445) is refused, although it holds the same role.
 */
const provinceAdmin = 'admin';

/** A year the case may replace or delete; 2027 has no built-in data. */
const matrixYear = 2027;

const replaceYear: InjectOptions = {
  method: 'PUT',
  url: `/api/calendar/years/${matrixYear}`,
  payload: {
    status: 'expected',
    sourceDocument: 'Ma trận phân quyền',
    days: [{ date: '2027-01-01', name: 'Tết Dương lịch', kind: 'holiday' }],
  },
};

async function ensureYearEntered(f: MatrixFixture): Promise<void> {
  const response = await f.t.as(provinceAdmin, replaceYear);
  if (response.statusCode !== 200) throw new Error(`PUT year: ${response.body}`);
}

export const calendarCases: RouteCase[] = [
  { route: 'GET /api/calendar/due-date', kind: 'public' },
  { route: 'GET /api/calendar/non-working-days', kind: 'public' },
  {
    route: 'GET /api/calendar/years',
    kind: 'scoped',
    owner: provinceAdmin,
    request: async () => ({ method: 'GET', url: '/api/calendar/years' }),
  },
  {
    route: 'GET /api/calendar/years/:year',
    kind: 'scoped',
    owner: provinceAdmin,
    request: async () => ({ method: 'GET', url: '/api/calendar/years/2021' }),
  },
  {
    route: 'PUT /api/calendar/years/:year',
    kind: 'scoped',
    owner: provinceAdmin,
    request: async () => replaceYear,
  },
  {
    route: 'DELETE /api/calendar/years/:year',
    kind: 'scoped',
    owner: provinceAdmin,
    request: async (f) => {
      await ensureYearEntered(f);
      return { method: 'DELETE', url: `/api/calendar/years/${matrixYear}` };
    },
  },
  {
    route: 'GET /api/calendar/settings',
    kind: 'scoped',
    owner: provinceAdmin,
    request: async () => ({ method: 'GET', url: '/api/calendar/settings' }),
  },
  {
    route: 'PUT /api/calendar/settings',
    kind: 'scoped',
    owner: provinceAdmin,
    request: async () => ({
      method: 'PUT',
      url: '/api/calendar/settings',
      payload: {
        morning: { start: '07:30', end: '11:30' },
        afternoon: { start: '13:30', end: '17:00' },
        receptionCutOff: '15:00',
      },
    }),
  },
];
