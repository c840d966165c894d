import { describe, expect, it } from 'vitest';
import { formatInstantVn, parseTimeOfDay, toVnDate, toVnInstant } from './vn-time';

describe('Việt Nam time (UTC+7)', () => {
  it('formats a due instant with the +07:00 offset the API returns', () => {
    expect(formatInstantVn(new Date('2021-03-05T10:00:00Z'))).toBe('2021-03-05T17:00:00+07:00');
  });

  it('puts 17:30 UTC on the next calendar day in Việt Nam', () => {
    const instant = new Date('2021-03-04T17:30:00Z');
    expect(toVnDate(instant)).toBe('2021-03-05');
    expect(formatInstantVn(instant)).toBe('2021-03-05T00:30:00+07:00');
  });

  it('builds the instant clocks in Việt Nam show, whatever the runtime time zone', () => {
    expect(toVnInstant('2021-03-05', '17:00').toISOString()).toBe('2021-03-05T10:00:00.000Z');
    expect(toVnInstant('2021-01-01', '00:00').toISOString()).toBe('2020-12-31T17:00:00.000Z');
  });

  it('shows milliseconds only when there are some', () => {
    expect(formatInstantVn(new Date('2021-03-05T10:00:00.250Z'))).toBe(
      '2021-03-05T17:00:00.250+07:00',
    );
  });

  it('reads HH:MM and HH:MM:SS and rejects 25:00, 7:30 and 10:60', () => {
    expect(parseTimeOfDay('07:30')).toBe(27_000_000);
    expect(parseTimeOfDay('15:00:30')).toBe(54_030_000);
    expect(parseTimeOfDay('24:00')).toBe(86_400_000);
    for (const time of ['25:00', '7:30', '10:60', '24:01']) {
      expect(() => parseTimeOfDay(time)).toThrow(RangeError);
    }
  });

  it('refuses an invalid Date', () => {
    expect(() => formatInstantVn(new Date('not a date'))).toThrow(RangeError);
  });
});
