import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * A private key from what the merchant platforms hand out: a PEM (PKCS#8 "PRIVATE KEY" or PKCS#1
 * "RSA PRIVATE KEY"), or the bare base64 body without the BEGIN/END lines (what Alipay's key tool shows).
 */
export function loadPrivateKey(text: string): KeyObject {
  const t = text.trim();
  if (t.includes('-----BEGIN')) return createPrivateKey(t);
  const der = Buffer.from(t.replace(/\s+/g, ''), 'base64');
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs1' });
  }
}

/** A public key from a PEM public key, a PEM X.509 certificate, or a bare base64 SPKI / PKCS#1 body. */
export function loadPublicKey(text: string): KeyObject {
  const t = text.trim();
  if (t.includes('-----BEGIN')) return createPublicKey(t);
  const der = Buffer.from(t.replace(/\s+/g, ''), 'base64');
  try {
    return createPublicKey({ key: der, format: 'der', type: 'spki' });
  } catch {
    return createPublicKey({ key: der, format: 'der', type: 'pkcs1' });
  }
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** "YYYY-MM-DD HH:mm:ss" in Asia/Shanghai (UTC+8 all year, no daylight saving). */
export function shanghaiDateTime(d: Date): string {
  return new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** RFC 3339 with the +08:00 offset, as WeChat Pay writes times: "2024-05-13T17:49:20+08:00". */
export function shanghaiRfc3339(d: Date): string {
  return `${new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** Parses "YYYY-MM-DD HH:mm:ss" as Asia/Shanghai time; null when malformed. */
export function parseShanghaiDateTime(s: string | undefined): Date | null {
  if (!s || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(s)) return null;
  const d = new Date(`${s.replace(' ', 'T')}+08:00`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** One header value, looked up case-insensitively (the first one if repeated). */
export function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === lower) return Array.isArray(v) ? v[0] : v;
  }
  return undefined;
}
