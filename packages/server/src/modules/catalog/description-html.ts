/**
 * An allow-list sanitiser for product descriptions. Only p, br, strong, em, ul, ol, li, h3, h4 and
 * img[src] (http(s) or a site path) survive, rebuilt without any other attribute; every other tag
 * is dropped (its text kept, except inside script-like elements, which go with their content).
 * Text is re-escaped, so nothing the sanitiser did not write can open a tag.
 */

const allowed = new Set(['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'h3', 'h4', 'img']);
const voidTags = new Set(['br', 'img']);
// Elements whose content is never text to show.
const dropWithContent =
  'script|style|iframe|object|embed|noscript|template|textarea|title|svg|math|select|xmp|noembed|noframes';

const token = new RegExp(
  [
    '<!--[\\s\\S]*?(?:-->|$)', // comment (unterminated: to the end)
    `<(${dropWithContent})\\b(?:[^>"']|"[^"]*"|'[^']*')*>[\\s\\S]*?(?:<\\/\\1\\s*>|$)`, // script-like block
    '<[!?][^>]*>', // doctype, processing instruction
    `<(\\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>`, // a tag
  ].join('|'),
  'gi',
);
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

const escapeText = (text: string) =>
  text
    .replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t' };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, e: string) => {
    if (e[0] !== '#') return named[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** A safe image source: absolute http(s) or a path on this site; anything else (javascript:, data:) is refused. */
function safeSrc(raw: string): string | null {
  // Browsers ignore control characters and whitespace inside a URL scheme ("java\tscript:").
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const src = decodeEntities(raw).replace(/[\u0000-\u0020\u007f]/g, '');
  if (/^https?:\/\//i.test(src) || /^\/(?!\/)/.test(src)) return src;
  return null;
}

function rebuildTag(closing: boolean, name: string, attrs: string): string {
  const tag = name.toLowerCase();
  if (!allowed.has(tag)) return '';
  if (closing) return voidTags.has(tag) ? '' : `</${tag}>`;
  if (tag !== 'img') return `<${tag}>`;
  for (const m of attrs.matchAll(attribute)) {
    if (m[1].toLowerCase() !== 'src') continue;
    const src = safeSrc(m[2] ?? m[3] ?? m[4] ?? '');
    return src ? `<img src="${escapeAttr(src)}">` : '';
  }
  return '';
}

export function sanitiseDescription(html: string): string {
  let out = '';
  let last = 0;
  for (const m of html.matchAll(token)) {
    out += escapeText(html.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[3] !== undefined) out += rebuildTag(m[2] === '/', m[3], m[4] ?? '');
  }
  return (out + escapeText(html.slice(last))).trim();
}
