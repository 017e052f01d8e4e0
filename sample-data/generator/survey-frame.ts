import type ExcelJS from 'exceljs';
import { cnDate, formatDate, iso } from './dates.js';
import type { Random } from './random.js';
import { HEADER_STYLE, TITLE_STYLE, setAt, setRow } from './sheet-writing.js';
import { reportingUnit, type Street } from './streets.js';
import type { SurveyLayout } from './survey-layout.js';
import type { Period, Ymd } from './types.js';

/** Title, 填报单位 line and header rows. Returns the first data row. Merges are set before commit. */
export function writeSurveyTop(ws: ExcelJS.Worksheet, layout: SurveyLayout, street: Street, period: Period,
  reportedOn: Ymd, rng: Random): number {
  const last = layout.columns.length;
  let r = 1;
  setRow(ws, r, [`闵行区${period.year}年${period.month}月拖欠中小企业账款摸排台账（${street.name}）`], TITLE_STYLE);
  ws.mergeCells(r, 1, r, last);
  ws.getRow(r).height = 28;
  r++;
  if (layout.secondTitle) {
    const asOf = { y: period.year, m: period.month, d: 1 };
    setRow(ws, r, [rng.chance(0.5) ? `（数据截至${cnDate(lastDayBefore(asOf))}）` : '（各街镇、各有关部门填报）'], { alignment: { horizontal: 'center' } });
    ws.mergeCells(r, 1, r, last);
    r++;
  }
  const unit = reportingUnit(street);
  const dateText = rng.pick([cnDate(reportedOn), iso(reportedOn), `${reportedOn.y}.${reportedOn.m}.${reportedOn.d}`]);
  const unitText = layout.unitLine ? '单位：万元' : null;
  const mid = Math.ceil(last / 2);
  if (layout.infoStyle === 'one_cell') {
    setRow(ws, r, [[`填报单位：${unit}`, `填报日期：${dateText}`, unitText].filter(Boolean).join('　　　　')]);
    ws.mergeCells(r, 1, r, last);
  } else if (layout.infoStyle === 'spread') {
    setAt(ws, r, { 1: `填报单位：${unit}`, [mid]: `填报日期：${dateText}`, ...(unitText ? { [last]: unitText } : {}) });
  } else {
    // Label and value in separate cells, the date as a real Date cell.
    setAt(ws, r, { 1: '填报单位：', 2: unit, [mid]: '填报日期：', [mid + 1]: formatDate(reportedOn, 'date'),
      ...(unitText ? { [last - 1]: '单位：', [last]: '万元' } : {}) });
    ws.mergeCells(r, 2, r, 4);
  }
  r++;
  return layout.twoRowHeader ? twoRowHeader(ws, layout, r) : flatHeader(ws, layout, r);
}

function flatHeader(ws: ExcelJS.Worksheet, layout: SurveyLayout, r: number): number {
  setRow(ws, r, layout.columns.map((c) => c.top), HEADER_STYLE).height = 42;
  return r + 1;
}

/** Group labels merged across their columns on the top row; other headers merged down both rows. */
function twoRowHeader(ws: ExcelJS.Worksheet, layout: SurveyLayout, r: number): number {
  const cols = layout.columns;
  setRow(ws, r, cols.map((c, i) => (c.group === null || cols[i - 1]?.group !== c.group ? c.top : null)), HEADER_STYLE).height = 24;
  setRow(ws, r + 1, cols.map((c) => (c.group === null ? null : c.sub)), HEADER_STYLE).height = 36;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    if (c.group === null) {
      ws.mergeCells(r, i + 1, r + 1, i + 1);
      continue;
    }
    if (cols[i - 1]?.group === c.group) continue;
    let end = i;
    while (cols[end + 1]?.group === c.group) end++;
    if (end > i) ws.mergeCells(r, i + 1, r, end + 1);
  }
  return r + 2;
}

/** 填表说明 notes and the signature line under the data. */
export function writeSurveyBottom(ws: ExcelJS.Worksheet, layout: SurveyLayout, r: number, deadline: Ymd, signer: readonly string[], phone: string, rng: Random): number {
  const last = layout.columns.length;
  const notes = [
    `1.本表金额单位为${layout.unit}${layout.unit === '万元' ? '，保留四位小数' : ''}；`,
    '2.“有分歧”指双方对欠款金额存在争议的部分，“无分歧”与“有分歧”之和应等于欠款金额；',
    '3.欠款单位类型按机关、事业单位、国有企业、大型企业、平台公司、其他填写；',
    `4.请于${cnDate(deadline)}前报区清欠办。`,
  ];
  r++; // one blank row between the data and the notes
  if (layout.index % 2 === 0) {
    setRow(ws, r, [`填表说明：${notes.join('')}`], { alignment: { wrapText: true, vertical: 'top' } }).height = 48;
    ws.mergeCells(r, 1, r, last);
    r++;
  } else {
    setRow(ws, r++, ['填表说明：']);
    for (const n of notes) {
      setRow(ws, r, [n]);
      ws.mergeCells(r, 1, r, last);
      r++;
    }
  }
  const [filler, reviewer] = signer;
  if (rng.chance(0.5)) {
    setRow(ws, r, [`填表人：${filler}　　　　审核人：${reviewer}　　　　联系电话：${phone}`]);
  } else {
    setAt(ws, r, { 1: `填表人：${filler}`, [Math.ceil(last / 3)]: `审核人：${reviewer}`, [Math.ceil((2 * last) / 3)]: `联系电话：${phone}` });
  }
  return r + 1;
}

function lastDayBefore(d: Ymd): Ymd {
  const t = new Date(Date.UTC(d.y, d.m - 1, 0));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
