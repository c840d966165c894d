import { eq } from 'drizzle-orm';
import { dossiers } from '../../../server/db/schema/onestop-dossiers';
import type { MatrixFixture, RouteCase } from './route-case';

/**
 * One-stop dossiers (issue 4). Reading is scoped to the subtrees of the receiving, handling and
 * current units (`dossiers.read`, held by system administrators too, so the fixture's qt443 and
 * qt445 apply); receiving and processing are for one-stop clerks: the demo `kiemnhiem` (clerk of
 * Can Lộc 443) is the owner and the fixture's `mc445` (clerk of Thạch Hà 445) the intruder.
 * Another unit's dossier answers 404, as an unknown code does.
 */
const base = '/api/onestop/dossiers';
const clerk = 'kiemnhiem';
const clerkIntruder = 'mc445';

/** A dossier of Can Lộc for a district procedure (3 working days), moved on by `steps`. */
async function createCanLocDossier(
  f: MatrixFixture,
  steps: Array<[string, Record<string, unknown>]> = [],
): Promise<string> {
  const received = await f.t.as(clerk, {
    method: 'POST',
    url: base,
    payload: {
      procedureCode: '1.001612',
      receivingUnitCode: '443',
      applicant: { name: 'Người Dân Thử' },
    },
  });
  if (received.statusCode !== 201) throw new Error(received.body);
  const code = received.json().code as string;
  for (const [path, payload] of steps) {
    const moved = await f.t.as(clerk, { method: 'POST', url: `${base}/${code}/${path}`, payload });
    if (moved.statusCode !== 200) throw new Error(moved.body);
  }
  return code;
}

/** An online submission to Thị trấn Nghèn (18406, under Can Lộc), waiting for the desk. */
async function createCanLocSubmission(f: MatrixFixture): Promise<string> {
  const submitted = await f.t.as(null, {
    method: 'POST',
    url: '/api/public/dossiers',
    payload: {
      procedureCode: '1.004873',
      receivingUnitCode: '18406',
      applicant: { name: 'Người Dân Trực Tuyến', phone: '0912000999' },
    },
  });
  if (submitted.statusCode !== 201) throw new Error(submitted.body);
  return submitted.json().code as string;
}

function submissionCase(path: string, payload: Record<string, unknown>): RouteCase {
  return {
    route: `POST ${base}/:code/${path}`,
    kind: 'scoped',
    owner: clerk,
    intruder: clerkIntruder,
    request: async (f) => ({
      method: 'POST',
      url: `${base}/${await createCanLocSubmission(f)}/${path}`,
      payload,
    }),
  };
}

function actionCase(
  path: string,
  payload: Record<string, unknown>,
  steps: Array<[string, Record<string, unknown>]> = [],
): RouteCase {
  return {
    route: `POST ${base}/:code/${path}`,
    kind: 'scoped',
    owner: clerk,
    intruder: clerkIntruder,
    request: async (f) => ({
      method: 'POST',
      url: `${base}/${await createCanLocDossier(f, steps)}/${path}`,
      payload,
    }),
  };
}

export const dossiersCases: RouteCase[] = [
  {
    route: `POST ${base}`,
    kind: 'scoped',
    owner: clerk,
    intruder: clerkIntruder,
    request: async () => ({
      method: 'POST',
      url: base,
      payload: {
        procedureCode: '1.001612',
        receivingUnitCode: '443',
        applicant: { name: 'Người Dân Thử' },
      },
    }),
  },
  {
    route: `GET ${base}`,
    kind: 'scoped',
    request: async (f) => {
      await createCanLocDossier(f);
      return { method: 'GET', url: `${base}?pageSize=500` };
    },
    assertNoLeak(response) {
      const items = response.json().items as Array<{ handlingUnit: { code: string } }>;
      if (items.some((d) => d.handlingUnit.code === '443')) throw new Error('Can Lộc leaked');
    },
  },
  {
    route: `GET ${base}/:code`,
    kind: 'scoped',
    request: async (f) => ({ method: 'GET', url: `${base}/${await createCanLocDossier(f)}` }),
  },
  actionCase('hand-over', { toUnitCode: '443', note: 'Chuyển phòng chuyên môn' }),
  actionCase('supplement-request', { items: ['Đơn'], reason: 'Thiếu đơn' }),
  actionCase('supplement-received', {}, [
    ['supplement-request', { items: ['Đơn'], reason: 'Thiếu đơn' }],
  ]),
  actionCase('finish', { digitised: true }),
  actionCase('return', {}, [['finish', {}]]),
  actionCase('withdraw', {}),
  actionCase('apology', { reason: 'Cần xác minh', newDueAt: '2199-01-01T17:00:00+07:00' }),
  actionCase('rating', { rating: 5 }, [['finish', {}]]),
  {
    // Held by system administrators, scoped to the subtree of every row's unit.
    route: `POST ${base}/import`,
    kind: 'scoped',
    request: async (f) => ({
      method: 'POST',
      url: `${base}/import`,
      headers: { 'content-type': 'text/csv' },
      payload: [
        'code,procedure_code,unit_code,channel,received_at,due_at,finished_at,apology_issued_at,rating,applicant_phone',
        `${f.nextCode('443-190401-')},1.001612,443,counter,2019-04-01T08:00:00+07:00,2019-04-04T17:00:00+07:00,,,,`,
      ].join('\n'),
    }),
  },
  // The desk accepts or refuses online submissions of its own subtree only.
  submissionCase('accept', {}),
  submissionCase('refuse', { reason: 'Không thuộc thẩm quyền' }),
  {
    route: 'GET /api/onestop/officers',
    kind: 'shared',
    reason:
      'Names and roles of the officers of a unit, for a hand-over that may cross subtrees (a commune desk hands over to its district); needs dossiers.process, held in any unit',
    request: async () => ({ method: 'GET', url: '/api/onestop/officers?unit=443' }),
  },
  {
    route: 'GET /api/onestop/due-summary',
    kind: 'scoped',
    request: async (f) => {
      const code = await createCanLocDossier(f);
      // Past due, so that Can Lộc has a row that could leak.
      await f.t.db
        .update(dossiers)
        .set({ dueAt: new Date(Date.now() - 86_400_000) })
        .where(eq(dossiers.code, code));
      return { method: 'GET', url: '/api/onestop/due-summary' };
    },
    assertNoLeak(response) {
      const items = response.json().items as Array<{ unit: { code: string } }>;
      if (items.some((i) => ['443', '18406'].includes(i.unit.code)))
        throw new Error('Can Lộc leaked');
    },
  },
  // The citizen's online submission and the catalogue it needs: no account.
  { route: 'POST /api/public/dossiers', kind: 'public' },
  { route: 'GET /api/public/online-procedures', kind: 'public' },
  { route: 'GET /api/public/online-procedures/:code/units', kind: 'public' },
  // The citizen's lookup and rating: code and the phone's last 4 digits, no account.
  { route: 'GET /api/public/dossiers/:code', kind: 'public' },
  { route: 'POST /api/public/dossiers/:code/rating', kind: 'public' },
  {
    route: `GET ${base}/:code/forms/:form`,
    kind: 'scoped',
    owner: clerk,
    intruder: clerkIntruder,
    request: async (f) => ({
      method: 'GET',
      url: `${base}/${await createCanLocDossier(f)}/forms/01`,
    }),
  },
  {
    route: 'GET /api/onestop/register.xlsx',
    kind: 'scoped',
    owner: clerk,
    intruder: clerkIntruder,
    request: async () => ({
      method: 'GET',
      url: '/api/onestop/register.xlsx?unit=443&from=2021-01-01&to=2021-12-31',
    }),
  },
  {
    route: 'GET /api/onestop/kpi',
    kind: 'scoped',
    request: async () => ({
      method: 'GET',
      url: '/api/onestop/kpi?unit=443&from=2021-01-01&to=2021-12-31',
    }),
  },
];
