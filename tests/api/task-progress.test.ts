import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
let provincePlanId: number;

const call = (user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.as(user, { method, url, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp();
  provincePlanId = (await call('sotuphap', 'GET', '/api/plans?year=2021&unit=42')).json().items[0]
    .id;
});
afterAll(() => t.close());

type Task = {
  code: string;
  leadUnitCode: string;
  status: string;
  stale: boolean;
  overdue: boolean;
};

async function stpTask(): Promise<Task> {
  const tasks = (
    await call('snv', 'GET', `/api/plans/${provincePlanId}/tasks?unit=STP&pageSize=500`)
  ).json();
  return tasks.items.find((task: Task) => task.leadUnitCode === 'STP' && task.status !== 'overdue');
}

describe('progress of a task of the province plan', () => {
  it('is reported by the lead unit, keeping every update, and read back with its history', async () => {
    const task = await stpTask();
    const url = `/api/plans/${provincePlanId}/tasks/${encodeURIComponent(task.code)}`;
    const first = await call('sotuphap', 'POST', `${url}/progress`, {
      percent: 40,
      note: 'Đã rà soát 12/30 văn bản',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ progress: 40, status: 'in_progress', stale: false });
    const second = await call('sotuphap', 'POST', `${url}/progress`, {
      percent: 100,
      note: 'Hoàn thành, đã báo cáo UBND tỉnh',
    });
    expect(second.json()).toMatchObject({ progress: 100, status: 'done' });
    const detail = (await call('canloc', 'GET', url)).json();
    expect(detail.history.map((h: { percent: number }) => h.percent)).toEqual([100, 40]);
    expect(detail.history[0]).toMatchObject({ status: 'done', recordedBy: 'sotuphap' });
    const done = (
      await call('snv', 'GET', `/api/plans/${provincePlanId}/tasks?status=done`)
    ).json();
    expect(done.items.map((item: Task) => item.code)).toEqual([task.code]);
  });

  it('rolls up into the plan: 1 of 70 done by status, weighted when Sở Nội vụ says so', async () => {
    const byStatus = (await call('snv', 'GET', `/api/plans/${provincePlanId}`)).json();
    expect(byStatus.progress).toEqual({
      policy: 'by_status',
      percent: 1.43,
      taskCount: 70,
      done: 1,
      inProgress: 0,
      notStarted: 69,
    });
    const snvTask = (
      await call('snv', 'GET', `/api/plans/${provincePlanId}/tasks?unit=SNV&pageSize=500`)
    )
      .json()
      .items.find((task: Task) => task.leadUnitCode === 'SNV');
    const progress = await call(
      'snv',
      'POST',
      `/api/plans/${provincePlanId}/tasks/${encodeURIComponent(snvTask.code)}/progress`,
      { percent: 50, note: 'Đang triển khai' },
    );
    expect(progress.statusCode, progress.body).toBe(200);
    const weighted = await call('snv', 'PATCH', `/api/plans/${provincePlanId}`, {
      progressRollup: 'weighted',
    });
    expect(weighted.statusCode, weighted.body).toBe(200);
    // (100 + 50) / 70 = 2.142… → 2.14
    expect(weighted.json().progress).toMatchObject({
      policy: 'weighted',
      percent: 2.14,
      inProgress: 1,
    });
  });

  it('refuses another unit (403), a wrong status (422), an unknown task (404)', async () => {
    const task = await stpTask();
    const url = `/api/plans/${provincePlanId}/tasks/${encodeURIComponent(task.code)}/progress`;
    const other = await call('canloc', 'POST', url, { percent: 10, note: 'x' });
    expect(other.statusCode).toBe(403);
    const inconsistent = await call('sotuphap', 'POST', url, {
      percent: 90,
      note: 'x',
      status: 'done',
    });
    expect(inconsistent.statusCode).toBe(422);
    expect(inconsistent.json().error.code).toBe('task_progress_inconsistent');
    const unknown = await call(
      'sotuphap',
      'POST',
      `/api/plans/${provincePlanId}/tasks/KHONGCO/progress`,
      {
        percent: 10,
        note: 'x',
      },
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('plan_task_not_found');
    const badPercent = await call('sotuphap', 'POST', url, { percent: 120, note: 'x' });
    expect(badPercent.statusCode).toBe(400);
  });

  it('flags tasks with no update for the plan setting as stale, and past their deadline as overdue', async () => {
    const tasks = (
      await call('snv', 'GET', `/api/plans/${provincePlanId}/tasks?pageSize=500`)
    ).json().items as Task[];
    // The plan was issued on 31/12/2020 and nothing was reported since for most tasks.
    const never = tasks.filter((task) => task.status === 'not_started');
    expect(never.length).toBeGreaterThan(0);
    expect(never.every((task) => task.stale)).toBe(true);
    const updated = tasks.find((task) => task.status === 'in_progress');
    expect(updated).toMatchObject({ stale: false });
    expect(tasks.find((task) => task.code === 'III.7.1.08')).toMatchObject({ overdue: true });
    expect(tasks.filter((task) => task.status === 'done').every((task) => !task.stale)).toBe(true);
  });
});

describe('progress of a task of a unit plan', () => {
  it('only once the plan is issued, by the unit that now leads it', async () => {
    const created = await call('canloc', 'POST', `/api/plans/${provincePlanId}/unit-plans`, {
      unitCode: '443',
    });
    const planId = created.json().id;
    const url = `/api/plans/${planId}/tasks/III.7.2.03/progress`;
    const draft = await call('canloc', 'POST', url, { percent: 10, note: 'Bắt đầu' });
    expect(draft.statusCode).toBe(409);
    await call('canloc', 'POST', `/api/plans/${planId}/submit`);
    await call('canloc', 'POST', `/api/plans/${planId}/issue`, {
      number: '25/KH-UBND',
      issuedOn: '2021-01-15',
    });
    const byHead = await call('chutichcanloc', 'POST', url, {
      percent: 30,
      note: 'Đã giao các xã',
    });
    expect(byHead.statusCode, byHead.body).toBe(200);
    expect((await call('thachha', 'POST', url, { percent: 30, note: 'x' })).statusCode).toBe(404);
    expect((await call('thachha', 'GET', `/api/plans/${planId}/tasks/III.7.2.03`)).statusCode).toBe(
      404,
    );
    const plan = (await call('canloc', 'GET', `/api/plans/${planId}`)).json();
    // The unit plan took the province plan's policy, switched to weighted above: 30 % of 1 of 5.
    expect(plan.progressRollup).toBe('weighted');
    expect(plan.progress).toMatchObject({
      policy: 'weighted',
      taskCount: 5,
      inProgress: 1,
      percent: 6,
    });
  });
});
