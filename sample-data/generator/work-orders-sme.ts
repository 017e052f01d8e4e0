import { withThousands } from './cell-values.js';
import { upperYuan } from './work-orders-amounts.js';
import { smeParts, smeWritten } from './work-orders-parts.js';
import type { Template } from './work-orders-types.js';

const t = (id: string, weight: number, write: Template['write']): Template => ({ id, kind: 'sme_arrears', weight, write });

/** Enterprises complaining that a body or a large firm owes them money, in the ways callers put it. */
export const SME_TEMPLATES: readonly Template[] = [
  t('sme_rep_of', 6, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `来电人系${p.C}负责人，反映${p.D.text}拖欠其公司${p.TYPE}${p.A}。涉及${p.PQ}，已于${p.DATE2}完工，多次催讨未果，要求协调支付。`, { project: true });
  }),
  t('sme_debtor_first', 6, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `${p.D.text}拖欠我公司（${p.C}）${p.TYPE}${p.A}至今未付，涉及${p.PQ}，请求相关部门督促对方付款。`, { project: true });
  }),
  t('sme_supply_for', 5, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `我公司${p.C}自${p.DATE}起为${p.D.text}提供${p.SUBJ}，对方至今未付${p.TYPE}${p.A}，公司资金周转困难。`, {});
  }),
  t('sme_contract_total', 6, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `我司（${p.C}）承接了${p.D.text}的${p.P}，合同金额${p.T}，已于${p.DATE2}竣工验收，但尚欠${p.TYPE}${p.A}未支付。`, { contract: true, project: true });
  }),
  t('sme_caller_company', 5, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `来电人所在的${p.C}反映${p.D.text}欠其${p.TYPE}共计${p.A}，经多次协商无果，希望政府帮助协调。`, {});
  }),
  t('sme_total_paid_rest', 5, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `市民来电：其单位${p.C}于${p.DATE}与${p.D.text}签订${p.PQ}，合同总价${p.T}，已支付${p.PAID}，剩余${p.A}对方以各种理由拖延支付。`, { contract: true, project: true });
  }),
  t('sme_owes_us', 4, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `${p.D.text}欠我们${p.C}${p.A}，是${p.PQ}的款项，${p.DATE2}就完工了，拖了一年多还没给。`, { project: true });
  }),
  t('sme_supervisor_named', 4, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `我司${p.C}承接了${p.D.text}发包的${p.P}，${p.X}作为该项目监理单位已确认工程量，但${p.D.text}至今拖欠${p.TYPE}${p.A}。`, { project: true, third: true });
  }),
  t('sme_developer_named', 4, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `${p.C}反映：该公司为${p.D.text}承建的${p.P}提供${p.SUBJ}，${p.X}作为该项目建设单位已将款项拨付给${p.D.text}，但${p.D.text}至今仍拖欠该公司${p.A}。`, { project: true, third: true });
  }),
  t('sme_short_name', 5, (s) => {
    const p = smeParts(s);
    const d = p.Dshort;
    return smeWritten(p, `我司为${d.text}提供${p.SUBJ}，${d.text}至今拖欠${p.TYPE}${p.A}，我司是${p.C}，请12345帮忙督促。`, { debtor: d });
  }),
  t('sme_upper_amount', 4, (s) => {
    const p = smeParts(s);
    const yuan = p.m.owedYuan;
    const upper = s.rng.chance(0.6) ? `人民币${upperYuan(yuan)}（¥${withThousands(yuan)}）` : upperYuan(yuan);
    return smeWritten(p, `${p.C}投诉${p.D.text}：双方于${p.DATE}签订${p.PQ}，约定验收后付清全部款项，现欠款金额为${upper}，请求督促支付。`, { project: true });
  }),
  t('sme_three_amounts', 4, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `${p.C}反映，${p.PQ}于${p.DATE2}通过验收，结算金额${p.T}，${p.D.text}目前仅支付${p.PAID}，仍欠${p.A}，已逾期多月。`, { contract: true, project: true });
  }),
  t('sme_letter_fields', 4, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `反映人代表${p.C}。被投诉单位：${p.D.text}。欠款金额：${p.A}。事由：${p.PQ}款项未结清。`, { project: true });
  }),
  t('sme_small_firm_wages', 4, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `我公司是一家小微企业（${p.C}），${p.m.agreedOn.y}年为${p.D.text}做了${p.PQ}，对方一直以审计未完成为由不付款，尚欠${p.A}，公司资金紧张，工人工资都发不出来了。`, { project: true });
  }),
  t('sme_labour_firm', 3, (s) => {
    const p = smeParts(s);
    const n = s.rng.int(6, 60);
    return smeWritten(p, `${p.C}（劳务公司）反映：该司承接${p.D.text}发包的${p.PQ}劳务分包，${p.D.text}拖欠劳务费${p.A}，导致该司无法支付${n}名农民工工资。`, { project: true, workers: n });
  }),
  t('sme_signed_with_us', 4, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `${p.D.text}于${p.DATE}与我公司签订${p.PQ}，合同金额${p.T}，我公司${p.C}已按约履行全部义务，但${p.D.text}至今尚欠${p.A}。`, { contract: true, project: true });
  }),
  t('sme_passive', 4, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `${p.C}被${p.D.text}拖欠${p.TYPE}${p.A}，${p.PQ}早已完成，对方一直推脱。`, { project: true });
  }),
  t('sme_unnamed_creditor', 3, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `来电人反映其公司为${p.D.text}提供${p.SUBJ}，对方至今拖欠${p.A}未付，请求帮助。`, { creditor: false });
  }),
  t('sme_unnamed_paid', 3, (s) => {
    const p = smeParts(s);
    return smeWritten(p, `诉求：我司于${p.DATE}完成${p.D.text}${p.PQ}，审计结算金额${p.T}，${p.D.text}仅支付${p.PAID}，尚有${p.A}未支付，要求尽快支付。`, { creditor: false, contract: true, project: true });
  }),
];
