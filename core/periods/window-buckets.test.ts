import { describe, expect, it } from 'vitest';
import { findPreviousWindow, splitWindowIntoBuckets } from './window-buckets';

describe('splitWindowIntoBuckets', () => {
  it('clips the first and last month to the window', () => {
    expect(splitWindowIntoBuckets({ start: '2021-02-15', end: '2021-04-10' }, 'month')).toEqual([
      { period: '2021-02', start: '2021-02-15', end: '2021-02-28' },
      { period: '2021-03', start: '2021-03-01', end: '2021-03-31' },
      { period: '2021-04', start: '2021-04-01', end: '2021-04-10' },
    ]);
  });

  it('cuts quarters across a year end, leap February included', () => {
    expect(splitWindowIntoBuckets({ start: '2019-11-20', end: '2020-03-31' }, 'quarter')).toEqual([
      { period: '2019Q4', start: '2019-11-20', end: '2019-12-31' },
      { period: '2020Q1', start: '2020-01-01', end: '2020-03-31' },
    ]);
    expect(splitWindowIntoBuckets({ start: '2020-02-01', end: '2020-02-29' }, 'month')).toEqual([
      { period: '2020-02', start: '2020-02-01', end: '2020-02-29' },
    ]);
  });

  it('lists twelve months for a year and nothing for a reversed window', () => {
    expect(
      splitWindowIntoBuckets({ start: '2021-01-01', end: '2021-12-31' }, 'month'),
    ).toHaveLength(12);
    expect(splitWindowIntoBuckets({ start: '2021-03-02', end: '2021-03-01' }, 'month')).toEqual([]);
  });
});

describe('findPreviousWindow', () => {
  it('moves whole months by months: a quarter, a year, a month', () => {
    expect(findPreviousWindow({ start: '2021-04-01', end: '2021-06-30' })).toEqual({
      start: '2021-01-01',
      end: '2021-03-31',
    });
    expect(findPreviousWindow({ start: '2021-01-01', end: '2021-03-31' })).toEqual({
      start: '2020-10-01',
      end: '2020-12-31',
    });
    expect(findPreviousWindow({ start: '2021-01-01', end: '2021-12-31' })).toEqual({
      start: '2020-01-01',
      end: '2020-12-31',
    });
    expect(findPreviousWindow({ start: '2021-03-01', end: '2021-03-31' })).toEqual({
      start: '2021-02-01',
      end: '2021-02-28',
    });
  });

  it('moves other windows by their number of days', () => {
    expect(findPreviousWindow({ start: '2021-03-10', end: '2021-03-19' })).toEqual({
      start: '2021-02-28',
      end: '2021-03-09',
    });
  });
});
