/** True when a database error is a unique violation (SQLSTATE 23505) of the given constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const candidate = e as { code?: string; constraint?: string; message?: string };
    if (candidate.code === '23505') {
      return candidate.constraint === constraint || (candidate.message ?? '').includes(constraint);
    }
  }
  return false;
}
