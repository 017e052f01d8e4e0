import type { ComplaintKind } from './extraction.js';

export interface Classification {
  readonly kind: ComplaintKind;
  readonly confidence: number;
  readonly reason: string;
}

export interface ClassifyOptions {
  /** Whether an enterprise in the text was named as the one owed (我公司（X）, X的负责人反映). */
  readonly creditorNamed?: boolean;
  /** Whether an explicit number of workers was found. */
  readonly workersNamed?: boolean;
  /** Whether an amount or a counterparty is named: a question about how to complain names neither. */
  readonly hasSubstance?: boolean;
}

const DEBT = /拖欠|欠款|尚欠|仍欠|结欠|欠付|欠薪|欠(?!缺|佳|妥|条)|未付|未支付|未结清|未结算|未发放|未发|不付|拒付|拖延支付|迟迟不付|没有支付|没付|没给|不给|讨薪|讨要|不结算|没有结算|没结算|没有结清|没结清|没有付|没有给|还没给/u;
const SELF = /我公司|我司|本公司|我单位|本单位|我们公司|我厂|我方|其公司|其单位|该司|来电人(?:所在|经营|开办)(?:的)?(?:公司|单位|企业)|(?:负责人|法人|法定代表人|总经理|老板|财务)(?:来电)?反映|小微企业|中小企业|民营企业|(?:我|本人)(?:是|系)(?:一名|一家)?个体工商户/u;
const BUSINESS_MONEY = /工程款|货款|服务费|服务款|账款|合同款|进度款|尾款|质保金|保证金|设计费|劳务费|加工费|结算款|维保费|运费|技术服务费|租赁费|咨询费|款项/u;
const BUSINESS_DEBT = new RegExp(`(?:拖欠|欠|未付|未支付|支付|结清|结算)[^。；]{0,12}(?:${BUSINESS_MONEY.source})|(?:${BUSINESS_MONEY.source})[^。；]{0,12}(?:未付|未支付|拖欠|尚欠|未结清|未结算|不付|拖延)`, 'u');
const WAGE_DEBT = /(?:拖欠|欠|未发|未付|没发|没给|不发|不给|结清|讨要|讨)[^，。；]{0,10}(?:工资|工钱|薪水|薪资|劳务报酬|血汗钱)|(?:工资|工钱|薪水|薪资|劳务报酬)[^，。；]{0,14}(?:未发|未付|没发|没给|不发|拖欠|未结|没结|至今未|一直没|讨不到|拿不到|欠|未支付|未到账)|欠薪|讨薪/gu;
const WAGE_AS_EFFECT = /(?:导致|致使|造成|影响|无法|不能|没钱|难以|没有能力)[^。；]{0,14}(?:工资|工钱|薪)|(?:工资|工钱)都发不出|发不出(?:工人)?工资/gu;
const WORKERS = /农民工|工人|工友|班组|包工头|务工|本人在|我们在|干活|打工|做工|上班/u;

const QUESTION = /咨询|如何投诉|怎么投诉|怎样投诉|受理渠道|办理流程|怎么办/u;
// The first DISPUTES topics are money disputes that are not arrears; the rest are other matters.
const DISPUTES = 3;
const TOPICS: readonly (readonly [RegExp, string])[] = [
  [/房东|租房|房租|退租|租客|二房东/u, '房屋租赁纠纷，不属于拖欠中小企业账款或欠薪'],
  [/退款|退费|押金|定金|订金|会员卡|预付卡|储值卡|充值|退货|消费者|商家|门店|网购|售后|课时费|学费|健身|美容|理发|快递|包裹|理赔|赔偿|交房/u, '消费纠纷（退款/押金/预付卡），不属于拖欠中小企业账款或欠薪'],
  [/借款|借钱|借了|借给|欠条|高利贷|网贷|民间借贷/u, '个人借贷纠纷，不属于拖欠中小企业账款或欠薪'],
  [/噪音|噪声|扰民|夜间施工|吵闹/u, '噪声扰民，非欠款事项'],
  [/停车|乱停|违停|车位|占道|道路拥堵/u, '停车/交通问题，非欠款事项'],
  [/小区物业|物业不作为|物业服务差|电梯|漏水|业委会|维修基金|维修资金|物业费(?:上涨|太高|涨)/u, '小区物业管理问题，非欠款事项'],
  [/垃圾|油烟|异味|污水|违建|违章搭建|路灯|井盖|绿化带|树木|积水/u, '市容环境问题，非欠款事项'],
  [/咨询|政策|申报|补贴|扶持|办理流程|受理渠道/u, '政策咨询，非欠款事项'],
];

/**
 * Decide what a complaint is about: money owed to an enterprise ('sme_arrears'), workers' unpaid
 * pay ('wage_arrears'), or something else ('other', with the reason). Wages mentioned as a
 * consequence (导致无法支付工人工资) do not make an enterprise's complaint a wage one.
 * @example classifyComplaint('我司为区教育局提供服务，尚欠服务费12万元').kind //=> 'sme_arrears'
 */
export function classifyComplaint(text: string, options: ClassifyOptions = {}): Classification {
  const t = typeof text === 'string' ? text : '';
  const effects = [...t.matchAll(WAGE_AS_EFFECT)].map((m) => [m.index, m.index + m[0].length] as const);
  const wageDebt = [...t.matchAll(WAGE_DEBT)].some((m) => !effects.some(([s, e]) => m.index < e && m.index + m[0].length > s));
  const self = SELF.test(t) || options.creditorNamed === true;
  const debt = DEBT.test(t) || wageDebt;
  const topic = TOPICS.find(([pattern]) => pattern.test(t));
  if (!debt || (QUESTION.test(t) && options.hasSubstance === false)) {
    return { kind: 'other', confidence: topic ? 0.95 : 0.85, reason: topic?.[1] ?? '未反映被拖欠款项或工资，非欠款事项' };
  }
  const businessDebt = BUSINESS_DEBT.test(t);
  // A consumer, a tenant or a private lender also says 不退/欠; only an enterprise speaking for itself is an SME.
  const dispute = topic !== undefined && TOPICS.indexOf(topic) < DISPUTES;
  if (dispute && !self && !wageDebt) return { kind: 'other', confidence: 0.9, reason: topic[1] };
  const wage = (wageDebt ? 3 : 0) + (WORKERS.test(t) ? 1 : 0) + (options.workersNamed ? 1 : 0);
  const sme = (self ? 2 : 0) + (businessDebt ? 2 : 0) + (BUSINESS_MONEY.test(t) ? 1 : 0);
  if (wage > sme) {
    return { kind: 'wage_arrears', confidence: wage - sme >= 2 ? 0.95 : 0.75, reason: '劳动者反映被拖欠工资（欠薪）' };
  }
  if (sme > 0) {
    const confidence = sme - wage >= 2 && self ? 0.95 : sme - wage >= 2 ? 0.85 : 0.7;
    return { kind: 'sme_arrears', confidence, reason: self ? '企业反映被拖欠账款' : '反映单位拖欠款项，未明确债权企业' };
  }
  if (topic) return { kind: 'other', confidence: 0.8, reason: topic[1] };
  return { kind: 'sme_arrears', confidence: 0.5, reason: '反映拖欠款项，主体不明确，需人工确认' };
}
