import { withThousands } from './cell-values.js';
import type { Random } from './random.js';
import { toFullWidth } from './text-variants.js';

const UPPER = '零壹贰叁肆伍陆柒捌玖';
const LOWER: Readonly<Record<string, string>> = {
  零: '零', 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千',
};

// Written here rather than imported from src/: the ground truth must not come from the code under test.
function section(n: number): string {
  let out = '';
  let zero = false;
  for (const [unit, size] of [['仟', 1000], ['佰', 100], ['拾', 10], ['', 1]] as const) {
    const d = Math.floor(n / size) % 10;
    if (d === 0) zero = out !== '';
    else {
      out += (zero ? '零' : '') + UPPER[d] + unit;
      zero = false;
    }
  }
  return out;
}

function integer(n: number): string {
  for (const [unit, size] of [['亿', 100_000_000], ['万', 10_000]] as const) {
    if (n >= size) {
      const rest = n % size;
      return integer(Math.floor(n / size)) + unit + (rest > 0 ? (rest < size / 10 ? '零' : '') + integer(rest) : '');
    }
  }
  return section(n);
}

/** 120000 → 壹拾贰万元整 (whole yuan). */
export function upperYuan(yuan: number): string {
  return `${integer(yuan)}元整`;
}

/** 120000 → 十二万元; 356000 → 三十五万六千元. */
export function lowerYuan(yuan: number, unit = '元'): string {
  const text = integer(yuan).replace(/./g, (c) => LOWER[c] ?? c).replace(/^一十/, '十');
  return `${text}${unit}`;
}

/**
 * An amount the way callers and clerks write it: digits, thousands separators, 万元, 大写,
 * lower-case Chinese numerals, full-width digits; sometimes after 人民币.
 */
export function writeAmount(yuan: number, rng: Random): string {
  const style = rng.weighted([['digits', 24], ['thousands', 14], ['wan', 26], ['upper', 12], ['lower', 10], ['fullwidth', 6], ['wan_bare', 8]] as const);
  const prefix = rng.chance(0.08) && style !== 'lower' ? '人民币' : '';
  switch (style) {
    case 'digits': return `${prefix}${yuan}元`;
    case 'thousands': return `${prefix}${withThousands(yuan).replace(/\.00$/, rng.chance(0.3) ? '.00' : '')}元`;
    case 'wan': return yuan % 100 === 0 ? `${prefix}${yuan / 10_000}万元` : `${prefix}${yuan}元`;
    case 'wan_bare': return yuan % 100 === 0 && yuan >= 10_000 ? `${yuan / 10_000}万` : `${yuan}元`;
    case 'upper': return `${prefix}${upperYuan(yuan)}`;
    case 'lower': return yuan % 1000 === 0 ? lowerYuan(yuan, rng.chance(0.3) && yuan % 10_000 === 0 ? '' : '元') : `${yuan}元`;
    case 'fullwidth': return `${prefix}${toFullWidth(String(yuan))}元`;
  }
}
