import { describe, expect, it } from 'vitest';
import {
  findPeriodMonths,
  formatPeriodCode,
  formatPeriodLabelVi,
  isPeriodCode,
  parsePeriodCode,
  validatePeriodCode,
} from './period-code';

// Codes from GLOSSARY.md; report frequencies "hàng quý, 6 tháng, năm" from KH 513/KH-UBND VI.1.
describe('parsePeriodCode', () => {
  it('reads quarters, the first half and the year', () => {
    expect(parsePeriodCode('2021Q1')).toEqual({ kind: 'quarter', year: 2021, quarter: 1 });
    expect(parsePeriodCode('2021Q4')).toEqual({ kind: 'quarter', year: 2021, quarter: 4 });
    expect(parsePeriodCode('2021S1')).toEqual({ kind: 'half_year', year: 2021, half: 1 });
    expect(parsePeriodCode('2021')).toEqual({ kind: 'year', year: 2021 });
  });

  it('rejects a fifth quarter, a zeroth quarter and lower-case letters', () => {
    expect(parsePeriodCode('2021Q5')).toBeNull();
    expect(parsePeriodCode('2021Q0')).toBeNull();
    expect(parsePeriodCode('2021q1')).toBeNull();
    expect(validatePeriodCode('2021Q5')).toBe('malformed');
  });

  it('rejects 2021S2 as a period NĐ 09/2019 does not report on', () => {
    // vn-regulations.md §6 gives only a six-month window 15/12–14/06; the year report covers the rest.
    expect(parsePeriodCode('2021S2')).toBeNull();
    expect(validatePeriodCode('2021S2')).toBe('second_half_not_used');
  });

  it('rejects two-digit years, spaces and years before 2000', () => {
    expect(validatePeriodCode('21Q1')).toBe('malformed');
    expect(validatePeriodCode(' 2021Q1')).toBe('malformed');
    expect(validatePeriodCode('1999')).toBe('year_out_of_range');
    expect(isPeriodCode('2000')).toBe(true);
  });

  it('formats every parsed code back to the same text', () => {
    for (const code of ['2021Q1', '2021Q2', '2021Q3', '2021Q4', '2021S1', '2021']) {
      expect(formatPeriodCode(parsePeriodCode(code)!)).toBe(code);
    }
  });
});

describe('formatPeriodLabelVi', () => {
  it('writes quarters in Roman numerals, the half as "6 tháng đầu năm", the year as "Năm"', () => {
    expect(formatPeriodLabelVi(parsePeriodCode('2021Q1')!)).toBe('Quý I năm 2021');
    expect(formatPeriodLabelVi(parsePeriodCode('2021Q3')!)).toBe('Quý III năm 2021');
    expect(formatPeriodLabelVi(parsePeriodCode('2021Q4')!)).toBe('Quý IV năm 2021');
    expect(formatPeriodLabelVi(parsePeriodCode('2021S1')!)).toBe('6 tháng đầu năm 2021');
    expect(formatPeriodLabelVi(parsePeriodCode('2021')!)).toBe('Năm 2021');
  });
});

describe('findPeriodMonths', () => {
  it('gives Q3 July to September and the half year January to June', () => {
    expect(findPeriodMonths(parsePeriodCode('2021Q3')!)).toEqual({ firstMonth: 7, lastMonth: 9 });
    expect(findPeriodMonths(parsePeriodCode('2021S1')!)).toEqual({ firstMonth: 1, lastMonth: 6 });
  });
});
