/** One column of the review sheet: its header, look, whether a clerk may edit it, and its help text. */
export interface ReviewColumn {
  readonly key: ReviewKey;
  readonly header: string;
  readonly width: number;
  /** Locked columns are protected and checked on import; editable ones are where outcomes go. */
  readonly editable: boolean;
  readonly hidden?: boolean;
  readonly numFmt?: string;
  readonly wrap?: boolean;
  /** The 填表说明 line for this column. */
  readonly help: string;
}

export type ReviewKey =
  | 'transfer_id' | 'case_id' | 'mechanism' | 'from_agency' | 'rule_id' | 'reason' | 'party' | 'creditor'
  | 'amount' | 'workers' | 'created_on' | 'due_on' | 'status' | 'names' | 'phones' | 'id_numbers' | 'texts'
  | 'action' | 'outcome' | 'cleared' | 'note' | 'handler' | 'handled_on' | 'hidden_id' | 'hidden_version';

const YUAN = '#,##0.00';
const DATE = 'yyyy-mm-dd';

/**
 * The review sheet's columns in order. Headers are what import looks for, so they are the contract
 * between a workbook and its import: change them only with a new format version.
 * @example REVIEW_COLUMNS.find((c) => c.key === 'action')?.header //=> '处理状态'
 */
export const REVIEW_COLUMNS: readonly ReviewColumn[] = [
  { key: 'transfer_id', header: '移送编号', width: 17, editable: false, help: '本系统的移送编号，询问或督办时请报此编号。' },
  { key: 'case_id', header: '案件编号', width: 19, editable: false, help: '案件编号：SME 开头为拖欠中小企业账款案件，WAGE 开头为欠薪案件。' },
  { key: 'mechanism', header: '移送机制', width: 10, editable: false, help: '备忘录机制：线索移送、信息共享或共处共商（两部门共同办理）。' },
  { key: 'from_agency', header: '移送单位', width: 13, editable: false, help: '移出案件的部门。' },
  { key: 'rule_id', header: '规则', width: 9, editable: false, help: '触发移送的备忘录规则编号（见 schemas/routing-rules.json）。' },
  { key: 'reason', header: '移送理由', width: 40, editable: false, wrap: true, help: '依规则写明的移送理由。' },
  { key: 'party', header: '欠款方/用人单位', width: 28, editable: false, wrap: true, help: '账款案件为欠款方（债务人），欠薪案件为用人单位。' },
  { key: 'creditor', header: '中小企业', width: 28, editable: false, wrap: true, help: '被拖欠账款的中小企业（债权人）；欠薪案件为空。' },
  { key: 'amount', header: '欠款金额（元）', width: 16, editable: false, numFmt: YUAN, help: '案件欠款金额，单位元，保留两位小数。' },
  { key: 'workers', header: '涉及人数', width: 9, editable: false, numFmt: '0', help: '欠薪涉及的工人人数。' },
  { key: 'created_on', header: '移送日期', width: 12, editable: false, numFmt: DATE, help: '移送生成的日期。' },
  { key: 'due_on', header: '办结时限', width: 12, editable: false, numFmt: DATE, help: '按工作日（含调休）计算的办结期限，逾期将列入督办。' },
  { key: 'status', header: '当前状态', width: 10, editable: false, help: '导出时的状态：已移送、已签收或办理中。' },
  { key: 'names', header: '反映人/联系人', width: 20, editable: false, wrap: true, help: '按脱敏规则处理：姓名只显示姓；对方部门收集的个人信息不在本表提供。' },
  { key: 'phones', header: '联系电话', width: 16, editable: false, wrap: true, help: '按脱敏规则处理：手机号只显示前3位和后4位。' },
  { key: 'id_numbers', header: '身份证号码', width: 21, editable: false, wrap: true, help: '按脱敏规则处理：只显示前6位和后4位。' },
  { key: 'texts', header: '情况摘要', width: 40, editable: false, wrap: true, help: '线索摘要、诉求内容等，其中的身份证号、手机号和姓名已按脱敏规则遮盖。' },
  { key: 'action', header: '处理状态', width: 11, editable: true, help: '请从下拉选择：签收、办理中、办结、退回。可直接选“办结”，导入时先签收再办结。' },
  { key: 'outcome', header: '办理结果', width: 16, editable: true, help: '选“办结”时必填，可从下拉选择，也可填写其他结果。' },
  { key: 'cleared', header: '已清偿金额（元）', width: 16, editable: true, numFmt: YUAN, help: '截至办理日期已清偿的金额，单位元，最多两位小数；没有可不填。' },
  { key: 'note', header: '办理说明', width: 30, editable: true, wrap: true, help: '办理情况说明；选“退回”时必须写明退回理由。' },
  { key: 'handler', header: '经办人', width: 10, editable: true, help: '经办人姓名；不填则记为导入人。' },
  { key: 'handled_on', header: '办理日期', width: 12, editable: true, numFmt: DATE, help: '办理的日期，如 2026-04-22；不填则记为导入当天。' },
  { key: 'hidden_id', header: '系统编号（勿改）', width: 17, editable: false, hidden: true, help: '隐藏列：导入时据此找到移送。' },
  { key: 'hidden_version', header: '版本（勿改）', width: 8, editable: false, hidden: true, help: '隐藏列：导出时的版本；导入时若系统中已变更，该行不予导入（导出后已被修改）。' },
];

/** The columns a clerk fills in. */
export const EDITABLE_KEYS: readonly ReviewKey[] = REVIEW_COLUMNS.filter((c) => c.editable).map((c) => c.key);
/** The visible locked columns, compared on import with what the export wrote. */
export const LOCKED_KEYS: readonly ReviewKey[] = REVIEW_COLUMNS.filter((c) => !c.editable && !c.hidden).map((c) => c.key);
/** The review sheet's name, and the hidden sheet holding the export's identity. */
export const REVIEW_SHEET = '待办移送';
export const HELP_SHEET = '填表说明';
export const META_SHEET = '导出信息';
export const REVIEW_FORMAT = 'arrears-review-v1';
