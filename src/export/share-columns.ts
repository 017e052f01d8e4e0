import type { CasePersonalData } from './mask-case-personal-data.js';
import { CASE_KIND_LABEL, CASE_STATUS_LABEL, LINK_TYPE_LABEL } from './export-labels.js';
import type { SharedCaseRow } from './shared-cases-sql.js';

/** A registry value: text, integer fen (shown as 元), a count, or nothing. */
export type ShareValue = { readonly kind: 'text'; readonly value: string } | { readonly kind: 'fen'; readonly value: bigint } | { readonly kind: 'int'; readonly value: number } | null;

export interface ShareColumn {
  readonly header: string;
  readonly width: number;
  /** Personal data columns, already masked per the policy when they reach here. */
  readonly personal?: boolean;
  /** Money columns: integer fen in the store, shown as 元 with two decimals. */
  readonly money?: boolean;
  readonly value: (c: SharedCaseRow, p: CasePersonalData | undefined) => ShareValue;
}

const text = (v: string | null | undefined): ShareValue => (v ? { kind: 'text', value: v } : null);
const fen = (v: string | null): ShareValue => (v === null ? null : { kind: 'fen', value: BigInt(v) });
const LABEL: Readonly<Record<string, string>> = { ...LINK_TYPE_LABEL, same_party: '同一单位' };

// 'SME-2026-000095 upstream,same_project' → 'SME-2026-000095（上游欠款致欠薪、同一项目）'
// …and, past the first MAX_RELATED_SHOWN, '…；等共 1,234 件'.
function related(items: readonly string[], count: number): string {
  const shown = items.map((r) => {
    const [id, types = ''] = r.split(' ');
    return `${id}（${types.split(',').map((t) => LABEL[t] ?? t).join('、')}）`;
  }).join('；');
  return count > items.length ? `${shown}；等共 ${count.toLocaleString('en-US')} 件` : shown;
}

/**
 * The registry's columns, in order, each with how its cell is taken from a shared case and the
 * case's (already masked) personal data. The csv adds a 脱敏规则 column; the xlsx states it above.
 * @example SHARE_COLUMNS[0].header //=> '案件编号'
 */
export const SHARE_COLUMNS: readonly ShareColumn[] = [
  { header: '案件编号', width: 19, value: (c) => text(c.case_id) },
  { header: '案件类别', width: 16, value: (c) => text(CASE_KIND_LABEL[c.kind] ?? c.kind) },
  { header: '欠款方', width: 28, value: (c) => text(c.debtor_name) },
  { header: '欠款方统一社会信用代码', width: 21, value: (c) => text(c.debtor_uscc) },
  { header: '中小企业', width: 28, value: (c) => text(c.creditor_name) },
  { header: '中小企业统一社会信用代码', width: 21, value: (c) => text(c.creditor_uscc) },
  { header: '用人单位', width: 28, value: (c) => text(c.employer_name) },
  { header: '用人单位统一社会信用代码', width: 21, value: (c) => text(c.employer_uscc) },
  { header: '事项/项目', width: 30, value: (c) => text(c.matter) },
  { header: '欠款金额（元）', width: 16, money: true, value: (c) => fen(c.amount_owed_fen) },
  { header: '已清偿金额（元）', width: 16, money: true, value: (c) => fen(c.amount_cleared_fen) },
  { header: '涉及人数', width: 9, value: (c) => (c.workers === null ? null : { kind: 'int', value: c.workers }) },
  { header: '案件状态', width: 12, value: (c) => text(CASE_STATUS_LABEL[c.status] ?? c.status) },
  { header: '首次期次', width: 10, value: (c) => text(c.first_period) },
  { header: '最近期次', width: 10, value: (c) => text(c.last_period) },
  { header: '共同涉及单位', width: 28, value: (c) => text((c.common_parties ?? []).join('、')) },
  { header: '关联本部门案件', width: 36, value: (c) => text(related(c.related ?? [], Number(c.related_count))) },
  { header: '关联依据', width: 50, value: (c) => text((c.reasons ?? []).join('；')) },
  { header: '反映人/联系人', width: 22, personal: true, value: (_c, p) => text(p?.names) },
  { header: '联系电话', width: 16, personal: true, value: (_c, p) => text(p?.phones) },
  { header: '身份证号码', width: 21, personal: true, value: (_c, p) => text(p?.idNumbers) },
  { header: '情况摘要', width: 50, personal: true, value: (_c, p) => text(p?.texts) },
];
