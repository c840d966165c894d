/**
 * Materialised paths are the ids from the root down, each closed by a slash: `/1/24/301/`.
 * A unit's subtree is every path that starts with its own, so scope checks are a prefix test
 * in memory and a `LIKE 'prefix%'` in SQL.
 */
export function buildUnitPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

export function isPathWithin(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}

export function levelOfPath(path: string): number {
  return path.split('/').filter(Boolean).length - 1;
}
