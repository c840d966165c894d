import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleLabels } from '../../core/auth/roles';
import { createTestApp, type TestApp } from './helpers/test-app';
import { auditCases } from './matrix/audit.cases';
import { authCases } from './matrix/auth.cases';
import { calendarCases } from './matrix/calendar.cases';
import { dashboardCases } from './matrix/dashboard.cases';
import { dossiersCases } from './matrix/dossiers.cases';
import { notificationsCases } from './matrix/notifications.cases';
import { onestopKpiCases } from './matrix/onestop-kpi.cases';
import { orgCases } from './matrix/org.cases';
import { periodicReportsCases } from './matrix/periodic-reports.cases';
import { planWorkCases } from './matrix/plan-work.cases';
import { plansCases } from './matrix/plans.cases';
import { proceduresCases } from './matrix/procedures.cases';
import type { MatrixFixture, RouteCase } from './matrix/route-case';
import { usersCases } from './matrix/users.cases';

/** Each module adds its cases here; a route without a case fails the first test. */
const cases: RouteCase[] = [
  ...authCases,
  ...orgCases,
  ...usersCases,
  ...auditCases,
  ...plansCases,
  ...planWorkCases,
  ...calendarCases,
  ...proceduresCases,
  ...dossiersCases,
  ...periodicReportsCases,
  ...onestopKpiCases,
  ...notificationsCases,
  ...dashboardCases,
];

let t: TestApp;
let f: MatrixFixture;
const password = 'ma-tran-quyen-2021';

beforeAll(async () => {
  t = await createTestApp();
  let counter = 0;
  const nextCode = (prefix: string) => `${prefix}${++counter}`;
  for (const [username, unitCode, role] of [
    ['qt443', '443', 'system_admin'],
    ['qt445', '445', 'system_admin'],
    // The intruder of routes only one-stop clerks may call (dossiers.cases.ts).
    ['mc445', '445', 'onestop_clerk'],
    // Owner and intruder of the unit-plan and task-progress routes (plans.cases.ts).
    ['cb443', '443', 'unit_reform_officer'],
    ['cb445', '445', 'unit_reform_officer'],
  ] as const) {
    const created = await t.as('admin', {
      method: 'POST',
      url: '/api/users',
      payload: {
        username,
        fullName: `${roleLabels[role]} ${unitCode}`,
        password,
        roles: [{ role, unitCode }],
      },
    });
    expect(created.statusCode).toBe(201);
    await t.tokenOf(username, password);
  }
  f = {
    t,
    owner: 'qt443',
    intruder: 'qt445',
    nextCode,
    async createCanLocCommune() {
      const code = nextCode('MXC');
      const response = await t.as('admin', {
        method: 'POST',
        url: '/api/units',
        payload: {
          code,
          name: `Xã ${code}`,
          kind: 'commune',
          parentCode: '443',
          validFrom: '2021-01-01',
        },
      });
      expect(response.statusCode).toBe(201);
      return { code, id: response.json().id, name: response.json().name };
    },
    async createCanLocUser() {
      const username = nextCode('nguoidung');
      const response = await t.as('admin', {
        method: 'POST',
        url: '/api/users',
        payload: {
          username,
          fullName: 'Người Dùng Thử',
          password,
          roles: [{ role: 'unit_reform_officer', unitCode: '443' }],
        },
      });
      expect(response.statusCode).toBe(201);
      return { id: response.json().id, username };
    },
  };
});
afterAll(() => t.close());

describe('authorization matrix', () => {
  it('has a case for every registered /api route, and no case for a route that does not exist', () => {
    const registered = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(cases.map((c) => c.route).sort()).toEqual(registered);
  });

  it('marks public exactly the routes that are public', () => {
    const publicRoutes = t.app.apiRoutes
      .filter((r) => r.access === 'public')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(
      cases
        .filter((c) => c.kind === 'public')
        .map((c) => c.route)
        .sort(),
    ).toEqual(publicRoutes);
  });

  for (const c of cases) {
    if (c.kind === 'public') continue;
    it(`${c.route}: anonymous → 401`, async () => {
      const request = await c.request(f);
      const response = await t.as(null, request);
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('unauthenticated');
    });
  }

  for (const c of cases) {
    if (c.kind !== 'scoped') continue;
    it(`${c.route}: another unit's administrator → 403/404 with nothing leaked; own unit's → success`, async () => {
      const intruderRequest = await c.request(f);
      const intruded = await t.as(c.intruder ?? f.intruder, intruderRequest);
      if (c.assertNoLeak) {
        expect(intruded.statusCode).toBe(200);
        c.assertNoLeak(intruded, f);
      } else {
        expect([403, 404]).toContain(intruded.statusCode);
        const { error } = intruded.json();
        expect([
          'forbidden',
          'out_of_scope',
          'not_found',
          'user_not_found',
          'unit_not_found',
          'dossier_not_found',
          'plan_not_found',
          'report_not_found',
        ]).toContain(error.code);
        expect(Object.keys(intruded.json())).toEqual(['error']);
      }
      const owned = await t.as(c.owner ?? f.owner, await c.request(f));
      expect(owned.statusCode, owned.body).toBeLessThan(300);
    });
  }

  for (const c of cases) {
    if (c.kind !== 'shared' && c.kind !== 'self') continue;
    it(`${c.route}: any signed-in user (${c.kind})`, async () => {
      // A session of its own: the logout and password cases end the session they run in.
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: f.intruder, password },
      });
      const request = await c.request(f);
      const response = await t.app.inject({
        ...request,
        headers: { ...request.headers, authorization: `Bearer ${login.json().token}` },
      });
      expect(response.statusCode).not.toBe(401);
      expect(response.statusCode).toBeLessThan(500);
    });
  }
});
