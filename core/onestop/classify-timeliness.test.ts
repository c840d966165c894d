import { describe, expect, it } from 'vitest';
import { classifyTimeliness } from './classify-timeliness';

// Appointment: 17:00 on Friday 19 March 2021 in Việt Nam = 10:00 UTC.
const dueAt = '2021-03-19T10:00:00Z';

// Mẫu 05 (TT 01/2018) early / on time / late; QĐ 766 rules in vn-regulations.md §2.
describe('classifyTimeliness', () => {
  it('calls a dossier finished the day before the appointment early', () => {
    expect(
      classifyTimeliness({ dueAt, finishedAt: '2021-03-18T09:00:00Z', supplementRequests: 0 }),
    ).toBe('early');
  });

  it('calls a dossier finished at 08:00 on the appointment day on time, not early', () => {
    expect(
      classifyTimeliness({ dueAt, finishedAt: '2021-03-19T01:00:00Z', supplementRequests: 0 }),
    ).toBe('on_time');
  });

  it('calls a dossier finished at the appointment instant itself on time', () => {
    expect(classifyTimeliness({ dueAt, finishedAt: dueAt, supplementRequests: 1 })).toBe('on_time');
  });

  it('calls a dossier finished one minute after the appointment late', () => {
    expect(
      classifyTimeliness({ dueAt, finishedAt: '2021-03-19T10:01:00Z', supplementRequests: 0 }),
    ).toBe('late');
  });

  it('judges "early" by the day in Việt Nam: 23:30 UTC on the 18th is already the 19th', () => {
    expect(
      classifyTimeliness({ dueAt, finishedAt: '2021-03-18T23:30:00Z', supplementRequests: 0 }),
    ).toBe('on_time');
  });

  it('counts a second supplement request as late even when finished early', () => {
    expect(
      classifyTimeliness({ dueAt, finishedAt: '2021-03-15T03:00:00Z', supplementRequests: 2 }),
    ).toBe('late');
  });

  it('keeps one supplement request on time', () => {
    expect(
      classifyTimeliness({ dueAt, finishedAt: '2021-03-15T03:00:00Z', supplementRequests: 1 }),
    ).toBe('early');
  });

  it('leaves an open dossier pending, or pending at an as-of instant before the appointment', () => {
    expect(classifyTimeliness({ dueAt, finishedAt: null, supplementRequests: 0 })).toBe('pending');
    expect(
      classifyTimeliness({ dueAt, finishedAt: null, supplementRequests: 0, asOf: dueAt }),
    ).toBe('pending');
  });

  it('calls a dossier still open at the end of the period and past its appointment late', () => {
    expect(
      classifyTimeliness({
        dueAt,
        finishedAt: null,
        supplementRequests: 0,
        asOf: '2021-03-31T16:59:59Z',
      }),
    ).toBe('late');
  });

  it('accepts Date objects as well as ISO strings', () => {
    expect(
      classifyTimeliness({
        dueAt: new Date(dueAt),
        finishedAt: new Date('2021-03-20T01:00:00Z'),
        supplementRequests: 0,
      }),
    ).toBe('late');
  });

  it('refuses an unreadable instant and a negative count', () => {
    expect(() =>
      classifyTimeliness({ dueAt: 'soon', finishedAt: null, supplementRequests: 0 }),
    ).toThrow(RangeError);
    expect(() => classifyTimeliness({ dueAt, finishedAt: null, supplementRequests: -1 })).toThrow(
      RangeError,
    );
  });
});
