const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['仟', '佰', '拾', ''];

/** 1–9999 in capital numerals: inner zeros collapse to one 零, trailing zeros are dropped. */
function fourDigits(n: number): string {
  const digits = String(n).padStart(4, '0');
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d] + PLACES[i];
  }
  return out;
}

/** A positive whole number of yuan: sections of 万 and 亿, a 零 where a section starts with zeros. */
function integerWords(n: number): string {
  for (const [size, unit] of [
    [1e8, '亿'],
    [1e4, '万'],
  ] as const) {
    if (n < size) continue;
    const high = Math.floor(n / size);
    const low = n % size;
    const head = integerWords(high) + unit;
    if (low === 0) return head;
    return head + (low < size / 10 ? '零' : '') + integerWords(low);
  }
  return fourDigits(n);
}

/**
 * An amount in fen as 人民币大写 for a document's total, e.g. 123450 → 壹仟贰佰叁拾肆元伍角整,
 * 10005 → 壹佰元零伍分, 0 → 零元整 (the rules of 《支付结算办法》: 元 then 整 when there are no 分).
 */
export function rmbCapital(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  if (fen < 0) return `负${rmbCapital(-fen)}`;
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';
  let out = yuan > 0 ? `${integerWords(yuan)}元` : '';
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (cents > 0 && yuan > 0) out += '零';
  if (cents > 0) out += `${DIGITS[cents]}分`;
  else out += '整';
  return out;
}
