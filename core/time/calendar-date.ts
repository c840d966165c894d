/** Calendar dates are `YYYY-MM-DD` strings (docs/decisions/003-time.md); arithmetic stays in UTC. */
export function addDaysToDate(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's calendar date in Việt Nam (UTC+7, no daylight saving) for a given instant. */
export function toVietnamDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
