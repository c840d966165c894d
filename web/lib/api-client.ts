import type { ErrorResponse } from '../../contracts/common';

/** One problem with one field, as the server lists them for `validation_failed`. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** An error answered by the server (`{ error: { code, message, details } }`) or by the network. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Per-field problems of a `validation_failed` error; empty for any other error. */
  get fieldProblems(): FieldProblem[] {
    if (this.code !== 'validation_failed' || !Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldProblem =>
        typeof d === 'object' &&
        d !== null &&
        typeof (d as FieldProblem).path === 'string' &&
        typeof (d as FieldProblem).message === 'string',
    );
  }
}

export const networkErrorMessage = 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.';

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart/form-data (file uploads). */
  formData?: FormData;
  signal?: AbortSignal;
  /**
   * Let the caller handle a 401 itself instead of going to the login page: the login form
   * (wrong password) and the first session check.
   */
  skipAuthRedirect?: boolean;
}

// The session is an HttpOnly cookie; the CSRF token comes in the login and /me responses and
// must accompany every state-changing request.
let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

/** `?a=1&b=x` without empty values, so optional filters can be passed as they are. */
export function buildQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readError(response: Response): Promise<ApiError> {
  try {
    const payload = (await response.json()) as Partial<ErrorResponse>;
    if (payload?.error && typeof payload.error.message === 'string') {
      const { code, message, details } = payload.error;
      return new ApiError(response.status, code, message, details);
    }
  } catch {
    // Not JSON: a proxy or the network answered, not the application.
  }
  const message =
    response.status >= 500
      ? 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.'
      : `Yêu cầu không thành công (mã ${response.status}).`;
  return new ApiError(response.status, `http_${response.status}`, message);
}

export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.formData) {
    body = options.formData;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${path}${buildQueryString(options.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', networkErrorMessage);
  }

  if (!response.ok) {
    const error = await readError(response);
    if (response.status === 401 && !options.skipAuthRedirect) unauthorizedHandler?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('application/json') ? await response.json() : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    apiRequest<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) =>
    apiRequest<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => apiRequest<T>('DELETE', path, options),
};

/** The message to show for any thrown value. */
export function errorMessageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Đã có lỗi không mong muốn. Vui lòng thử lại.';
}
