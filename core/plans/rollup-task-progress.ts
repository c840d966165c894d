import { computePercentage, roundPercentage } from '../kpi/percentage';

/**
 * How a plan's task progress rolls up into one figure: a policy stated per plan (issue 3,
 * Tasks), never guessed.
 * - `by_status`: the share of tasks done. A task counts only once its lead reports it done;
 *   "70 % along" claims nothing (the province's yearly report counts tasks completed).
 * - `weighted`: Σ(weight × progress) ÷ Σ weight, progress being the last reported percentage
 *   (a task done counts 100 whatever its last percentage said).
 */
export const rollupPolicies = ['by_status', 'weighted'] as const;
export type RollupPolicy = (typeof rollupPolicies)[number];

export type StoredTaskStatus = 'not_started' | 'in_progress' | 'done';

export interface TaskProgressInput {
  status: StoredTaskStatus;
  progress: number;
  weight: number;
}

export interface PlanProgressRollup {
  policy: RollupPolicy;
  /** Null for a plan without tasks: nothing to measure is not 0 %. */
  percent: number | null;
  taskCount: number;
  done: number;
  inProgress: number;
  notStarted: number;
}

export function rollupTaskProgress(
  policy: RollupPolicy,
  tasks: readonly TaskProgressInput[],
): PlanProgressRollup {
  const done = tasks.filter((t) => t.status === 'done').length;
  const inProgress = tasks.filter((t) => t.status === 'in_progress').length;
  const counts = {
    policy,
    taskCount: tasks.length,
    done,
    inProgress,
    notStarted: tasks.length - done - inProgress,
  };
  if (policy === 'by_status') return { ...counts, percent: computePercentage(done, tasks.length) };
  let weights = 0;
  let weighted = 0;
  for (const task of tasks) {
    if (!(task.weight > 0) || task.progress < 0 || task.progress > 100) {
      throw new RangeError(`invalid task: weight ${task.weight}, progress ${task.progress}`);
    }
    weights += task.weight;
    weighted += task.weight * (task.status === 'done' ? 100 : task.progress);
  }
  if (weights === 0) return { ...counts, percent: null };
  const percent = roundPercentage(weighted / weights);
  // Like every share in core: short of every task done never shows as 100 %.
  return { ...counts, percent: percent >= 100 && done < tasks.length ? 99.99 : percent };
}

/**
 * The status a progress update leaves the task in when the reporter does not say: 100 % is
 * done, anything above 0 is under way.
 */
export function deriveTaskStatus(percent: number, stated?: StoredTaskStatus): StoredTaskStatus {
  if (stated) return stated;
  if (percent >= 100) return 'done';
  return percent > 0 ? 'in_progress' : 'not_started';
}

/** Whether a stated status agrees with the percentage reported with it. */
export function isStatusConsistent(percent: number, status: StoredTaskStatus): boolean {
  if (status === 'done') return percent === 100;
  if (status === 'not_started') return percent === 0;
  return percent < 100;
}

/**
 * Flags of a task in the list: `overdue` past its deadline and not done (Việt Nam dates); `stale`
 * when not done and nothing was reported for `staleAfterDays` days since the last update, or
 * since the plan was issued when nothing was ever reported.
 */
export function flagTask(input: {
  status: StoredTaskStatus;
  deadline: string | null;
  lastUpdateOn: string | null;
  today: string;
  staleAfterDays: number;
}): { overdue: boolean; stale: boolean } {
  const { status, deadline, lastUpdateOn, today, staleAfterDays } = input;
  if (status === 'done') return { overdue: false, stale: false };
  const overdue = deadline !== null && deadline < today;
  const stale = lastUpdateOn !== null && daysBetween(lastUpdateOn, today) > staleAfterDays;
  return { overdue, stale };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A task split into sub-tasks takes its status and percentage from them under the plan's policy
 * (issue 3, Tasks): done only when every sub-task is done; under way once any has progressed.
 * The percentage is floored, so a task short of done never reads 100.
 */
export function rollupSubtasks(
  policy: RollupPolicy,
  subtasks: readonly TaskProgressInput[],
): { status: StoredTaskStatus; progress: number } | null {
  if (subtasks.length === 0) return null;
  const { percent, done, taskCount } = rollupTaskProgress(policy, subtasks);
  if (done === taskCount) return { status: 'done', progress: 100 };
  const progress = Math.min(99, Math.floor(percent ?? 0));
  const started = subtasks.some((t) => t.status !== 'not_started' || t.progress > 0);
  return { status: started || progress > 0 ? 'in_progress' : 'not_started', progress };
}
