import { describe, expect, it } from 'vitest';
import { computeDueAt, findCountingStart, type TimeLimit } from './compute-due-at';
import { formatInstantVn, toVnInstant } from './vn-time';
import { buildWorkingCalendar } from './working-calendar';

const calendar = buildWorkingCalendar();

function dueFor(date: string, time: string, limit: TimeLimit, onCalendar = calendar): string {
  const receivedAt = toVnInstant(date, time);
  return formatInstantVn(computeDueAt({ receivedAt, limit, calendar: onCalendar }));
}

const days = (amount: number): TimeLimit => ({ amount, unit: 'working_days' });

describe('due dates in working days (BLDS 2015 Art. 147–148)', () => {
  it('makes a Tuesday receipt with 3 working days due at the close of Friday', () => {
    expect(dueFor('2021-03-02', '09:00', days(3))).toBe('2021-03-05T17:00:00+07:00');
  });

  it('counts a dossier received at 15:01 from the next working day', () => {
    expect(dueFor('2021-03-02', '15:01', days(3))).toBe('2021-03-08T17:00:00+07:00');
  });

  it('keeps a dossier received at 15:00 (and 15:00:59, as the slip shows 15:00) on its day', () => {
    expect(dueFor('2021-03-02', '15:00', days(3))).toBe('2021-03-05T17:00:00+07:00');
    expect(dueFor('2021-03-02', '15:00:59', days(3))).toBe('2021-03-05T17:00:00+07:00');
  });

  it('counts a night-time online submission from the next working day', () => {
    expect(dueFor('2021-03-02', '22:00', days(3))).toBe('2021-03-08T17:00:00+07:00');
  });

  it('counts a receipt before opening or over the midday break from the same day', () => {
    expect(dueFor('2021-03-02', '06:00', days(3))).toBe('2021-03-05T17:00:00+07:00');
    expect(dueFor('2021-03-02', '12:15', days(3))).toBe('2021-03-05T17:00:00+07:00');
  });

  it('counts a Saturday receipt from Monday: 3 working days are due Thursday', () => {
    expect(dueFor('2021-03-06', '10:00', days(3))).toBe('2021-03-11T17:00:00+07:00');
  });

  it('jumps over Tết 2021: 3 working days from Friday 5/02 are due Wednesday 17/02', () => {
    expect(dueFor('2021-02-05', '09:00', days(3))).toBe('2021-02-17T17:00:00+07:00');
  });

  it('crosses the end of the year and the 2022 nghỉ bù of 1/1 (Monday 3/1)', () => {
    expect(dueFor('2021-12-30', '10:00', days(3))).toBe('2022-01-05T17:00:00+07:00');
  });

  it('counts a receipt on the swapped Saturday 04/5/2024 as received that day', () => {
    expect(dueFor('2024-05-04', '09:00', days(1))).toBe('2024-05-06T17:00:00+07:00');
  });

  it('skips the swapped Monday 29/4/2024 and the two holidays after it', () => {
    expect(dueFor('2024-04-26', '10:00', days(1))).toBe('2024-05-02T17:00:00+07:00');
  });

  it('makes a same-day procedure due at 17:00, or the next working day after 15:00', () => {
    expect(dueFor('2021-03-05', '14:00', days(0))).toBe('2021-03-05T17:00:00+07:00');
    expect(dueFor('2021-03-05', '15:30', days(0))).toBe('2021-03-08T17:00:00+07:00');
  });
});

describe('due dates in calendar days', () => {
  it('moves a due date that lands on Tết to the first working day after it', () => {
    // 10 days after Monday 1/02/2021 is Thursday 11/02, lunar New Year's Eve.
    expect(dueFor('2021-02-01', '09:00', { amount: 10, unit: 'calendar_days' })).toBe(
      '2021-02-17T17:00:00+07:00',
    );
  });

  it('counts weekends inside the period: 10 days from Tuesday 2/03/2021 end Friday 12/03', () => {
    expect(dueFor('2021-03-02', '09:00', { amount: 10, unit: 'calendar_days' })).toBe(
      '2021-03-12T17:00:00+07:00',
    );
  });

  it('moves a due date that lands on Sunday to Monday', () => {
    expect(dueFor('2021-03-02', '09:00', { amount: 12, unit: 'calendar_days' })).toBe(
      '2021-03-15T17:00:00+07:00',
    );
  });
});

describe('due dates in half days', () => {
  const halfDays = (amount: number): TimeLimit => ({ amount, unit: 'half_days' });

  it('makes half a day from a morning receipt due at the close of the afternoon', () => {
    expect(dueFor('2021-03-02', '09:00', halfDays(1))).toBe('2021-03-02T17:00:00+07:00');
  });

  it('makes half a day from an afternoon receipt due at 11:30 the next working day', () => {
    expect(dueFor('2021-03-05', '14:00', halfDays(1))).toBe('2021-03-08T11:30:00+07:00');
  });

  it('counts a 15:30 receipt from the next morning, so half a day ends that afternoon', () => {
    expect(dueFor('2021-03-02', '15:30', halfDays(1))).toBe('2021-03-03T17:00:00+07:00');
  });

  it('makes three half days from a Tuesday morning due Wednesday 17:00', () => {
    expect(dueFor('2021-03-02', '08:00', halfDays(3))).toBe('2021-03-03T17:00:00+07:00');
  });
});

describe('due dates in working hours', () => {
  it('adds 8 working hours to a 09:00 receipt: due 09:30 the next day', () => {
    expect(dueFor('2021-03-02', '09:00', { amount: 8, unit: 'hours' })).toBe(
      '2021-03-03T09:30:00+07:00',
    );
  });

  it('starts the hours of a 16:00 receipt at the next opening', () => {
    expect(dueFor('2021-03-02', '16:00', { amount: 4, unit: 'hours' })).toBe(
      '2021-03-03T11:30:00+07:00',
    );
  });
});

describe('the reception cut-off setting', () => {
  it('counts a 16:00 receipt from its own day when there is no cut-off', () => {
    const noCutOff = buildWorkingCalendar({ settings: { receptionCutOff: null } });
    expect(dueFor('2021-03-02', '16:00', days(3), noCutOff)).toBe('2021-03-05T17:00:00+07:00');
    expect(dueFor('2021-03-02', '17:30', days(3), noCutOff)).toBe('2021-03-08T17:00:00+07:00');
  });

  it('moves the cut-off to 16:00 when the province says so', () => {
    const late = buildWorkingCalendar({ settings: { receptionCutOff: '16:00' } });
    expect(dueFor('2021-03-02', '15:30', days(3), late)).toBe('2021-03-05T17:00:00+07:00');
    expect(dueFor('2021-03-02', '16:01', days(3), late)).toBe('2021-03-08T17:00:00+07:00');
  });
});

describe('the counting start', () => {
  it('is the receipt itself inside working hours before the cut-off', () => {
    const receivedAt = toVnInstant('2021-03-02', '14:20');
    expect(findCountingStart(calendar, receivedAt).getTime()).toBe(receivedAt.getTime());
  });

  it('is the next opening after the cut-off, across a weekend', () => {
    const start = findCountingStart(calendar, toVnInstant('2021-03-05', '15:01'));
    expect(formatInstantVn(start)).toBe('2021-03-08T07:30:00+07:00');
  });
});

describe('invalid limits', () => {
  it.each([
    [{ amount: -1, unit: 'working_days' }],
    [{ amount: 1.5, unit: 'working_days' }],
    [{ amount: 2.5, unit: 'half_days' }],
    [{ amount: Number.POSITIVE_INFINITY, unit: 'hours' }],
    [{ amount: 3, unit: 'weeks' }],
  ] as [TimeLimit][])('refuses %o', (limit) => {
    expect(() =>
      computeDueAt({ receivedAt: toVnInstant('2021-03-02', '09:00'), limit, calendar }),
    ).toThrow(RangeError);
  });

  it('accepts fractional hours: 1.5 hours from 10:00 end at 11:30', () => {
    expect(dueFor('2021-03-02', '10:00', { amount: 1.5, unit: 'hours' })).toBe(
      '2021-03-02T11:30:00+07:00',
    );
  });
});
