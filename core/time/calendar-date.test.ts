import { describe, expect, it } from 'vitest';
import { addDaysToDate, toVietnamDate } from './calendar-date';

describe('calendar dates', () => {
  it('steps back across a month end: a unit merged from 01/07/2025 closes on 30/06/2025', () => {
    expect(addDaysToDate('2025-07-01', -1)).toBe('2025-06-30');
  });

  it('knows 2024 has a 29 February', () => {
    expect(addDaysToDate('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('dates an instant at 17:00 UTC as the next day in Việt Nam', () => {
    expect(toVietnamDate(new Date('2021-03-31T17:00:00Z'))).toBe('2021-04-01');
    expect(toVietnamDate(new Date('2021-03-31T16:59:59Z'))).toBe('2021-03-31');
  });
});
