import type { RouteCase } from './route-case';

/**
 * One-stop KPI analytics (issue 4 KPI page, issue 5 league tables): `dossiers.read` over the
 * asked unit's subtree, as `GET /api/onestop/kpi`; system administrators hold it, so the
 * fixture's qt443 reads Can Lộc and qt445 (Thạch Hà) is refused with 403.
 */
const query = 'unit=443&from=2021-01-01&to=2021-12-31';

export const onestopKpiCases: RouteCase[] = [
  {
    route: 'GET /api/onestop/kpi/series',
    kind: 'scoped',
    request: async () => ({ method: 'GET', url: `/api/onestop/kpi/series?${query}` }),
  },
  {
    route: 'GET /api/onestop/kpi/units',
    kind: 'scoped',
    request: async () => ({ method: 'GET', url: `/api/onestop/kpi/units?${query}` }),
  },
  {
    route: 'GET /api/onestop/kpi/units.xlsx',
    kind: 'scoped',
    request: async () => ({ method: 'GET', url: `/api/onestop/kpi/units.xlsx?${query}` }),
  },
];
