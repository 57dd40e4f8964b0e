import type { FastifyRequest } from 'fastify';
import { AppError, validationFailed } from './errors.ts';

/**
 * The one file of a multipart request (field `field`), read into memory. The multipart plugin's
 * limits stop the read early; going over `maxBytes` is PAYLOAD_TOO_LARGE, a non-multipart request
 * UNSUPPORTED_MEDIA_TYPE.
 */
export async function readUpload(
  request: FastifyRequest,
  field: string,
  maxBytes: number,
): Promise<{ filename: string; data: Buffer }> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'multipart/form-data expected, with the file in field "file"');
  }
  const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!file || file.fieldname !== field) {
    throw validationFailed([{ path: `/body/${field}`, message: `a file in field "${field}" is required` }]);
  }
  try {
    return { filename: file.filename, data: await file.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('PAYLOAD_TOO_LARGE', `文件超过 ${maxBytes / 1024 / 1024} MB / File larger than the limit`, {
        maxBytes,
      });
    }
    throw error;
  }
}
