import { describe, expect, it } from 'vitest';
import { formatInstantVn, toVnInstant } from './vn-time';
import { buildWorkingCalendar } from './working-calendar';
import { addWorkingDays, findNextWorkingDay, findWorkingDayOnOrAfter } from './working-days';
import { addWorkingTime, isWorkingTime, measureWorkingTime } from './working-time';

const calendar = buildWorkingCalendar();
const at = (date: string, time: string) => toVnInstant(date, time);
const show = (instant: Date) => formatInstantVn(instant);

describe('working time', () => {
  it('opens at 07:30, breaks at 11:30, reopens at 13:30 and closes at 17:00', () => {
    expect(isWorkingTime(calendar, at('2021-03-05', '07:29'))).toBe(false);
    expect(isWorkingTime(calendar, at('2021-03-05', '07:30'))).toBe(true);
    expect(isWorkingTime(calendar, at('2021-03-05', '11:29'))).toBe(true);
    expect(isWorkingTime(calendar, at('2021-03-05', '11:30'))).toBe(false);
    expect(isWorkingTime(calendar, at('2021-03-05', '13:30'))).toBe(true);
    expect(isWorkingTime(calendar, at('2021-03-05', '16:59'))).toBe(true);
    expect(isWorkingTime(calendar, at('2021-03-05', '17:00'))).toBe(false);
  });

  it('is never working time on a Saturday or on Tết', () => {
    expect(isWorkingTime(calendar, at('2021-03-06', '09:00'))).toBe(false);
    expect(isWorkingTime(calendar, at('2021-02-11', '09:00'))).toBe(false);
    expect(isWorkingTime(calendar, at('2024-05-04', '09:00'))).toBe(true);
  });

  it('reads instants in UTC+7: 02:00 UTC is 09:00 in Việt Nam', () => {
    expect(isWorkingTime(calendar, new Date('2021-03-05T02:00:00Z'))).toBe(true);
    expect(isWorkingTime(calendar, new Date('2021-03-05T11:00:00Z'))).toBe(false);
  });
});

describe('adding working time', () => {
  it('ends 4 hours from 07:30 at 11:30 the same day, not 13:30', () => {
    expect(show(addWorkingTime(calendar, at('2021-03-05', '07:30'), { hours: 4 }))).toBe(
      '2021-03-05T11:30:00+07:00',
    );
  });

  it('skips the midday break: 4 hours from 10:00 end at 16:00', () => {
    expect(show(addWorkingTime(calendar, at('2021-03-05', '10:00'), { hours: 4 }))).toBe(
      '2021-03-05T16:00:00+07:00',
    );
  });

  it('adds a day from Friday 10:00 to Monday 10:00', () => {
    expect(show(addWorkingTime(calendar, at('2021-03-05', '10:00'), { days: 1 }))).toBe(
      '2021-03-08T10:00:00+07:00',
    );
  });

  it('counts a half day as half of a 7½-hour day: 3 h 45 from 07:30 ends at 11:15', () => {
    expect(show(addWorkingTime(calendar, at('2021-03-05', '07:30'), { halfDays: 1 }))).toBe(
      '2021-03-05T11:15:00+07:00',
    );
  });

  it('starts from the next opening when started on a Saturday', () => {
    expect(show(addWorkingTime(calendar, at('2021-03-06', '09:00'), { hours: 2 }))).toBe(
      '2021-03-08T09:30:00+07:00',
    );
  });

  it('jumps over Tết 2021: a day from Tue 9/02 10:00 ends Wed 17/02 10:00', () => {
    expect(show(addWorkingTime(calendar, at('2021-02-09', '10:00'), { days: 1 }))).toBe(
      '2021-02-17T10:00:00+07:00',
    );
  });

  it('goes back in time with a negative amount: a day before Monday 10:00 is Friday 10:00', () => {
    expect(show(addWorkingTime(calendar, at('2021-03-08', '10:00'), { days: -1 }))).toBe(
      '2021-03-05T10:00:00+07:00',
    );
    expect(show(addWorkingTime(calendar, at('2021-03-08', '07:30'), { minutes: -30 }))).toBe(
      '2021-03-05T16:30:00+07:00',
    );
  });

  it('returns the start itself for a zero amount, even outside working hours', () => {
    const start = at('2021-03-06', '09:00');
    expect(addWorkingTime(calendar, start, { hours: 0 }).getTime()).toBe(start.getTime());
  });

  it('refuses an amount that is not a finite number', () => {
    expect(() =>
      addWorkingTime(calendar, at('2021-03-05', '09:00'), { hours: Number.NaN }),
    ).toThrow(RangeError);
  });
});

describe('measuring working time (minutes)', () => {
  it('measures a whole working day as 450 minutes', () => {
    expect(measureWorkingTime(calendar, at('2021-03-05', '07:00'), at('2021-03-05', '18:00'))).toBe(
      450,
    );
  });

  it('measures nothing from Friday closing to Monday opening', () => {
    expect(measureWorkingTime(calendar, at('2021-03-05', '17:00'), at('2021-03-08', '07:30'))).toBe(
      0,
    );
  });

  it('measures backwards as negative', () => {
    expect(measureWorkingTime(calendar, at('2021-03-05', '11:00'), at('2021-03-05', '10:00'))).toBe(
      -60,
    );
  });

  it('counts one working day from Tue 9/02/2021 to Wed 17/02/2021 across Tết', () => {
    expect(measureWorkingTime(calendar, at('2021-02-09', '10:00'), at('2021-02-17', '10:00'))).toBe(
      450,
    );
  });

  it('counts 2, 3 and the swapped Saturday 4/5/2024, not 29/4 to 1/5, from 26/4 to 6/5', () => {
    expect(measureWorkingTime(calendar, at('2024-04-26', '17:00'), at('2024-05-06', '07:30'))).toBe(
      3 * 450,
    );
  });
});

describe('working days as dates', () => {
  it('finds Tuesday 4/5/2021 after Friday 30/4 (1/5 on Saturday, nghỉ bù Monday 3/5)', () => {
    expect(findNextWorkingDay(calendar, '2021-04-29')).toBe('2021-05-04');
  });

  it('crosses the end of the year: one working day after 31/12/2021 is Tuesday 4/1/2022', () => {
    expect(addWorkingDays(calendar, '2021-12-31', 1)).toBe('2022-01-04');
    expect(addWorkingDays(calendar, '2022-01-04', -1)).toBe('2021-12-31');
  });

  it('keeps a working day and moves a day off to the next working day', () => {
    expect(findWorkingDayOnOrAfter(calendar, '2021-02-09')).toBe('2021-02-09');
    expect(findWorkingDayOnOrAfter(calendar, '2021-02-10')).toBe('2021-02-17');
    expect(addWorkingDays(calendar, '2021-02-10', 0)).toBe('2021-02-10');
  });

  it('refuses a fractional number of days', () => {
    expect(() => addWorkingDays(calendar, '2021-03-05', 1.5)).toThrow(RangeError);
  });
});
