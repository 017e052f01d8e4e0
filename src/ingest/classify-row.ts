import { cellText } from './normalize-header.js';

/** Why a row read from a file is not a record. Counted per file, never silently dropped. */
export type SkipKind = 'blank' | 'title' | 'header' | 'column_numbers' | 'section' | 'subtotal' | 'note' | 'signature' | 'other_sheet' | 'hidden_sheet';

/** Words a clerk sees for each skip kind. */
export const SKIP_LABEL: Readonly<Record<SkipKind, string>> = {
  blank: '空行',
  title: '标题/填报信息行',
  header: '表头行',
  column_numbers: '列序号行',
  section: '分类标题行',
  subtotal: '小计/合计行',
  note: '说明行',
  signature: '签字行',
  other_sheet: '非台账工作表',
  hidden_sheet: '隐藏工作表',
};

const SECTION = /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+部分)/;
const SECTION_NUMERAL = /^(?:[一二三四五六七八九十]+|（[一二三四五六七八九十]+）|[IVX]+)$/;
const TOTAL = /^(?:小计|合计|总计|累计|本页合计|本页小计|汇总)/;
const NOTE = /^(?:填表说明|填报说明|说明[:：]|注[:：]|注意[:：]|备注[:：]|\d+[.、．]\s*\S{6,})/;
const SIGNATURE = /(?:填表人|填报人|审核人|负责人|制表人|审批人|经办人|分管领导|单位盖章|（盖章）)\s*[:：]?/;

/**
 * Tells a data row from the furniture around it: blank rows, repeated headers, a row of column
 * numbers, section titles (一、…), subtotal and total rows, notes and signature lines.
 * @example classifyRow(['合计', null, 123.4], new Set()) //=> 'subtotal'
 */
export function classifyRow(cells: readonly unknown[], headerLabels: ReadonlySet<string>): SkipKind | 'data' {
  const texts: string[] = [];
  for (const c of cells) {
    const t = cellText(c);
    if (t) texts.push(t.replace(/\s+/g, ''));
  }
  if (texts.length === 0) return 'blank';
  const first = texts[0]!;
  if (headerLabels.size > 0 && texts.filter((t) => headerLabels.has(t)).length * 2 >= texts.length && texts.length >= 3) return 'header';
  if (texts.length >= 3 && texts.every((t, i) => t === String(i + 1))) return 'column_numbers';
  if (texts.slice(0, 3).some((t) => TOTAL.test(t))) return 'subtotal';
  if (NOTE.test(first)) return 'note';
  if (texts.length <= 4 && texts.some((t) => SIGNATURE.test(t))) return 'signature';
  // 一、机关事业单位 — in one cell, or the numeral in the 序号 column and the title beside it.
  if (texts.length <= 3 && (SECTION.test(first) || (SECTION_NUMERAL.test(first) && texts.length >= 2 && !/\d/.test(texts.slice(1).join(''))))) return 'section';
  return 'data';
}
