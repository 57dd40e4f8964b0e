import type { TestClient, TestResponse } from './harness.ts';

/** Tests only: posts one file as multipart/form-data through the client's app, with its session. */
export async function postFile(
  client: TestClient,
  url: string,
  file: { data: Buffer; filename: string; contentType?: string; field?: string },
): Promise<TestResponse> {
  const boundary = `----dh${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\n` +
        `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await client.app.inject({
    method: 'POST',
    url,
    payload,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(client.cookie ? { cookie: client.cookie } : {}),
    },
  });
  return { status: res.statusCode, headers: res.headers, body: res.body, json: () => res.json() };
}
