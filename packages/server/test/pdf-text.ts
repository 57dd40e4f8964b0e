import { inflateSync } from 'node:zlib';

/** UTF-16BE hex (a ToUnicode destination) as text. */
const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/** A ToUnicode CMap (bfchar and bfrange sections) as glyph code (4 hex digits) → text. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const code = (n: number) => n.toString(16).padStart(4, '0');
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of body.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) map.set(src.toLowerCase(), utf16(dst));
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of body.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi)) {
      const start = Number.parseInt(lo, 16);
      const targets = [...dst.matchAll(/<([0-9a-f]+)>/gi)].map((m) => m[1]);
      for (let c = start; c <= Number.parseInt(hi, 16); c++) {
        if (dst.startsWith('[')) map.set(code(c), utf16(targets[c - start] ?? ''));
        else {
          const first = Number.parseInt(targets[0], 16) + (c - start);
          map.set(code(c), String.fromCharCode(first));
        }
      }
    }
  }
  return map;
}

/**
 * The text a pdfkit PDF shows, in drawing order, for tests: streams are inflated and each TJ's
 * glyph codes mapped through its font's ToUnicode CMap. Not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string }>();
  for (const [, id, body] of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const at = body.indexOf('stream');
    const dict = at < 0 ? body : body.slice(0, at);
    let stream = '';
    if (at >= 0) {
      const data = Buffer.from(
        body
          .slice(at + 'stream'.length)
          .replace(/^\r?\n/, '')
          .replace(/\r?\nendstream\s*$/, ''),
        'latin1',
      );
      stream = (dict.includes('/FlateDecode') ? inflateSync(data) : data).toString('latin1');
    }
    objects.set(id, { dict, stream });
  }
  const fonts = new Map<string, Map<string, string>>();
  for (const { dict } of objects.values()) {
    for (const [, name, ref] of dict.matchAll(/\/(F\d+)\s+(\d+) 0 R/g)) {
      const cmapRef = objects.get(ref)?.dict.match(/\/ToUnicode\s+(\d+) 0 R/)?.[1];
      if (cmapRef) fonts.set(name, toUnicode(objects.get(cmapRef)?.stream ?? ''));
    }
  }
  let text = '';
  for (const { stream } of objects.values()) {
    let font: Map<string, string> | undefined;
    for (const m of stream.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ/g)) {
      if (m[1]) font = fonts.get(m[1]);
      else {
        for (const [, hex] of m[2].matchAll(/<([0-9a-f]*)>/gi)) {
          for (let i = 0; i < hex.length; i += 4) text += font?.get(hex.slice(i, i + 4).toLowerCase()) ?? '';
        }
      }
    }
  }
  return text;
}
