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

/**
 * The deepest path that contains every given path (`/1/24/301/` and `/1/24/305/` → `/1/24/`):
 * the narrowest unit whose scope covers them all. Null for no paths.
 */
export function findCommonAncestorPath(paths: readonly string[]): string | null {
  const [first, ...rest] = paths.map((p) => p.split('/').filter(Boolean));
  if (!first) return null;
  let length = first.length;
  for (const ids of rest) {
    let shared = 0;
    while (shared < length && shared < ids.length && ids[shared] === first[shared]) shared += 1;
    length = shared;
  }
  return length === 0 ? null : `/${first.slice(0, length).join('/')}/`;
}
