import { errorResponseSchema } from '../../contracts/common';

/** The `{ error }` schema under each status a route may answer with, for OpenAPI. */
export function errorResponses<S extends number>(
  ...statuses: S[]
): Record<S, typeof errorResponseSchema> {
  return Object.fromEntries(statuses.map((s) => [s, errorResponseSchema])) as Record<
    S,
    typeof errorResponseSchema
  >;
}

/** What every authenticated write may answer besides success. */
export const writeErrors = errorResponses(400, 401, 403, 404, 409, 422);
