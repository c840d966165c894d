import type { FastifyRequest } from 'fastify';
import { DomainError } from '../http/domain-error';

/** An import arrives as a multipart upload (web app) or as the raw file body (API clients). */
export async function readUploadedFile(request: FastifyRequest): Promise<Buffer> {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file)
      throw new DomainError('validation_failed', [{ path: 'body.file', message: 'Chưa chọn tệp' }]);
    return file.toBuffer();
  }
  if (Buffer.isBuffer(request.body)) return request.body;
  throw new DomainError('unsupported_file');
}
