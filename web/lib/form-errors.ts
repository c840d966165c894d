import type { FormInstance } from 'antd';
import { ApiError, type FieldProblem } from './api-client';

type NamePath = (string | number)[];

/** `roles.0.unitCode` (or `body.roles.0.unitCode`) → `['roles', 0, 'unitCode']`. */
export function toNamePath(path: string): NamePath {
  const parts = path
    .split(/[.[\]/]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return parts[0] === 'body' ? parts.slice(1) : parts;
}

function hasField(values: unknown, name: NamePath): boolean {
  const first = name[0];
  return first !== undefined && typeof values === 'object' && values !== null && first in values;
}

/**
 * Puts the server's per-field messages under the matching form fields and returns the problems
 * that match no field, so the caller can show them with the general message.
 */
export function applyFieldProblems(form: FormInstance, error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError)) return [];
  const values = form.getFieldsValue(true) as unknown;
  const registered = form.getFieldsValue() as unknown;
  const unmatched: FieldProblem[] = [];
  const fields: { name: NamePath; errors: string[] }[] = [];
  for (const problem of error.fieldProblems) {
    const name = toNamePath(problem.path);
    if (name.length > 0 && (hasField(registered, name) || hasField(values, name))) {
      const existing = fields.find((f) => f.name.join('.') === name.join('.'));
      if (existing) existing.errors.push(problem.message);
      else fields.push({ name, errors: [problem.message] });
    } else {
      unmatched.push(problem);
    }
  }
  form.setFields(fields);
  return unmatched;
}
