import type ExcelJS from 'exceljs';
import { columnLetter, round4 } from './cell-values.js';
import { BOLD, HEADER_STYLE, setRow } from './sheet-writing.js';
import type { SurveyField, SurveyLayout } from './survey-layout.js';
import type { Period } from './types.js';

export type TypeTally = Map<string, { count: number; owed: number }>;

const TYPES = ['机关', '事业单位', '国有企业', '大型企业', '平台公司', '其他'];
const LISTS: readonly (readonly [SurveyField, string, readonly string[]])[] = [
  ['debtorType', '单位类型', TYPES],
  ['size', '企业规模', ['中型', '小型', '微型']],
  ['arrearsType', '欠款类型', ['工程款', '货款', '服务款', '保证金', '其他']],
  ['litigation', '是否', ['是', '否']],
];

/** The text-only first sheet. */
export function addInstructions(wb: ExcelJS.stream.xlsx.WorkbookWriter, layout: SurveyLayout, p: Period): void {
  const ws = wb.addWorksheet('填表说明');
  ws.columns = [{ width: 100 }];
  const lines = [
    `${p.year}年${p.month}月拖欠中小企业账款摸排填表说明`,
    '一、填报范围：辖区内机关、事业单位、国有企业、大型企业拖欠中小企业的逾期未支付账款（含工程款、货款、服务款、保证金等）。',
    `二、金额单位：${layout.unit}${layout.unit === '万元' ? '，保留四位小数' : '，保留两位小数'}。`,
    '三、“企业规模”按《中小企业划型标准规定》填写中型、小型、微型。',
    '四、“是否进入司法程序”指是否已提起诉讼或申请仲裁。',
    '五、同一笔欠款请勿拆分填报；已全部清偿的不再填报。',
  ];
  lines.forEach((text, i) => setRow(ws, i + 1, [text], i === 0 ? BOLD : undefined).commit());
  ws.commit();
}

/** The hidden 字典 sheet that feeds the drop-downs on 摸排台账. */
export function addDictionary(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const ws = wb.addWorksheet('字典', { state: 'hidden' });
  const height = Math.max(...LISTS.map(([, , v]) => v.length));
  setRow(ws, 1, LISTS.map(([, title]) => title)).commit();
  for (let i = 0; i < height; i++) setRow(ws, i + 2, LISTS.map(([, , v]) => v[i] ?? null)).commit();
  ws.commit();
}

/** Drop-downs over the data rows, pointing at 字典; they must be set before 摸排台账 commits. */
export function addValidations(sheet: ExcelJS.Worksheet, col: ReadonlyMap<SurveyField, number>, firstRow: number, lastRow: number): void {
  // The streaming WorksheetWriter has dataValidations; exceljs's typings only declare it on Worksheet's cells.
  const data = sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } };
  LISTS.forEach(([field, , values], k) => {
    const c = col.get(field);
    if (c === undefined || lastRow < firstRow) return;
    const letter = columnLetter(k + 1);
    data.dataValidations.add(`${columnLetter(c)}${firstRow}:${columnLetter(c)}${lastRow}`, {
      type: 'list', allowBlank: true, formulae: [`字典!$${letter}$2:$${letter}$${values.length + 1}`],
    });
  });
}

/** 汇总: counts and amounts by debtor type as COUNTIF/SUMIF formulas over 摸排台账, results cached. */
export function addSummary(wb: ExcelJS.stream.xlsx.WorkbookWriter, layout: SurveyLayout,
  col: ReadonlyMap<SurveyField, number>, firstRow: number, lastRow: number, tally: TypeTally): void {
  const ws = wb.addWorksheet('汇总');
  ws.columns = [{ width: 16 }, { width: 10 }, { width: 18 }];
  setRow(ws, 1, ['欠款单位类型', '笔数', `欠款金额（${layout.unit}）`], HEADER_STYLE).commit();
  const t = columnLetter(col.get('debtorType')!);
  const o = columnLetter(col.get('owed')!);
  const range = (c: string): string => `'摸排台账'!$${c}$${firstRow}:$${c}$${lastRow}`;
  let count = 0;
  let owed = 0;
  TYPES.forEach((type, i) => {
    const v = tally.get(type) ?? { count: 0, owed: 0 };
    count += v.count;
    owed = round4(owed + v.owed);
    setRow(ws, i + 2, [type, { formula: `COUNTIF(${range(t)},"${type}")`, result: v.count },
      { formula: `SUMIF(${range(t)},"${type}",${range(o)})`, result: round4(v.owed) }]).commit();
  });
  const end = TYPES.length + 1;
  setRow(ws, end + 1, ['合计', { formula: `SUM(B2:B${end})`, result: count }, { formula: `SUM(C2:C${end})`, result: owed }], BOLD).commit();
  ws.commit();
}
