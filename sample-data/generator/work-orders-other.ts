import { cnDate, dayIn } from './dates.js';
import { mobile, personName } from './people.js';
import { STREETS } from './streets.js';
import { writeAmount } from './work-orders-amounts.js';
import { writeDebtor } from './work-orders-names.js';
import { NO_TRUTH, type Scene, type Template, type Written } from './work-orders-types.js';
import { TRADE_CHARS } from './word-lists.js';

const SHOPS = ['健身', '美容美发', '教育培训', '口腔门诊', '游泳健身', '托育服务'];
const SELLERS = ['家具', '家居', '电器', '建材', '汽车销售'];

function address(s: Scene): { street: number; text: string } {
  const street = s.rng.int(0, STREETS.length - 1);
  const st = STREETS[street]!;
  return { street, text: `闵行区${st.name}${s.rng.pick(st.roads)}${s.rng.int(1, 2000)}号${s.rng.chance(0.5) ? `${s.rng.pick(['阳光', '锦绣', '春申', '华庭', '景苑'])}小区` : ''}` };
}

/** A made-up firm a resident deals with (a gym, a furniture shop): named, but not a party to arrears. */
function firm(s: Scene, words: readonly string[]): string {
  return `上海${s.rng.pick(TRADE_CHARS)}${s.rng.pick(TRADE_CHARS)}${s.rng.pick(words)}有限公司`;
}

function written(s: Scene, street: number, text: string, topic: string): Written {
  return { text, callerName: personName(s.rng), callerPhone: mobile(s.rng), streetIndex: street, truth: { ...NO_TRUTH, topic } };
}

const t = (id: string, weight: number, write: Template['write']): Template => ({ id, kind: 'other', weight, write });
const day = (s: Scene): string => cnDate(dayIn(s.rng, s.ctx.period.year, Math.max(1, s.ctx.period.month - 1)));

/** Orders about something else entirely: noise, parking, property management, consumer refunds, loans. */
export const OTHER_TEMPLATES: readonly Template[] = [
  t('other_noise', 3, (s) => {
    const a = address(s);
    return written(s, a.street, `来电人反映${a.text}附近工地夜间施工噪音扰民，影响休息，要求相关部门处理。`, 'noise');
  }),
  t('other_noise_builder', 2, (s) => {
    const a = address(s);
    const x = writeDebtor(s.rng.pick(s.universe.contractors), s.rng, 0.3).text;
    return written(s, a.street, `市民反映${x}在${a.text}的工地每天晚上10点后仍在施工，噪声很大，多次反映无果。`, 'noise');
  }),
  t('other_parking', 3, (s) => {
    const a = address(s);
    return written(s, a.street, `来电人反映${a.text}门口长期有车辆乱停放，占用消防通道，影响通行，要求整治。`, 'parking');
  }),
  t('other_property', 3, (s) => {
    const a = address(s);
    return written(s, a.street, `市民反映所住${a.text}的小区物业${firm(s, ['物业管理', '物业服务'])}不作为，电梯经常故障，物业费却年年上涨。`, 'property');
  }),
  t('other_prepaid_card', 3, (s) => {
    const a = address(s);
    return written(s, a.street, `来电人在${firm(s, SHOPS)}办理会员卡充值${writeAmount(s.rng.int(10, 300) * 100, s.rng)}，现门店突然关闭，要求退款。`, 'consumer');
  }),
  t('other_deposit', 3, (s) => {
    const a = address(s);
    return written(s, a.street, `市民租住${a.text}，退租时房东拒不退还押金${writeAmount(s.rng.int(2, 30) * 500, s.rng)}，要求协调。`, 'rental');
  }),
  t('other_refund_goods', 2, (s) => {
    const a = address(s);
    return written(s, a.street, `来电人于${day(s)}在${firm(s, SELLERS)}购买的商品存在质量问题，要求退货退款${writeAmount(s.rng.int(5, 200) * 100, s.rng)}，商家拒绝。`, 'consumer');
  }),
  t('other_policy', 2, (s) => {
    const a = address(s);
    const c = s.rng.pick(s.universe.creditors);
    return written(s, a.street, `${c.name}来电咨询中小企业纾困扶持政策的申报条件和办理流程。`, 'policy');
  }),
  t('other_private_loan', 2, (s) => {
    const a = address(s);
    return written(s, a.street, `来电人称朋友${personName(s.rng)}于${day(s)}向其借款${writeAmount(s.rng.int(1, 50) * 1000, s.rng)}，至今未还，要求帮助追讨。`, 'loan');
  }),
  t('other_home_deposit', 2, (s) => {
    const a = address(s);
    return written(s, a.street, `来电人与${firm(s, ['装饰工程', '家装设计'])}签订家装合同，已付定金${writeAmount(s.rng.int(5, 50) * 1000, s.rng)}，公司至今未开工也不退定金。`, 'consumer');
  }),
  t('other_litter', 2, (s) => {
    const a = address(s);
    return written(s, a.street, `来电人反映${a.text}路边垃圾堆放多日无人清运，气味难闻，要求尽快处理。`, 'environment');
  }),
];
