import { describe, expect, it } from 'vitest';
import { type ReportFormDefinition, rollUpFigures, validateFigureValues } from './report-form';

const form: ReportFormDefinition = {
  figures: [
    { code: 'RECEIVED', label: 'Tiếp nhận', unitOfMeasure: 'hồ sơ', type: 'integer' },
    { code: 'ON_TIME', label: 'Đúng hạn', unitOfMeasure: 'hồ sơ', type: 'integer' },
    { code: 'LATE', label: 'Quá hạn', unitOfMeasure: 'hồ sơ', type: 'integer' },
    { code: 'SHARE', label: 'Tỷ lệ', unitOfMeasure: '%', type: 'percent' },
    { code: 'DONE', label: 'Có', unitOfMeasure: '1/0', type: 'integer', max: 1 },
    {
      code: 'RATE',
      label: 'Tỷ lệ đúng hạn',
      unitOfMeasure: '%',
      type: 'percent',
      ratioOf: { numerator: ['ON_TIME'], denominator: ['ON_TIME', 'LATE'] },
    },
  ],
  sections: [],
  rules: [{ left: ['ON_TIME', 'LATE'], right: ['RECEIVED'] }],
};

describe('validateFigureValues', () => {
  it('accepts on time equal to received', () => {
    expect(validateFigureValues(form, { RECEIVED: 10, ON_TIME: 10, LATE: 0 })).toEqual([]);
  });

  it('refuses on time one above received, on the last figure of the rule', () => {
    expect(validateFigureValues(form, { RECEIVED: 10, ON_TIME: 11, LATE: 0 })).toEqual([
      { field: 'LATE', code: 'figure_exceeds', limit: { codes: ['RECEIVED'], total: 10 } },
    ]);
  });

  it('judges a rule only when all its figures have values', () => {
    expect(validateFigureValues(form, { RECEIVED: 1, ON_TIME: 5 })).toEqual([]);
  });

  it('accepts 0 and 100 % and refuses 100.01 %, negatives, fractions of counts and values above max', () => {
    expect(validateFigureValues(form, { SHARE: 0 })).toEqual([]);
    expect(validateFigureValues(form, { SHARE: 100 })).toEqual([]);
    expect(validateFigureValues(form, { SHARE: 100.01, RECEIVED: -1, LATE: 1.5, DONE: 2 })).toEqual(
      [
        { field: 'SHARE', code: 'figure_percent_out_of_range' },
        { field: 'RECEIVED', code: 'figure_negative' },
        { field: 'LATE', code: 'figure_not_integer' },
        { field: 'DONE', code: 'figure_above_max', limit: { max: 1 } },
      ],
    );
  });

  it('refuses values for computed rates and unknown figures, and lists empty ones on sending', () => {
    expect(validateFigureValues(form, { RATE: 50, OTHER: 1 }).map((p) => p.code)).toEqual([
      'figure_computed',
      'figure_unknown',
    ]);
    const missing = validateFigureValues(form, {}, { requireAll: true }).map((p) => p.field);
    expect(missing).toEqual(['RECEIVED', 'ON_TIME', 'LATE', 'SHARE', 'DONE']);
  });
});

describe('rollUpFigures', () => {
  it('sums counts and recomputes a rate from the summed parts, not the mean of rates', () => {
    const rolled = rollUpFigures(form.figures, [
      { RECEIVED: 100, ON_TIME: 99, LATE: 1, SHARE: 80 },
      { RECEIVED: 2, ON_TIME: 1, LATE: 1, SHARE: 90 },
    ]);
    const value = (code: string) => rolled.find((f) => f.code === code)?.value;
    expect(value('RECEIVED')).toBe(102);
    // 100 of 102, not (99 % + 50 %) / 2.
    expect(value('RATE')).toBe(98.04);
    expect(value('SHARE')).toBe(85);
  });

  it('gives null, not 0, when no report has the figure', () => {
    expect(rollUpFigures(form.figures, [{}])[0]).toEqual({
      code: 'RECEIVED',
      value: null,
      unitsWithData: 0,
    });
  });
});
