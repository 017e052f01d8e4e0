import { DATE_STYLES, type DateStyle } from './dates.js';

export type SurveyField = 'seq' | 'debtorName' | 'debtorUscc' | 'debtorType' | 'supervisor' | 'street'
  | 'creditorName' | 'creditorUscc' | 'size' | 'arrearsType' | 'project' | 'contractAmount' | 'owed'
  | 'undisputed' | 'disputed' | 'formedOn' | 'agreedOn' | 'cleared' | 'plannedOn' | 'litigation'
  | 'contact' | 'phone' | 'remark';

export interface SurveyColumn {
  readonly field: SurveyField;
  /** Top header cell (two-row: the group label, or the whole header of an ungrouped column). */
  readonly top: string;
  /** Second header row (two-row layouts only); empty when the column spans both rows. */
  readonly sub: string;
  readonly group: 'debtor' | 'creditor' | 'amount' | null;
}

/** Everything that differs between one street's workbook and another's. */
export interface SurveyLayout {
  readonly index: number;
  readonly columns: readonly SurveyColumn[];
  readonly twoRowHeader: boolean;
  readonly unit: '万元' | '元';
  readonly unitLine: boolean;
  readonly infoStyle: 'one_cell' | 'spread' | 'label_value';
  readonly secondTitle: boolean;
  readonly sections: boolean;
  readonly sectionLabelSplit: boolean;
  readonly owedAsFormula: boolean;
  readonly dateStyle: DateStyle;
  readonly hiddenDictionary: boolean;
  readonly summarySheet: boolean;
  readonly totalLabel: string;
}

/** Header spellings per field. Flat layouts and two-row layouts pick from different lists. */
export const FLAT_HEADERS: Readonly<Record<SurveyField, readonly string[]>> = {
  seq: ['序号'],
  debtorName: ['欠款单位名称', '债务人名称', '欠款方名称', '拖欠单位'],
  debtorUscc: ['欠款单位统一社会信用代码', '欠款方统一社会信用代码', '债务人信用代码'],
  debtorType: ['欠款单位类型', '单位性质', '债务人类型'],
  supervisor: ['主管部门', '上级主管部门'],
  street: ['所属街镇', '街镇', '所在街道（镇）'],
  creditorName: ['中小企业名称', '债权人名称', '被拖欠企业名称'],
  creditorUscc: ['中小企业统一社会信用代码', '债权人统一社会信用代码', '被拖欠企业信用代码'],
  size: ['企业规模'],
  arrearsType: ['欠款类型', '账款类型'],
  project: ['项目（合同）名称', '合同名称', '项目名称'],
  contractAmount: ['合同金额'],
  owed: ['欠款金额', '拖欠金额', '欠款总额'],
  undisputed: ['其中：无分歧金额', '无分歧'],
  disputed: ['其中：有分歧金额', '有分歧'],
  formedOn: ['欠款形成时间', '欠款发生时间'],
  agreedOn: ['约定付款时间', '合同约定付款日期'],
  cleared: ['已清偿金额', '已偿还金额'],
  plannedOn: ['计划清偿时间', '预计清偿日期'],
  litigation: ['是否进入司法程序', '是否诉讼或仲裁'],
  contact: ['联系人'],
  phone: ['联系电话'],
  remark: ['备注'],
};

export const GROUP_HEADERS = {
  debtor: ['欠款方（债务人）', '欠款单位', '债务人'],
  creditor: ['中小企业（债权人）', '被拖欠中小企业', '债权人'],
  amount: ['欠款金额', '拖欠金额', '欠款总额'],
} as const;

export const SUB_HEADERS: Partial<Readonly<Record<SurveyField, readonly string[]>>> = {
  debtorName: ['名称', '单位名称'],
  debtorUscc: ['统一社会信用代码', '信用代码'],
  debtorType: ['类型', '单位性质'],
  supervisor: ['主管部门', '上级主管部门'],
  creditorName: ['名称', '企业名称'],
  creditorUscc: ['统一社会信用代码', '信用代码'],
  size: ['企业规模', '规模'],
  owed: ['合计', '金额'],
  undisputed: ['其中：无分歧', '无分歧金额'],
  disputed: ['其中：有分歧', '有分歧金额'],
};

const GROUP_OF: Partial<Record<SurveyField, 'debtor' | 'creditor' | 'amount'>> = {
  debtorName: 'debtor', debtorUscc: 'debtor', debtorType: 'debtor', supervisor: 'debtor',
  creditorName: 'creditor', creditorUscc: 'creditor', size: 'creditor',
  owed: 'amount', undisputed: 'amount', disputed: 'amount',
};
/** Workbooks (by index) with a single flat header row; the rest have two rows with merges. */
const FLAT_WORKBOOKS: readonly number[] = [2, 7, 11, 13];
const AMOUNT_FIELDS = new Set<SurveyField>(['contractAmount', 'owed', 'cleared']);
const REQUIRED = new Set<SurveyField>(['debtorName', 'creditorName', 'owed']);

/**
 * The layout of workbook number `w`. Every quirk is a function of `w`, so the 14 street workbooks
 * together show every header spelling and every layout variation at least once.
 */
export function surveyLayout(w: number): SurveyLayout {
  const twoRowHeader = !FLAT_WORKBOOKS.includes(w);
  // Spellings rotate with the workbook's ordinal among its own kind (flat or two-row), so the few
  // flat workbooks between them still show every flat spelling.
  const ordinal = twoRowHeader ? w - FLAT_WORKBOOKS.filter((x) => x < w).length : FLAT_WORKBOOKS.indexOf(w);
  const unit = [4, 10, 13].includes(w) ? '元' : '万元';
  const unitLine = unit === '万元' && w % 3 !== 2;
  const suffixOn = unit === '元' || !unitLine || w % 2 === 0;
  const paren = w % 4 === 2 ? ['(', ')'] : ['（', '）'];
  const suffix = suffixOn ? `${paren[0]}${unit}${paren[1]}` : '';
  const fields = fieldOrder(w);
  const columns = fields.map((field): SurveyColumn => {
    const group = twoRowHeader ? GROUP_OF[field] ?? null : null;
    // A fixed offset per field (not per column position), so consecutive ordinals cycle every list.
    const offset = FIELD_ORDER.indexOf(field) * 3;
    const flat = FLAT_HEADERS[field][(ordinal + offset) % FLAT_HEADERS[field].length]!;
    if (group === null) {
      const text = AMOUNT_FIELDS.has(field) ? flat + suffix : flat;
      return { field, top: decorate(text, field, w), sub: '', group };
    }
    const subs = SUB_HEADERS[field]!;
    const groupLabels = GROUP_HEADERS[group];
    const groupText = groupLabels[ordinal % groupLabels.length]! + (group === 'amount' ? suffix : '');
    return { field, top: decorate(groupText, 'seq', w), sub: decorate(subs[(ordinal + offset) % subs.length]!, field, w), group };
  });
  return {
    index: w, columns, twoRowHeader, unit, unitLine,
    infoStyle: (['one_cell', 'spread', 'label_value'] as const)[w % 3]!,
    secondTitle: w % 4 === 1,
    sections: ![3, 8].includes(w),
    sectionLabelSplit: w % 5 === 2,
    owedAsFormula: w % 4 === 3,
    dateStyle: DATE_STYLES[w % DATE_STYLES.length]!,
    hiddenDictionary: w % 2 === 0,
    summarySheet: w % 3 === 0,
    totalLabel: w % 5 === 4 ? '合  计' : '合计',
  };
}

const FIELD_ORDER: readonly SurveyField[] = ['seq', 'debtorName', 'debtorUscc', 'debtorType', 'supervisor', 'creditorName',
  'creditorUscc', 'size', 'arrearsType', 'project', 'contractAmount', 'owed', 'undisputed', 'disputed',
  'formedOn', 'agreedOn', 'cleared', 'plannedOn', 'litigation', 'contact', 'phone', 'remark', 'street'];

function fieldOrder(w: number): SurveyField[] {
  const f: SurveyField[] = FIELD_ORDER.filter((x) => x !== 'street');
  // Half the streets put 所属街镇 first, the others after the creditor block.
  f.splice(w % 2 === 0 ? 1 : f.indexOf('arrearsType'), 0, 'street');
  const omit: SurveyField[] = [5, 12].includes(w) ? ['supervisor'] : w === 9 ? ['contractAmount'] : [];
  return f.filter((x) => !omit.includes(x));
}

/** Required marks, line breaks inside long headers and a stray trailing space, per workbook. */
function decorate(text: string, field: SurveyField, w: number): string {
  let t = text;
  if (w % 2 === 1 && t.length >= 6) {
    // Break where a clerk would: before a bracket or a closing word, else in the middle.
    const bracket = t.search(/[（(]/);
    const tail = t.search(/(时间|日期|金额|名称|代码|程序|仲裁|类型|企业|部门)$/);
    const at = bracket > 0 ? bracket : tail > 1 ? tail : Math.ceil(t.length / 2);
    t = `${t.slice(0, at)}\n${t.slice(at)}`;
  }
  if (REQUIRED.has(field) && w % 6 === 1) t = `*${t}`;
  if (REQUIRED.has(field) && w % 6 === 4) t = `${t}*`;
  if (field === 'phone' && w % 5 === 0) t = `${t} `;
  return t;
}
