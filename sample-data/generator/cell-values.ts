import { formatDate, DATE_STYLES, type DateStyle } from './dates.js';
import type { Random } from './random.js';
import type { Ymd } from './types.js';

export type Cell = string | number | Date | { readonly formula: string; readonly result: number } | null;

export const PLACEHOLDERS: readonly string[] = ['—', '/', '无'];

/** Yuan to the workbook's unit: 万元 keeps 4 decimals, exact to the yuan. */
export function inUnit(yuan: number, unit: '万元' | '元'): number {
  return unit === '万元' ? Math.round(yuan) / 10_000 : yuan;
}

/** An amount cell: mostly a number; sometimes text, as pasted from another system. */
export function amountCell(yuan: number, unit: '万元' | '元', rng: Random): Cell {
  const v = inUnit(yuan, unit);
  if (unit === '元' && rng.chance(0.12)) return withThousands(v);
  if (rng.chance(0.05)) return String(v);
  return v;
}

/** 1234567 → '1,234,567.00' */
export function withThousands(v: number): string {
  const [int, frac] = Math.abs(v).toFixed(2).split('.');
  return `${v < 0 ? '-' : ''}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** A date in the workbook's habitual style, or (one time in four) whatever the clerk typed that day. */
export function dateCell(d: Ymd, habit: DateStyle, rng: Random): Cell {
  return formatDate(d, rng.chance(0.75) ? habit : rng.pick(DATE_STYLES));
}

/** An empty optional cell as clerks leave it: blank, or a placeholder. */
export function emptyCell(rng: Random): Cell {
  return rng.chance(0.4) ? null : rng.pick(PLACEHOLDERS);
}

export function zeroCell(rng: Random): Cell {
  return rng.weighted<Cell>([[0, 5], [null, 3], ['—', 2]]);
}

/** Column number (1-based) to its letters: 28 → 'AB'. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
