import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from './domain-error';
import { type ErrorCode, errorCodes } from './error-codes';

export interface FieldError {
  /** `body.username`, `querystring.page`: where the bad value was. */
  path: string;
  message: string;
}

/** Fastify's own errors that are the client's fault, mapped to our codes. */
const fastifyClientErrors: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_REQ_FILE_TOO_LARGE: 'payload_too_large',
  FST_PARTS_LIMIT: 'payload_too_large',
  FST_FILES_LIMIT: 'payload_too_large',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'unsupported_media_type',
  FST_CSRF_INVALID_TOKEN: 'csrf_invalid',
  FST_CSRF_MISSING_SECRET: 'csrf_invalid',
};

export function sendError(
  reply: FastifyReply,
  code: ErrorCode,
  details?: unknown,
  message?: string,
): FastifyReply {
  const body: { error: { code: string; message: string; details?: unknown } } = {
    error: { code, message: message ?? errorCodes[code].message },
  };
  if (details !== undefined) body.error.details = details;
  return reply.status(errorCodes[code].status).type('application/json').send(body);
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof DomainError) {
      return sendError(reply, error.code, error.details, error.message);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext ?? 'body';
      const details: FieldError[] = error.validation.map((v) => ({
        path: [context, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'Giá trị không hợp lệ',
      }));
      return sendError(reply, 'validation_failed', details);
    }
    const mapped = error.code ? fastifyClientErrors[error.code] : undefined;
    if (mapped) return sendError(reply, mapped);
    if (error.statusCode === 429) return sendError(reply, 'too_many_requests');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error without a mapped code');
      return sendError(reply, error.statusCode === 415 ? 'unsupported_media_type' : 'bad_request');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, 'internal_error', { requestId: request.id });
  });
}
