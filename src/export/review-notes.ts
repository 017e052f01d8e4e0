import { AGENCY_LABEL } from './export-labels.js';
import type { Agency, MaskingPolicy } from './load-masking-policy.js';

export interface ReviewNotesInput {
  readonly agency: Agency;
  readonly asOf: string;
  readonly exportId: string;
  readonly sent: number;
  readonly rows: number;
  readonly policy: MaskingPolicy;
}

/**
 * The lines at the top of a review workbook's 填表说明 sheet: what the workbook is, how personal
 * data was treated, and what import will do with each row.
 * @example reviewNotes({ agency: 'econ', … })[0] //=> '本表即为移送文书：…'
 */
export function reviewNotes(n: ReviewNotesInput): string[] {
  const label = AGENCY_LABEL[n.agency]!;
  const other = AGENCY_LABEL[n.agency === 'econ' ? 'wage' : 'econ']!;
  const toOther = n.policy.treatment('review', n.agency === 'econ' ? 'wage' : 'econ', n.agency);
  return [
    `本表即为移送文书：导出时，待移送给${label}（含共处共商）的 ${n.sent} 件已随本表一并移送，移送日期记为 ${n.asOf}；表中共 ${n.rows} 件待${label}办理。`,
    `导出编号 ${n.exportId}；导出日期 ${n.asOf}。请勿增删行、改动锁定列或隐藏列，否则该行不予导入。`,
    `个人信息按《${n.policy.title}》处理：身份证号只显示前6位和后4位，手机号只显示前3位和后4位，姓名只显示姓；` +
      `${other}收集的个人信息${toOther === 'omit' ? '不在本表提供' : '已脱敏'}。`,
    '怎样填写：在黄色列选择处理状态（签收、办理中、办结、退回），办结须填办理结果，退回须在办理说明中写明理由；已清偿金额以元为单位。',
    '怎样交回：保存后（仍为 .xlsx）交清欠办或欠薪办，执行 arrears review import <文件> --by <姓名> 导入，每一行的结果都会逐行列出。',
    '导入规则：尚未签收而选“办结”“办理中”的，导入时先签收再办理（分别记录）；导出后在系统中已被他人改动的行（导出后已被修改）不导入，请重新导出；' +
      '同一文件重复导入不会重复办理，已办理的行显示为“未变化”。',
  ];
}
