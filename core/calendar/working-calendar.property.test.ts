import { describe, expect, it } from 'vitest';
import { computeDueAt, type TimeLimit, timeLimitUnits } from './compute-due-at';
import { toVnDate, toVnInstant } from './vn-time';
import { buildWorkingCalendar, isWorkingDay } from './working-calendar';
import {
  addWorkingTime,
  isWorkingTime,
  measureWorkingTime,
  type WorkingTimeAmount,
} from './working-time';

/**
 * Properties checked on a deterministic pseudo-random sample (mulberry32, fixed seeds), so a
 * failure reproduces; instants span 2020–2030, official, expected and projected years alike.
 */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const calendar = buildWorkingCalendar();
const firstMs = toVnInstant('2020-01-01', '00:00').getTime();
const lastMs = toVnInstant('2030-12-31', '00:00').getTime();
const SAMPLES = 400;

function pickInstant(random: () => number): Date {
  // Whole minutes, as receipts are recorded, with a seconds part one time in four.
  const minute = Math.floor((random() * (lastMs - firstMs)) / 60_000);
  const seconds = random() < 0.25 ? Math.floor(random() * 60) : 0;
  return new Date(firstMs + minute * 60_000 + seconds * 1000);
}

function pickInt(random: () => number, max: number): number {
  return Math.floor(random() * (max + 1));
}

describe('working-time properties', () => {
  it('lands on a working day after adding n working days', () => {
    const random = createRandom(1);
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const start = pickInstant(random);
      const result = addWorkingTime(calendar, start, { days: 1 + pickInt(random, 40) });
      expect(isWorkingDay(calendar, toVnDate(result)), start.toISOString()).toBe(true);
    }
  });

  it('measures exactly what was added, forwards and backwards, in every unit', () => {
    const random = createRandom(2);
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const start = pickInstant(random);
      const sign = random() < 0.3 ? -1 : 1;
      const size = 1 + pickInt(random, 30);
      const choice = pickInt(random, 3);
      const amount: WorkingTimeAmount =
        choice === 0
          ? { days: sign * size }
          : choice === 1
            ? { halfDays: sign * size }
            : choice === 2
              ? { hours: sign * size }
              : { minutes: sign * size * 37 };
      const expectedMinutes =
        'days' in amount
          ? amount.days * 450
          : 'halfDays' in amount
            ? amount.halfDays * 225
            : 'hours' in amount
              ? amount.hours * 60
              : amount.minutes;
      const result = addWorkingTime(calendar, start, amount);
      expect(measureWorkingTime(calendar, start, result), JSON.stringify(amount)).toBe(
        expectedMinutes,
      );
    }
  });

  it('only calls a moment working time on a working day', () => {
    const random = createRandom(3);
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const instant = pickInstant(random);
      if (isWorkingTime(calendar, instant)) {
        expect(isWorkingDay(calendar, toVnDate(instant))).toBe(true);
      }
    }
  });
});

describe('due-date properties', () => {
  it('never moves a due date earlier when the dossier is received later', () => {
    const random = createRandom(4);
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const earlier = pickInstant(random);
      const later = new Date(earlier.getTime() + pickInt(random, 3 * 24 * 60) * 60_000);
      const unit = timeLimitUnits[pickInt(random, timeLimitUnits.length - 1)]!;
      const limit: TimeLimit = { amount: pickInt(random, unit === 'hours' ? 40 : 20), unit };
      const first = computeDueAt({ receivedAt: earlier, limit, calendar });
      const second = computeDueAt({ receivedAt: later, limit, calendar });
      expect(
        second.getTime(),
        `${earlier.toISOString()} ${later.toISOString()} ${unit}`,
      ).toBeGreaterThanOrEqual(first.getTime());
    }
  });

  it('makes day limits due at 17:00 on a working day, after the receipt', () => {
    const random = createRandom(5);
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const receivedAt = pickInstant(random);
      const unit = random() < 0.5 ? 'working_days' : 'calendar_days';
      const dueAt = computeDueAt({
        receivedAt,
        limit: { amount: pickInt(random, 30), unit },
        calendar,
      });
      const dueOn = toVnDate(dueAt);
      expect(isWorkingDay(calendar, dueOn)).toBe(true);
      expect(dueAt.getTime()).toBe(toVnInstant(dueOn, '17:00').getTime());
      expect(dueAt.getTime()).toBeGreaterThan(receivedAt.getTime());
    }
  });

  it('gives n working days exactly n working days after the day counting starts', () => {
    const random = createRandom(6);
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const receivedAt = pickInstant(random);
      const amount = pickInt(random, 25);
      const dueAt = computeDueAt({ receivedAt, limit: { amount, unit: 'working_days' }, calendar });
      const dueMorning = toVnInstant(toVnDate(dueAt), '07:30');
      const countedFromClose = computeDueAt({
        receivedAt,
        limit: { amount: 0, unit: 'working_days' },
        calendar,
      });
      expect(measureWorkingTime(calendar, countedFromClose, dueMorning)).toBe(
        amount === 0 ? -450 : (amount - 1) * 450,
      );
    }
  });
});
