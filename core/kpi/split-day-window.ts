import { composeDayNumber, type IsoDate, toDayNumber, toIsoDate } from '../calendar/calendar-date';

/**
 * A window of days cut into whole calendar months and the days left at its edges, so that a KPI
 * can sum monthly rollups for the months and daily rollups for the rest
 * (docs/decisions/012-dossiers-and-kpi-rollups.md). Months are given by their first day;
 * `days` are inclusive ranges, at most two (before the first whole month, after the last).
 */
export interface SplitDayWindow {
  months: { first: IsoDate; last: IsoDate } | null;
  days: Array<{ from: IsoDate; to: IsoDate }>;
}

function partsOf(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

export function splitDayWindow(from: IsoDate, to: IsoDate): SplitDayWindow {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (start > end) return { months: null, days: [] };
  const [fy, fm, fd] = partsOf(from);
  // The first day of the first month that starts inside the window.
  const firstMonth = fd === 1 ? start : composeDayNumber(fm === 12 ? fy + 1 : fy, (fm % 12) + 1, 1);
  // The first day of the month after the last month that ends inside the window.
  const [ty, tm] = partsOf(to);
  const nextAfterTo = composeDayNumber(tm === 12 ? ty + 1 : ty, (tm % 12) + 1, 1);
  const afterLastMonth = nextAfterTo === end + 1 ? nextAfterTo : composeDayNumber(ty, tm, 1);
  if (firstMonth >= afterLastMonth) return { months: null, days: [{ from, to }] };
  const days: SplitDayWindow['days'] = [];
  if (start < firstMonth) days.push({ from, to: toIsoDate(firstMonth - 1) });
  if (afterLastMonth <= end) days.push({ from: toIsoDate(afterLastMonth), to });
  const lastDay = partsOf(toIsoDate(afterLastMonth - 1));
  return {
    months: {
      first: toIsoDate(firstMonth),
      last: toIsoDate(composeDayNumber(lastDay[0], lastDay[1], 1)),
    },
    days,
  };
}
