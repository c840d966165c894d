import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../calendar/calendar-date';
import { splitDayWindow } from './split-day-window';

describe('splitDayWindow', () => {
  it('keeps a whole year as twelve months', () => {
    expect(splitDayWindow('2021-01-01', '2021-12-31')).toEqual({
      months: { first: '2021-01-01', last: '2021-12-01' },
      days: [],
    });
  });

  it('cuts the edge days of partial months', () => {
    expect(splitDayWindow('2021-01-15', '2021-03-10')).toEqual({
      months: { first: '2021-02-01', last: '2021-02-01' },
      days: [
        { from: '2021-01-15', to: '2021-01-31' },
        { from: '2021-03-01', to: '2021-03-10' },
      ],
    });
    // February of a leap year ends on the 29th; December rolls over into the next year.
    expect(splitDayWindow('2020-02-29', '2021-01-31')).toEqual({
      months: { first: '2020-03-01', last: '2021-01-01' },
      days: [{ from: '2020-02-29', to: '2020-02-29' }],
    });
    expect(splitDayWindow('2020-12-02', '2021-02-28')).toEqual({
      months: { first: '2021-01-01', last: '2021-02-01' },
      days: [{ from: '2020-12-02', to: '2020-12-31' }],
    });
  });

  it('keeps days only when no whole month fits', () => {
    expect(splitDayWindow('2021-03-02', '2021-03-31')).toEqual({
      months: null,
      days: [{ from: '2021-03-02', to: '2021-03-31' }],
    });
    expect(splitDayWindow('2021-03-15', '2021-04-14')).toEqual({
      months: null,
      days: [{ from: '2021-03-15', to: '2021-04-14' }],
    });
    expect(splitDayWindow('2021-03-05', '2021-03-05').days).toEqual([
      { from: '2021-03-05', to: '2021-03-05' },
    ]);
    expect(splitDayWindow('2021-03-06', '2021-03-05')).toEqual({ months: null, days: [] });
  });

  it('covers every day of the window exactly once (all windows of 2020–2021 up to 70 days)', () => {
    const first = toDayNumber('2020-01-01');
    for (let start = first; start < first + 731; start += 3) {
      for (const length of [1, 27, 28, 29, 30, 31, 32, 59, 61, 70]) {
        const end = start + length - 1;
        const split = splitDayWindow(toIsoDate(start), toIsoDate(end));
        const covered: number[] = [];
        for (const range of split.days)
          for (let d = toDayNumber(range.from); d <= toDayNumber(range.to); d += 1) covered.push(d);
        if (split.months) {
          for (let d = toDayNumber(split.months.first); ; d += 1) {
            const iso = toIsoDate(d);
            if (iso.slice(0, 7) > split.months.last.slice(0, 7)) break;
            covered.push(d);
          }
          expect(split.months.first.endsWith('-01')).toBe(true);
          expect(split.months.last.endsWith('-01')).toBe(true);
        }
        covered.sort((a, b) => a - b);
        expect(covered).toEqual(Array.from({ length }, (_, i) => start + i));
      }
    }
  });
});
