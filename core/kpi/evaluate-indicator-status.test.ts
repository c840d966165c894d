import { describe, expect, it } from 'vitest';
import { evaluateIndicatorStatus } from './evaluate-indicator-status';

// Targets from KH 513/KH-UBND 2021 (hatinh-2021-plan.json): T05a ≥ 98,5 %, T07b ≤ 50 %,
// T03b = 100 %, T12a > 12.500 tỷ đồng.
const onTimeTarget = { comparator: '>=', threshold: 98.5, unit: 'percent' } as const;
const revenueTarget = { comparator: '>', threshold: 12_500, unit: 'billion_vnd' } as const;

describe('evaluateIndicatorStatus', () => {
  it('reports no_data when the figure is null', () => {
    const evaluation = evaluateIndicatorStatus({ ...onTimeTarget, actual: null });
    expect(evaluation.status).toBe('no_data');
    expect(evaluation.rule).toEqual({
      comparator: '>=',
      threshold: 98.5,
      explanationVi: 'Chưa có số liệu (chỉ tiêu tối thiểu 98,5 %).',
    });
  });

  it('reports no_data before the period begins, whatever the figure', () => {
    expect(evaluateIndicatorStatus({ ...onTimeTarget, actual: 0, elapsedShare: 0 }).status).toBe(
      'no_data',
    );
  });

  it('meets T05a at exactly 98.5 % once the period is over', () => {
    const evaluation = evaluateIndicatorStatus({ ...onTimeTarget, actual: 98.5 });
    expect(evaluation.status).toBe('met');
    expect(evaluation.rule.explanationVi).toBe('Đạt: 98,5 % so với chỉ tiêu tối thiểu 98,5 %.');
  });

  it('misses T05a at 98.49 % once the period is over', () => {
    expect(
      evaluateIndicatorStatus({ ...onTimeTarget, actual: 98.49, elapsedShare: 1 }).status,
    ).toBe('missed');
  });

  it('puts a rate below target at_risk, not missed, while the period runs', () => {
    const evaluation = evaluateIndicatorStatus({ ...onTimeTarget, actual: 97, elapsedShare: 0.5 });
    expect(evaluation.status).toBe('at_risk');
    expect(evaluation.rule.projected).toBeUndefined();
    expect(evaluation.rule.explanationVi).toBe(
      'Có nguy cơ không đạt: hiện 97 % so với chỉ tiêu tối thiểu 98,5 % (kỳ đã qua 50 %).',
    );
  });

  it('projects a running total linearly: 6 000 after half the year projects 12 000, at_risk against > 12 500', () => {
    const evaluation = evaluateIndicatorStatus({
      ...revenueTarget,
      actual: 6_000,
      elapsedShare: 0.5,
      projection: 'linear',
    });
    expect(evaluation.status).toBe('at_risk');
    expect(evaluation.rule.projected).toBe(12_000);
    expect(evaluation.rule.explanationVi).toBe(
      'Có nguy cơ không đạt: ước cả kỳ 12.000 tỷ đồng (6.000 tỷ đồng sau 50 % thời gian) so với chỉ tiêu trên 12.500 tỷ đồng.',
    );
  });

  it('counts a running total on track when its projection passes the target', () => {
    const evaluation = evaluateIndicatorStatus({
      ...revenueTarget,
      actual: 9_500,
      elapsedShare: 0.75,
      projection: 'linear',
    });
    expect(evaluation.status).toBe('met');
    expect(evaluation.rule.projected).toBe(12_666.67);
  });

  it('misses a running total under a ceiling as soon as it passes it, before the period ends', () => {
    const evaluation = evaluateIndicatorStatus({
      comparator: '<=',
      threshold: 50,
      actual: 51,
      elapsedShare: 0.4,
      projection: 'linear',
    });
    expect(evaluation.status).toBe('missed');
  });

  it('treats an "= 100 %" running share as on track when its projection reaches 100', () => {
    const target = { comparator: '=', threshold: 100, projection: 'linear' } as const;
    expect(evaluateIndicatorStatus({ ...target, actual: 60, elapsedShare: 0.5 }).status).toBe(
      'met',
    );
    expect(evaluateIndicatorStatus({ ...target, actual: 40, elapsedShare: 0.5 }).status).toBe(
      'at_risk',
    );
  });

  it('judges "= 100 %" on the actual figure once the period is over, projection or not', () => {
    const target = { comparator: '=', threshold: 100, projection: 'linear' } as const;
    expect(evaluateIndicatorStatus({ ...target, actual: 99.99, elapsedShare: 1 }).status).toBe(
      'missed',
    );
  });

  it('refuses an elapsed share outside 0–1', () => {
    expect(() =>
      evaluateIndicatorStatus({ ...onTimeTarget, actual: 99, elapsedShare: 1.2 }),
    ).toThrow(RangeError);
  });
});
