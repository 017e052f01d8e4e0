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

const DATED = new WeakMap<ReadonlySet<string>, boolean>();
const DATE_TEXT = /^[+-]?\d{4,6}-\d\d-\d\d$/;

/** Whether a header could be matched by a date cell's text (a header cell that is a date). */
function hasDateLabel(labels: ReadonlySet<string>): boolean {
  let dated = DATED.get(labels);
  if (dated === undefined) DATED.set(labels, (dated = [...labels].some((l) => DATE_TEXT.test(l))));
  return dated;
}

/**
 * Tells a data row from the furniture around it: blank rows, repeated headers, a row of column
 * numbers, section titles (一、…), subtotal and total rows, notes and signature lines.
 * @example classifyRow(['合计', null, 123.4], new Set()) //=> 'subtotal'
 */
export function classifyRow(cells: readonly unknown[], headerLabels: ReadonlySet<string>): SkipKind | 'data' {
  // One pass over the non-empty cells (whitespace removed), keeping what each test below needs;
  // this runs on every row of every file.
  let count = 0;
  let first = '';
  let labels = 0;
  let numbered = true; // every text so far is its own position: 1, 2, 3 …
  let total = false; // one of the first three texts starts a subtotal/total
  let signed = false; // one of the first four texts is a signature label
  let laterDigit = false; // a text after the first has a digit
  const datedLabels = hasDateLabel(headerLabels);
  for (const c of cells) {
    if (c instanceof Date && count > 0 && !datedLabels && !Number.isNaN(c.getTime())) {
      // A date's text (2026-04-01) is never a position, a total, a signature or a note, and has
      // digits: no need to write it out.
      count++;
      numbered = false;
      if (count <= 3) laterDigit = true;
      continue;
    }
    let t = cellText(c);
    if (!t) continue;
    if (typeof c !== 'number') t = t.replace(/\s+/g, '');
    count++;
    if (count === 1) first = t;
    else if (count <= 3 && !laterDigit && /\d/.test(t)) laterDigit = true;
    if (headerLabels.has(t)) labels++;
    if (numbered && t !== String(count)) numbered = false;
    if (count <= 3 && !total && TOTAL.test(t)) total = true;
    if (count <= 4 && !signed && SIGNATURE.test(t)) signed = true;
  }
  if (count === 0) return 'blank';
  if (headerLabels.size > 0 && labels * 2 >= count && count >= 3) return 'header';
  if (count >= 3 && numbered) return 'column_numbers';
  if (total) return 'subtotal';
  if (NOTE.test(first)) return 'note';
  if (count <= 4 && signed) return 'signature';
  // 一、机关事业单位 — in one cell, or the numeral in the 序号 column and the title beside it.
  if (count <= 3 && (SECTION.test(first) || (SECTION_NUMERAL.test(first) && count >= 2 && !laterDigit))) return 'section';
  return 'data';
}
