import { describe, expect, it } from 'vitest';
import {
  describeTimeLimit,
  findPublicationGaps,
  isValidTimeLimit,
  stepSharesAddUp,
} from './procedure-rules';

describe('step shares of a procedure’s internal process', () => {
  it('accepts shares that add up to exactly 100 % in hundredths (33,33 + 33,33 + 33,34)', () => {
    expect(stepSharesAddUp([33.33, 33.33, 33.34])).toBe(true);
  });

  it('accepts the 22-day land registration split 1 + 17 + 3 + 1 days as 4,55 + 77,27 + 13,64 + 4,54', () => {
    expect(stepSharesAddUp([4.55, 77.27, 13.64, 4.54])).toBe(true);
  });

  it('refuses shares that add up to 99,99 % or 100,01 %', () => {
    expect(stepSharesAddUp([50, 49.99])).toBe(false);
    expect(stepSharesAddUp([50, 50.01])).toBe(false);
  });

  it('refuses a zero share and a share with three decimals', () => {
    expect(stepSharesAddUp([0, 100])).toBe(false);
    expect(stepSharesAddUp([33.333, 66.667])).toBe(false);
  });

  it('accepts no steps at all while the internal process is not yet known', () => {
    expect(stepSharesAddUp([])).toBe(true);
  });
});

describe('time limits of a procedure', () => {
  it('accepts a same-day procedure as 0 working days and shows it as "Trong ngày"', () => {
    expect(isValidTimeLimit({ amount: 0, unit: 'working_days' })).toBe(true);
    expect(describeTimeLimit({ amount: 0, unit: 'working_days' })).toBe('Trong ngày');
  });

  it('refuses half a working day written as 0,5 days: half days are counted in sessions', () => {
    expect(isValidTimeLimit({ amount: 0.5, unit: 'working_days' })).toBe(false);
    expect(isValidTimeLimit({ amount: 1, unit: 'half_days' })).toBe(true);
  });

  it('accepts hours with two decimals and refuses a negative limit', () => {
    expect(isValidTimeLimit({ amount: 1.25, unit: 'hours' })).toBe(true);
    expect(isValidTimeLimit({ amount: -1, unit: 'calendar_days' })).toBe(false);
  });

  it('writes the unit in Vietnamese with a decimal comma', () => {
    expect(describeTimeLimit({ amount: 3, unit: 'working_days' })).toBe('3 ngày làm việc');
    expect(describeTimeLimit({ amount: 1.5, unit: 'hours' })).toBe('1,5 giờ làm việc');
  });
});

describe('publication of a procedure (NĐ 63/2010 Art. 8)', () => {
  it('lists a missing time limit and a missing dossier list', () => {
    expect(findPublicationGaps({ timeLimit: null, documentCount: 0, leadAgencyCount: 1 })).toEqual([
      'time_limit',
      'documents',
    ]);
  });

  it('finds nothing missing in a complete procedure', () => {
    expect(
      findPublicationGaps({
        timeLimit: { amount: 3, unit: 'working_days' },
        documentCount: 2,
        leadAgencyCount: 1,
      }),
    ).toEqual([]);
  });
});
