import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from '../calendar/working-calendar';
import {
  classifyReportTimeliness,
  computeDefaultReportSchedule,
  isReportLocked,
} from './report-deadline';

const calendar = buildWorkingCalendar();

describe('computeDefaultReportSchedule (NĐ 09/2019 windows, 2 working days to send)', () => {
  it('takes Q1 2021 from 15/12/2020 to 14/03/2021 and moves the due date past the weekend', () => {
    expect(
      computeDefaultReportSchedule(
        { kind: 'quarter', year: 2021, quarter: 1 },
        { cutOffDay: 14, dueWorkingDays: 2 },
        calendar,
      ),
    ).toEqual({ window: { start: '2020-12-15', end: '2021-03-14' }, dueOn: '2021-03-16' });
  });

  it('uses calendar months when the form sets no cut-off', () => {
    expect(
      computeDefaultReportSchedule(
        { kind: 'year', year: 2021 },
        { cutOffDay: null, dueWorkingDays: 0 },
        calendar,
      ).window,
    ).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
});

describe('classifyReportTimeliness', () => {
  it('counts a report first sent on its due date as on time, the day after as late', () => {
    const dueOn = '2021-03-16';
    expect(classifyReportTimeliness({ firstSubmittedOn: dueOn, dueOn, today: '2021-04-01' })).toBe(
      'on_time',
    );
    expect(
      classifyReportTimeliness({ firstSubmittedOn: '2021-03-17', dueOn, today: '2021-04-01' }),
    ).toBe('late');
  });

  it('is pending until the due date and overdue after it when nothing was sent', () => {
    const dueOn = '2021-03-16';
    expect(classifyReportTimeliness({ firstSubmittedOn: null, dueOn, today: dueOn })).toBe(
      'pending',
    );
    expect(classifyReportTimeliness({ firstSubmittedOn: null, dueOn, today: '2021-03-17' })).toBe(
      'overdue',
    );
  });
});

describe('isReportLocked', () => {
  it('locks the day after the due date unless an exception runs until today', () => {
    const dueOn = '2021-03-16';
    expect(isReportLocked({ dueOn, today: dueOn, exceptionUntil: null })).toBe(false);
    expect(isReportLocked({ dueOn, today: '2021-03-17', exceptionUntil: null })).toBe(true);
    expect(isReportLocked({ dueOn, today: '2021-03-20', exceptionUntil: '2021-03-20' })).toBe(
      false,
    );
    expect(isReportLocked({ dueOn, today: '2021-03-21', exceptionUntil: '2021-03-20' })).toBe(true);
  });
});
