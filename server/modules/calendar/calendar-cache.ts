import type { WorkingCalendar } from '../../../core/calendar/working-calendar';
import type { Database } from '../../db/database';

/**
 * The built calendar of each province, kept in memory: every due date needs it, and it changes
 * only when an administrator saves a year or the settings. Keyed by the database handle, so two
 * apps in one process (tests) never share an entry.
 *
 * The promise of a load is kept, not its value, so concurrent first requests load once. A write
 * drops the entry after its transaction commits; a load that was running then may still answer
 * its own callers with the old data, but it is not kept. With several server processes on one
 * PostgreSQL, another process's change is seen at the latest after `maxAgeMs`.
 */
const maxAgeMs = 5 * 60_000;

export interface LoadedCalendar {
  calendar: WorkingCalendar;
  /** The notice each administrator's year was entered from, which core does not keep. */
  sourceDocuments: ReadonlyMap<number, string | null>;
}

interface CacheEntry {
  calendar: Promise<LoadedCalendar>;
  loadedAt: number;
}

const caches = new WeakMap<Database, Map<string, CacheEntry>>();

function cacheOf(db: Database): Map<string, CacheEntry> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

export function readCachedCalendar(
  db: Database,
  provinceCode: string,
  load: () => Promise<LoadedCalendar>,
): Promise<LoadedCalendar> {
  const cache = cacheOf(db);
  const cached = cache.get(provinceCode);
  if (cached && Date.now() - cached.loadedAt < maxAgeMs) return cached.calendar;
  const entry: CacheEntry = { calendar: load(), loadedAt: Date.now() };
  cache.set(provinceCode, entry);
  // A failed load is not kept: the next request tries again.
  entry.calendar.catch(() => {
    if (cache.get(provinceCode) === entry) cache.delete(provinceCode);
  });
  return entry.calendar;
}

/** Call after the transaction that changed the province's calendar has committed. */
export function forgetCachedCalendar(db: Database, provinceCode: string): void {
  caches.get(db)?.delete(provinceCode);
}
