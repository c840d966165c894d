import { composeDayNumber, type IsoDate, toDayNumber, toIsoDate } from './calendar-date';

/**
 * The Vietnamese lunar calendar (âm lịch), after the algorithm published by Hồ Ngọc Đức
 * ("Âm lịch Việt Nam", 2004; astronomical formulas from Jean Meeus, "Astronomical Algorithms").
 * New moons and solar terms are placed in UTC+7, the Việt Nam meridian. The Chinese calendar
 * uses UTC+8 and so differs in some years (Tết 1985: 21/01 here, 20/02 in China; Tết 2007:
 * 17/02 here, 18/02 in China): a Chinese-calendar library gives wrong Vietnamese holidays
 * (vn-public-holidays.json, rules.lunar).
 */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  isLeapMonth: boolean;
}

const TIME_ZONE_HOURS = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, the origin of the new-moon index k. */
const NEW_MOON_EPOCH = 2415021.076998695;
/** Julian day number minus this is our day number (days since 1970-01-01). */
const JULIAN_DAY_OF_UNIX_EPOCH = 2440588;
/** The range in which the astronomical series are trusted (Hồ Ngọc Đức publishes 1800–2199). */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2199;

export function convertSolarToLunar(date: IsoDate): LunarDate {
  const julianDay = toDayNumber(date) + JULIAN_DAY_OF_UNIX_EPOCH;
  const solarYear = Number(date.slice(0, 4));
  assertSupportedYear(solarYear);
  const k = Math.floor((julianDay - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = findNewMoonDay(k + 1);
  if (monthStart > julianDay) monthStart = findNewMoonDay(k);
  let month11 = findLunarMonth11(solarYear);
  let nextMonth11 = month11;
  let year: number;
  if (month11 >= monthStart) {
    year = solarYear;
    month11 = findLunarMonth11(solarYear - 1);
  } else {
    year = solarYear + 1;
    nextMonth11 = findLunarMonth11(solarYear + 1);
  }
  const monthsAfter11 = Math.floor((monthStart - month11) / 29);
  let month = monthsAfter11 + 11;
  let isLeapMonth = false;
  // A lunar year with 13 months has 13 new moons between two month-11 starts (> 365 days).
  if (nextMonth11 - month11 > 365) {
    const leapOffset = findLeapMonthOffset(month11);
    if (monthsAfter11 >= leapOffset) {
      month = monthsAfter11 + 10;
      isLeapMonth = monthsAfter11 === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && monthsAfter11 < 4) year -= 1;
  return { day: julianDay - monthStart + 1, month, year, isLeapMonth };
}

/** Throws a RangeError for a leap month the year does not have or a day the month does not have. */
export function convertLunarToSolar(lunar: LunarDate): IsoDate {
  const { day, month, year, isLeapMonth } = lunar;
  assertSupportedYear(year);
  if (!Number.isInteger(day) || day < 1 || day > 30 || !Number.isInteger(month)) {
    throw new RangeError(`Not a lunar date: ${day}/${month}/${year}`);
  }
  if (month < 1 || month > 12) throw new RangeError(`Not a lunar month: ${month}`);
  const month11 = findLunarMonth11(month < 11 ? year - 1 : year);
  const nextMonth11 = findLunarMonth11(month < 11 ? year : year + 1);
  const k = Math.floor(0.5 + (month11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  let leapMonth: number | null = null;
  if (nextMonth11 - month11 > 365) {
    const leapOffset = findLeapMonthOffset(month11);
    // Offset 1 is a leap month 11, offset 2 a leap month 12, offset 3 a leap month 1, …
    leapMonth = ((leapOffset + 9) % 12) + 1;
    if (isLeapMonth || offset >= leapOffset) offset += 1;
  }
  if (isLeapMonth && month !== leapMonth) {
    throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
  }
  const result = toIsoDate(findNewMoonDay(k + offset) + day - 1 - JULIAN_DAY_OF_UNIX_EPOCH);
  const back = convertSolarToLunar(result);
  if (back.day !== day || back.month !== month || back.isLeapMonth !== isLeapMonth) {
    throw new RangeError(`Lunar month ${month}/${year} has no day ${day}`);
  }
  return result;
}

/** Mùng 1 Tết: the first day of the first lunar month of `year`. */
export function findLunarNewYear(year: number): IsoDate {
  return convertLunarToSolar({ day: 1, month: 1, year, isLeapMonth: false });
}

/** The leap month (tháng nhuận) of a lunar year, or null when the year has twelve months. */
export function findLeapMonth(year: number): number | null {
  const newYear = toDayNumber(findLunarNewYear(year));
  const nextNewYear = toDayNumber(findLunarNewYear(year + 1));
  for (let dayNumber = newYear; dayNumber < nextNewYear; dayNumber += 29) {
    const lunar = convertSolarToLunar(toIsoDate(dayNumber));
    if (lunar.isLeapMonth) return lunar.month;
  }
  return null;
}

function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`Lunar conversion supports years ${FIRST_YEAR}–${LAST_YEAR}: ${year}`);
  }
}

/** Julian day (with fraction, UT) of the k-th new moon after 1900-01-01 (Meeus, ch. 49). */
function computeNewMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const rad = Math.PI / 180;
  let meanNewMoon = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  meanNewMoon += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * rad);
  const sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly * rad) + 0.0021 * Math.sin(2 * rad * sunAnomaly);
  correction -= 0.4068 * Math.sin(moonAnomaly * rad) - 0.0161 * Math.sin(rad * 2 * moonAnomaly);
  correction -= 0.0004 * Math.sin(rad * 3 * moonAnomaly);
  correction +=
    0.0104 * Math.sin(rad * 2 * latitude) - 0.0051 * Math.sin(rad * (sunAnomaly + moonAnomaly));
  correction -= 0.0074 * Math.sin(rad * (sunAnomaly - moonAnomaly));
  correction += 0.0004 * Math.sin(rad * (2 * latitude + sunAnomaly));
  correction -= 0.0004 * Math.sin(rad * (2 * latitude - sunAnomaly));
  correction -= 0.0006 * Math.sin(rad * (2 * latitude + moonAnomaly));
  correction += 0.001 * Math.sin(rad * (2 * latitude - moonAnomaly));
  correction += 0.0005 * Math.sin(rad * (2 * moonAnomaly + sunAnomaly));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return meanNewMoon + correction - deltaT;
}

/** The sun's apparent longitude in radians, 0 to 2π, at a Julian day (UT). */
function computeSunLongitude(julianDay: number): number {
  const t = (julianDay - 2451545.0) / 36525;
  const t2 = t * t;
  const rad = Math.PI / 180;
  const meanAnomaly = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let center = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(rad * meanAnomaly);
  center +=
    (0.019993 - 0.000101 * t) * Math.sin(rad * 2 * meanAnomaly) +
    0.00029 * Math.sin(rad * 3 * meanAnomaly);
  const longitude = (meanLongitude + center) * rad;
  return longitude - Math.PI * 2 * Math.floor(longitude / (Math.PI * 2));
}

/** Which of the 12 major solar terms (30° sectors) the sun is in at local midnight of a day. */
function findSunSector(julianDayNumber: number): number {
  const longitude = computeSunLongitude(julianDayNumber - 0.5 - TIME_ZONE_HOURS / 24);
  return Math.floor((longitude / Math.PI) * 6);
}

/** Julian day number of the local day on which the k-th new moon falls. */
function findNewMoonDay(k: number): number {
  return Math.floor(computeNewMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/** Start of lunar month 11, the month that contains the winter solstice, of a solar year. */
function findLunarMonth11(year: number): number {
  const offset = composeDayNumber(year, 12, 31) + JULIAN_DAY_OF_UNIX_EPOCH - 2415021;
  const k = Math.floor(offset / SYNODIC_MONTH);
  const newMoon = findNewMoonDay(k);
  // A new moon already past the solstice (sun in sector 9 or later) starts month 12 instead.
  return findSunSector(newMoon) >= 9 ? findNewMoonDay(k - 1) : newMoon;
}

/** The leap month is the first month after month 11 in which the sun enters no new major term. */
function findLeapMonthOffset(month11: number): number {
  const k = Math.floor((month11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let index = 1;
  let sector = findSunSector(findNewMoonDay(k + index));
  let previous: number;
  do {
    previous = sector;
    index += 1;
    sector = findSunSector(findNewMoonDay(k + index));
  } while (sector !== previous && index < 14);
  return index - 1;
}
