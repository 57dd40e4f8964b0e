/** Money travels as integer fen (分); these are the only places it becomes yuan text or back. */

const yuanFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 123450 → "¥1,234.50"; negative amounts keep the sign in front of the symbol. */
export function formatMoney(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  return `${sign}¥${yuanFormat.format(Math.abs(fen) / 100)}`;
}

/** A yuan amount typed by a person (12.345 → 1235 fen), rounded half up at the fen. */
export function yuanToFen(yuan: number): number {
  return Math.sign(yuan) * Math.round(Math.abs(yuan) * 100 + Number.EPSILON * 100);
}

export function fenToYuan(fen: number): number {
  return fen / 100;
}

/**
 * Yuan as a person types it ("1,234.5", "¥12", "-0.30") → integer fen, read digit by digit so nothing
 * is lost to floating point. Null for anything that is not a plain amount or has more than two decimals.
 */
export function parseYuan(text: string): number | null {
  const match = /^([+-]?)(\d+)(?:\.(\d{0,2}))?$/.exec(text.replace(/[¥,\s]/g, ''));
  if (!match) return null;
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return match[1] === '-' ? -fen : fen;
}

/** 123450 → "1234.50": fen as the plain yuan text an amount input starts from. */
export function yuanText(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
