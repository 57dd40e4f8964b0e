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
