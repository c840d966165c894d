import type { Database } from '../db/database';
import type { ServiceContext } from '../http/request-context';
import { loadActor } from '../modules/auth/auth.service';
import { findUserByUsername } from '../modules/auth/users.repo';
import { listPlans, listPlanTasks } from '../modules/plans/plans.service';
import { recordTaskProgress } from '../modules/plans/task-progress.service';
import {
  createUnitPlan,
  issueUnitPlan,
  returnUnitPlan,
  submitUnitPlan,
  updatePlanSettings,
} from '../modules/plans/unit-plans.service';

type Outcome = 'issued' | 'submitted' | 'returned' | 'draft';

/**
 * The demo's unit plans under 513/KH-UBND (target 1, T01a) and some task progress, written
 * through the plan services as the demo accounts, so every step is validated and audited like a
 * user's. Issue dates are those a unit would have written in January–February 2021; one issues
 * after the deadline. The deadline itself (31/01/2021) is a demo setting of Sở Nội vụ: the plan
 * text gives none.
 */
const unitPlans: Array<{
  unit: string;
  by: string;
  outcome: Outcome;
  number?: string;
  issuedOn?: string;
}> = [
  { unit: 'SNV', by: 'snv', outcome: 'issued', number: '05/KH-SNV', issuedOn: '2021-01-12' },
  { unit: 'STP', by: 'sotuphap', outcome: 'issued', number: '12/KH-STP', issuedOn: '2021-01-15' },
  { unit: '443', by: 'canloc', outcome: 'issued', number: '20/KH-UBND', issuedOn: '2021-01-25' },
  { unit: '18406', by: 'canloc', outcome: 'issued', number: '08/KH-UBND', issuedOn: '2021-02-05' },
  { unit: '18415', by: 'canloc', outcome: 'submitted' },
  { unit: '445', by: 'thachha', outcome: 'returned' },
  { unit: '18418', by: 'canloc', outcome: 'draft' },
];

/** Progress the leading units reported on some of their tasks. */
const progress: Array<{ unit: string; by: string; percents: number[] }> = [
  { unit: 'STP', by: 'sotuphap', percents: [100, 60, 25] },
  { unit: 'SNV', by: 'snv', percents: [100, 100, 75, 40] },
];

export async function seedDemoUnitPlans(
  db: Database,
  provinceCode: string,
): Promise<{ unitPlans: number; issued: number; progressUpdates: number }> {
  const as = async (username: string): Promise<ServiceContext> => {
    const user = await findUserByUsername(db, username);
    if (!user) throw new Error(`demo user ${username} missing`);
    return {
      db,
      provinceCode,
      actor: await loadActor(db, user.id, user.username, 'seed'),
      meta: { requestId: 'seed', clientAddress: null },
    };
  };
  const snv = await as('snv');
  const [plan] = (await listPlans(snv, { year: 2021, page: 1, pageSize: 1 })).items;
  if (!plan) return { unitPlans: 0, issued: 0, progressUpdates: 0 };
  await updatePlanSettings(snv, plan.id, { unitPlanDeadline: '2021-01-31' });

  let issued = 0;
  for (const scenario of unitPlans) {
    const ctx = await as(scenario.by);
    const draft = await createUnitPlan(ctx, plan.id, { unitCode: scenario.unit });
    if (scenario.outcome === 'draft') continue;
    await submitUnitPlan(ctx, draft.id);
    if (scenario.outcome === 'returned') {
      await returnUnitPlan(snv, draft.id, {
        comment:
          'Bổ sung chỉ tiêu kiểm tra CCHC các xã (tối thiểu 35 %) và thời hạn từng nhiệm vụ.',
      });
    }
    if (scenario.outcome === 'issued') {
      await issueUnitPlan(ctx, draft.id, {
        number: scenario.number!,
        issuedOn: scenario.issuedOn!,
      });
      issued += 1;
    }
  }

  let progressUpdates = 0;
  for (const { unit, by, percents } of progress) {
    const ctx = await as(by);
    const tasks = await listPlanTasks(ctx, plan.id, { unit, page: 1, pageSize: 50 });
    const led = tasks.items.filter((task) => task.leadUnitCode === unit);
    for (const [index, percent] of percents.entries()) {
      const task = led[index];
      if (!task) break;
      await recordTaskProgress(ctx, plan.id, task.code, {
        percent,
        note:
          percent === 100
            ? 'Đã hoàn thành, có văn bản kết quả kèm theo.'
            : `Đang triển khai, đạt khoảng ${percent} % khối lượng.`,
      });
      progressUpdates += 1;
    }
  }
  return { unitPlans: unitPlans.length, issued, progressUpdates };
}
