/** Vietnamese display formats, the same the server uses in exports (core/format/format-vi.ts). */
export {
  formatCalendarDateVi,
  formatInstantDateTimeVi,
  formatInstantDateVi,
  formatNumberVi,
  formatPercentVi,
  formatVndVi,
} from '../../core/format/format-vi';

/** Date format for antd pickers (dayjs tokens). */
export const datePickerFormat = 'DD/MM/YYYY';
/** Calendar dates travel as `YYYY-MM-DD` (docs/decisions/003-time.md). */
export const apiDateFormat = 'YYYY-MM-DD';
