/** Vietnamese display formats: `12.500,5`, `98,5 %`, `dd/MM/yyyy` in Asia/Ho_Chi_Minh. */
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function formatNumberVi(value: number): string {
  return numberFormat.format(value);
}

/** An amount of money in đồng as procedures and fee schedules write it: `12.500 đồng`. */
export function formatVndVi(amount: number): string {
  return `${numberFormat.format(amount)} đồng`;
}

export function formatPercentVi(value: number): string {
  return `${numberFormat.format(value)} %`;
}

/** An instant shown as its calendar date in Việt Nam. */
export function formatInstantDateVi(instant: Date | string): string {
  return dateFormat.format(new Date(instant));
}

export function formatInstantDateTimeVi(instant: Date | string): string {
  const d = new Date(instant);
  return `${timeFormat.format(d)} ${dateFormat.format(d)}`;
}

/** A calendar date `YYYY-MM-DD` shown as `dd/MM/yyyy`, without passing through a time zone. */
export function formatCalendarDateVi(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
