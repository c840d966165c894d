import { describe, expect, it } from 'vitest';
import {
  formatCalendarDateVi,
  formatInstantDateTimeVi,
  formatInstantDateVi,
  formatNumberVi,
  formatPercentVi,
  formatVndVi,
} from './format-vi';

describe('Vietnamese formats', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumberVi(12500.5)).toBe('12.500,5');
  });

  it('writes money in đồng with a dot between thousands', () => {
    expect(formatVndVi(12500)).toBe('12.500 đồng');
    expect(formatVndVi(0)).toBe('0 đồng');
  });

  it('writes a percentage with a comma and a spaced sign', () => {
    expect(formatPercentVi(98.5)).toBe('98,5 %');
  });

  it('shows an instant late on 31/12 UTC as the next day in Việt Nam (UTC+7)', () => {
    expect(formatInstantDateVi('2021-12-31T17:30:00Z')).toBe('01/01/2022');
  });

  it('shows a time in 24-hour form before the date', () => {
    expect(formatInstantDateTimeVi('2021-03-01T08:05:00Z')).toBe('15:05 01/03/2021');
  });

  it('formats a calendar date without shifting it', () => {
    expect(formatCalendarDateVi('2021-02-01')).toBe('01/02/2021');
  });
});
