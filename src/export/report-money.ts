import { formatFen } from '../normalize/parse-amount.js';

/** How a money cell is shown: 元 exact to the fen, or 万元 rounded half up to 2 places. */
export type MoneyUnit = '元' | '万元';

function checkFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额必须是整数（分）：${String(fen)}`);
}

/**
 * Integer fen as a plain decimal 元 string, no separators: what a CSV cell should hold so Excel
 * and scripts read the exact amount. Integer arithmetic only, never a float.
 * @example fenToYuanText(123456) //=> '1234.56'
 * @example fenToYuanText(-5) //=> '-0.05'
 */
export function fenToYuanText(fen: number): string {
  checkFen(fen);
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return `${fen < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Integer fen shown in 元 (thousands separators, 2 places) or 万元 (rounded half away from zero
 * to 2 places: 1 万元 = 1,000,000 fen).
 * @example formatMoney(123456789, '元') //=> '1,234,567.89'
 * @example formatMoney(123455000, '万元') //=> '123.46'
 */
export function formatMoney(fen: number, unit: MoneyUnit): string {
  checkFen(fen);
  if (unit === '元') return formatFen(fen);
  const shifted = Math.abs(fen) + 5000;
  const hundredths = (shifted - (shifted % 10000)) / 10000; // exact: integer remainder, exact division
  return formatFen(fen < 0 ? -hundredths : hundredths);
}
