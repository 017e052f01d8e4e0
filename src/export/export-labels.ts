import type { TransferStatus } from '../route/transfer-lifecycle.js';

/** The words the two offices use, for every export's cells. @example AGENCY_LABEL.econ //=> '区经委' */
export const AGENCY_LABEL: Readonly<Record<string, string>> = { econ: '区经委', wage: '区根治欠薪办', joint: '两部门共商' };
export const MECHANISM_LABEL: Readonly<Record<string, string>> = { lead_transfer: '线索移送', info_share: '信息共享', joint_handling: '共处共商' };
export const CASE_KIND_LABEL: Readonly<Record<string, string>> = { sme_arrears: '拖欠中小企业账款', wage_arrears: '欠薪' };
export const CASE_STATUS_LABEL: Readonly<Record<string, string>> = { open: '未清偿', cleared: '已清偿', disappeared: '未清偿即消失' };
export const LINK_TYPE_LABEL: Readonly<Record<string, string>> = { upstream: '上游欠款致欠薪', same_debtor: '同一欠款方', same_project: '同一项目' };

/**
 * What a clerk picks in 处理状态, and the status it leads to. 签收 and 办理中 move a transfer on;
 * 办结 needs 办理结果; 退回 needs the reason in 办理说明.
 */
export const REVIEW_ACTION_TARGET: Readonly<Record<string, TransferStatus>> = {
  签收: 'acknowledged',
  办理中: 'in_progress',
  办结: 'closed',
  退回: 'returned',
};

/** The drop-down of 办理结果; other text typed in is kept as written. */
export const REVIEW_OUTCOMES: readonly string[] = ['已督促支付', '已全部清偿', '部分清偿', '已达成还款计划', '不属本部门职责', '其他'];
