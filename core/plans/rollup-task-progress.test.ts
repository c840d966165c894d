import { describe, expect, it } from 'vitest';
import {
  deriveTaskStatus,
  flagTask,
  isStatusConsistent,
  rollupSubtasks,
  rollupTaskProgress,
  type TaskProgressInput,
} from './rollup-task-progress';

const task = (
  status: TaskProgressInput['status'],
  progress: number,
  weight = 1,
): TaskProgressInput => ({ status, progress, weight });

describe('rollupTaskProgress', () => {
  const tasks = [task('done', 100), task('in_progress', 60, 3), task('not_started', 0)];

  it('by_status counts only the tasks done', () => {
    expect(rollupTaskProgress('by_status', tasks)).toEqual({
      policy: 'by_status',
      percent: 33.33,
      taskCount: 3,
      done: 1,
      inProgress: 1,
      notStarted: 1,
    });
  });

  it('weighted averages the reported percentages by weight', () => {
    // (100·1 + 60·3 + 0·1) / 5 = 56
    expect(rollupTaskProgress('weighted', tasks).percent).toBe(56);
  });

  it('counts a task done as 100 % whatever its last percentage', () => {
    expect(rollupTaskProgress('weighted', [task('done', 80), task('done', 100)]).percent).toBe(100);
  });

  it('never shows 100 % while a task is not done', () => {
    expect(
      rollupTaskProgress('weighted', [task('in_progress', 99.999), task('done', 100)]).percent,
    ).toBe(99.99);
    expect(
      rollupTaskProgress('by_status', [task('done', 100), task('in_progress', 99)]).percent,
    ).toBe(50);
  });

  it('answers null for a plan without tasks', () => {
    expect(rollupTaskProgress('by_status', []).percent).toBeNull();
    expect(rollupTaskProgress('weighted', []).percent).toBeNull();
  });

  it('refuses a weight of 0 or a percentage outside 0–100', () => {
    expect(() => rollupTaskProgress('weighted', [task('in_progress', 10, 0)])).toThrow(RangeError);
    expect(() => rollupTaskProgress('weighted', [task('in_progress', 120)])).toThrow(RangeError);
  });
});

describe('deriveTaskStatus and isStatusConsistent', () => {
  it('derives the status from the percentage unless stated', () => {
    expect(deriveTaskStatus(0)).toBe('not_started');
    expect(deriveTaskStatus(40)).toBe('in_progress');
    expect(deriveTaskStatus(100)).toBe('done');
    expect(deriveTaskStatus(100, 'in_progress')).toBe('in_progress');
  });

  it('accepts done only at 100 % and not started only at 0 %', () => {
    expect(isStatusConsistent(100, 'done')).toBe(true);
    expect(isStatusConsistent(90, 'done')).toBe(false);
    expect(isStatusConsistent(10, 'not_started')).toBe(false);
    expect(isStatusConsistent(100, 'in_progress')).toBe(false);
    expect(isStatusConsistent(0, 'in_progress')).toBe(true);
  });
});

describe('flagTask', () => {
  const base = { today: '2021-06-30', staleAfterDays: 30 };

  it('flags overdue past the deadline and stale after N days without an update', () => {
    expect(
      flagTask({
        ...base,
        status: 'in_progress',
        deadline: '2021-06-29',
        lastUpdateOn: '2021-06-01',
      }),
    ).toEqual({ overdue: true, stale: false });
    expect(
      flagTask({
        ...base,
        status: 'in_progress',
        deadline: '2021-06-30',
        lastUpdateOn: '2021-05-30',
      }),
    ).toEqual({ overdue: false, stale: true });
  });

  it('flags nothing for a task done, or without a deadline and a date to count from', () => {
    expect(
      flagTask({ ...base, status: 'done', deadline: '2021-01-01', lastUpdateOn: '2021-01-01' }),
    ).toEqual({ overdue: false, stale: false });
    expect(
      flagTask({ ...base, status: 'not_started', deadline: null, lastUpdateOn: null }),
    ).toEqual({ overdue: false, stale: false });
  });
});

describe('rollupSubtasks', () => {
  const sub = (status: 'not_started' | 'in_progress' | 'done', progress: number, weight = 1) => ({
    status,
    progress,
    weight,
  });

  it('is nothing without sub-tasks', () => {
    expect(rollupSubtasks('by_status', [])).toBeNull();
  });

  it('by status: the share of sub-tasks done, floored; done only when all are', () => {
    expect(
      rollupSubtasks('by_status', [
        sub('done', 100),
        sub('in_progress', 90),
        sub('not_started', 0),
      ]),
    ).toEqual({
      status: 'in_progress',
      progress: 33,
    });
    expect(rollupSubtasks('by_status', [sub('done', 100), sub('done', 100)])).toEqual({
      status: 'done',
      progress: 100,
    });
    expect(rollupSubtasks('by_status', [sub('not_started', 0), sub('not_started', 0)])).toEqual({
      status: 'not_started',
      progress: 0,
    });
  });

  it('weighted: Σ weight × progress ÷ Σ weight, never 100 short of done', () => {
    expect(
      rollupSubtasks('weighted', [sub('in_progress', 50, 3), sub('not_started', 0, 1)]),
    ).toEqual({
      status: 'in_progress',
      progress: 37,
    });
    expect(rollupSubtasks('weighted', [sub('done', 100, 99), sub('in_progress', 99, 1)])).toEqual({
      status: 'in_progress',
      progress: 99,
    });
  });

  it('a sub-task under way moves the task even when the by-status share is still 0', () => {
    expect(rollupSubtasks('by_status', [sub('in_progress', 40), sub('not_started', 0)])).toEqual({
      status: 'in_progress',
      progress: 0,
    });
  });
});
