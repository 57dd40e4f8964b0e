import { ApiError } from '../../api/client.ts';

/**
 * POSTs one file as multipart field `file` and returns the JSON answer, throwing ApiError like
 * `unwrap` does (openapi-fetch has no typed multipart bodies, so uploads go through here).
 */
export async function uploadFile<T>(url: string, file: Blob, filename?: string): Promise<T> {
  const body = new FormData();
  body.append('file', file, filename ?? (file instanceof File ? file.name : 'upload'));
  let response: Response;
  try {
    response = await globalThis.fetch(url, { method: 'POST', body, credentials: 'same-origin' });
  } catch (cause) {
    throw Object.assign(new ApiError(0, { message: String(cause) }), { cause });
  }
  const json = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, json?.error);
  return json as T;
}
