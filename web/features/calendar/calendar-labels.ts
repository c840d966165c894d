import type { NonWorkingDay } from '../../../contracts/calendar';
import { isIsoDate, toDayNumber, weekdayOf } from '../../../core/calendar/calendar-date';
import type { CalendarDayKind, HolidayYearStatus } from '../../../core/calendar/holiday-year';
import type { HolidayYearSource } from '../../../core/calendar/working-calendar';

/** The words of the yearly notices: nghỉ lễ, nghỉ bù, hoán đổi ngày làm việc, làm bù. */
export const calendarDayKindLabels: Record<CalendarDayKind, string> = {
  holiday: 'Nghỉ lễ',
  compensatory: 'Nghỉ bù',
  swap_day_off: 'Nghỉ hoán đổi',
  swap_working_day: 'Làm bù',
};

export const calendarDayKindColors: Record<CalendarDayKind, string> = {
  holiday: 'red',
  compensatory: 'orange',
  swap_day_off: 'gold',
  swap_working_day: 'blue',
};

/** The public API folds both swap days into `swap`; `workingDay` tells them apart. */
export function kindOfListedDay(day: NonWorkingDay): CalendarDayKind {
  if (day.kind === 'swap') return day.workingDay ? 'swap_working_day' : 'swap_day_off';
  return day.kind;
}

export const holidayYearStatusLabels: Record<HolidayYearStatus, string> = {
  official: 'Chính thức',
  expected: 'Dự kiến (chưa đối chiếu thông báo)',
  projected: 'Dự kiến (tính theo Bộ luật Lao động)',
};

export const holidayYearSourceLabels: Record<HolidayYearSource, string> = {
  administrator: 'Quản trị viên nhập',
  built_in: 'Dữ liệu có sẵn',
  projection: 'Tính theo quy tắc',
};

const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** `YYYY-MM-DD` → `Thứ Hai`; core's day numbers keep the browser's zone out of it. */
export function weekdayNameOf(isoDate: string): string {
  return isIsoDate(isoDate) ? (weekdayNames[weekdayOf(toDayNumber(isoDate))] ?? '') : '';
}
