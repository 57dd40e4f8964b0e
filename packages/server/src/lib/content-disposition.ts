/**
 * A Content-Disposition value naming a download: an ASCII `filename` for old clients and the real
 * (e.g. Chinese) name as RFC 5987 `filename*`, so browsers save 发货单-SO20261201-00042.pdf.
 */
export function contentDisposition(
  filename: string,
  asciiFallback: string,
  kind: 'attachment' | 'inline' = 'attachment',
) {
  const plain = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${plain}"; filename*=UTF-8''${encoded}`;
}
