import { findProjects } from '../extract/find-projects.js';
import { foldText } from '../extract/fold-text.js';
import { normalizeText, stripSpaces } from '../normalize/normalize-text.js';

/**
 * The project or contract a complaint's text names: the first quoted one (《…》, “…”), else the
 * first found by its ending (…工程, …项目, …合同). Null when the text names none.
 * @example projectInText('我司与闵行区教育局签订《2025年度保洁服务合同》，至今仍拖欠…') //=> '2025年度保洁服务合同'
 */
export function projectInText(text: string | null): string | null {
  if (!text) return null;
  const found = findProjects(foldText(text));
  return (found.find((p) => p.quoted) ?? found[0])?.name ?? null;
}

// 2025年8月, 2025.08, 2025-8, 2025/08: a year and a month; 2024年度 has no month and is not one.
const YEAR_MONTH = /(?<!\d)(\d{4})\s*(?:年|[.\-/])\s*(\d{1,2})(?!\d)/gu;

/**
 * The months of unpaid wages a text names, first to last, as 'YYYY-MM~YYYY-MM' (one month gives
 * the same month twice). Null when it names no month.
 * @example arrearsMonths('2025年8月至2025年12月') //=> '2025-08~2025-12'
 * @example arrearsMonths('2025.10-2026.02') //=> '2025-10~2026-02'
 */
export function arrearsMonths(text: string | null): string | null {
  if (!text) return null;
  const months: string[] = [];
  for (const m of normalizeText(text).matchAll(YEAR_MONTH)) {
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) months.push(`${m[1]}-${String(month).padStart(2, '0')}`);
  }
  if (months.length === 0) return null;
  months.sort();
  return `${months[0]}~${months[months.length - 1]}`;
}

const SHANGHAI_PREFIX = /^(?:上海市?)?(?:闵行区)?/u;

/**
 * A workplace address as a comparable key: NFKC, no spaces, without a leading 上海市 / 闵行区.
 * @example workplaceKey('上海市闵行区 七宝镇漕宝路984号') //=> '七宝镇漕宝路984号'
 */
export function workplaceKey(address: string | null): string | null {
  if (!address) return null;
  const key = stripSpaces(normalizeText(address)).replace(SHANGHAI_PREFIX, '');
  return key === '' || key === '/' ? null : key;
}
