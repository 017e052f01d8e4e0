import { cellText } from './normalize-header.js';

/** What the lines above a header say about the whole sheet. */
export interface Preamble {
  readonly period: string | null;
  readonly reportingUnit: string | null;
  readonly unit: '元' | '万元' | '亿元' | null;
  readonly filledOn: string | null;
}

const PERIOD = /(20\d{2})\s*年\s*(\d{1,2})\s*月/;
const UNIT_LINE = /(?:金额)?单位\s*[:：]\s*(万元|亿元|元)/;
const REPORTING_UNIT = /填报单位\s*(?:（盖章）)?\s*[:：]\s*([^\s:：]+?)(?=\s|填报|单位[:：]|$)/;
const FILLED_ON = /填报(?:日期|时间)\s*[:：]\s*(20\d{2}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2})/;

/**
 * Reads the title and 填报单位/填报日期/单位：万元 lines above a header.
 * @example readPreamble([['闵行区2026年4月拖欠中小企业账款摸排台账'], ['填报单位：七宝镇人民政府  单位：万元']]).unit //=> '万元'
 */
export function readPreamble(rows: readonly (readonly unknown[])[]): Preamble {
  let period: string | null = null;
  let reportingUnit: string | null = null;
  let unit: Preamble['unit'] = null;
  let filledOn: string | null = null;
  for (const cells of rows) {
    const line = cells.map(cellText).filter(Boolean).join(' ').normalize('NFKC');
    const p = PERIOD.exec(line);
    if (p && !period && !/填报日期|填报时间/.test(line.slice(0, p.index))) period = `${p[1]}-${p[2]!.padStart(2, '0')}`;
    unit ??= (UNIT_LINE.exec(line)?.[1] as Preamble['unit']) ?? null;
    reportingUnit ??= REPORTING_UNIT.exec(line)?.[1] ?? null;
    filledOn ??= FILLED_ON.exec(line)?.[1]?.replace(/\s/g, '') ?? null;
  }
  return { period, reportingUnit, unit, filledOn };
}

/**
 * Period and reporting unit from a file name such as `2026年4月_七宝镇_拖欠中小企业账款摸排台账.xlsx`.
 * @example fromFileName('2026年4月_七宝镇_摸排台账.xlsx') //=> { period: '2026-04', reportingUnit: '七宝镇' }
 */
export function fromFileName(fileName: string): { period: string | null; reportingUnit: string | null } {
  const base = fileName.normalize('NFKC').replace(/\.[^.]+$/, '');
  const p = PERIOD.exec(base) ?? /(20\d{2})[-_.]?(0[1-9]|1[0-2])(?!\d)/.exec(base);
  const period = p ? `${p[1]}-${p[2]!.padStart(2, '0')}` : null;
  const parts = base
    .replace(PERIOD, '')
    .split(/[_\-—\s]+/)
    .map((s) => s.trim())
    .filter((s) => s && !/台账|登记|线索|摸排|汇总|投诉|^\d+$|更正|修订|版$/.test(s));
  return { period, reportingUnit: parts[0] ?? null };
}
