import { describe, expect, it } from 'vitest';
import { extractComplaint } from '../../src/extract/extract-complaint.js';
import { needsReview, REVIEW_THRESHOLD } from '../../src/extract/needs-review.js';
import { sampleDictionary } from './fixtures.js';

const dictionary = sampleDictionary();
const run = (text: string) => extractComplaint(text, { dictionary });

describe('extractComplaint: wage arrears', () => {
  it.each<[string, string, string | null, number | null, number | null]>([
    ['本人与5名工友: the caller counts too',
      '来电人反映其与5名工友在七宝镇敬老院改造工程从事木工工作，上海鑫盛建筑劳务有限公司拖欠2025年10月至2026年1月工资共计8.6万元。',
      '上海鑫盛建筑劳务有限公司', 6, 8_600_000],
    ['我们12个工人, a general contractor named in passing',
      '我们12个工人在中国建筑承建的浦江镇保障性住房项目干活，劳务公司上海恒瑞建筑劳务有限公司欠我们工资36万元，包工头李四联系不上。',
      '上海恒瑞建筑劳务有限公司', 12, 36_000_000],
    ['12名农民工, a project department as employer',
      '12名农民工反映在颛桥镇道路配套工程工地做钢筋工，班组长王五称上海宏达市政工程有限公司项目部未拨付工资，共欠人民币贰拾万元整。',
      '上海宏达市政工程有限公司', 12, 20_000_000],
    ['老板是X的, 欠着…工资没给',
      '我们班组共8人，在华漕镇的动迁安置房装修工程做木工，老板是上海百煜劳务有限公司的，到现在还欠着95200元工资没给。',
      '上海百煜劳务有限公司', 8, 9_520_000],
    ['the money went to the employer: 总包称已拨付给X',
      '市民反映：上海嘉盛劳务有限公司承接的古美街道农贸市场改造工程工地，21名农民工工资65.1万元未结清，总包中国交建称已将款项拨付给上海嘉盛劳务有限公司。',
      '上海嘉盛劳务有限公司', 21, 65_100_000],
    ['only a foreman, no employing enterprise',
      '我们9个人跟着包工头方静秀在新虹街道干了5个月，方静秀一直拖欠工资90,900元，现在电话也打不通。',
      null, 9, 9_090_000],
  ])('%s', (_label, text, employer, workers, fen) => {
    const e = run(text);
    expect(e.kind).toBe('wage_arrears');
    expect(e.employer.value?.name ?? null).toBe(employer);
    expect(e.workers.value).toBe(workers);
    expect(e.amountFen.value).toBe(fen);
    expect(e.creditor.value).toBeNull();
    expect(e.debtor.value).toBeNull();
  });

  it('gives no count for 十几个人, with low confidence, a lower bound in the notes, and a review flag', () => {
    const e = run('本人在上海璟百机电设备安装有限公司上班，公司已拖欠本人2个月工资共69600元，公司还有十几个人也没拿到工资。');
    expect(e.kind).toBe('wage_arrears');
    expect(e.workers.value).toBeNull();
    expect(e.workers.confidence).toBeLessThan(REVIEW_THRESHOLD);
    expect(e.notes.join()).toContain('至少10人');
    expect(needsReview(e)).toContain('workers');
    expect(e.employer.value?.name).toBe('上海璟百机电设备安装有限公司');
  });

  it('reads 每人每月 as a rate, not the amount owed', () => {
    const e = run('我们6名工人给上海宏达劳务有限公司干活，每人每月8000元，拖欠工资共计14.4万元。');
    expect(e.amountFen.value).toBe(14_400_000);
  });
});

describe('extractComplaint: orders about something else', () => {
  it.each<[string, string]>([
    ['来电人反映闵行区七宝镇漕宝路附近工地夜间施工噪音扰民，影响休息，要求相关部门处理。', '噪声'],
    ['来电人反映小区门口长期有车辆乱停放，占用消防通道，要求整治。', '停车'],
    ['市民反映所住小区物业上海阳光物业管理有限公司不作为，电梯经常故障，物业费却年年上涨。', '物业'],
    ['来电人在上海美悦健身有限公司办理会员卡充值5000元，现门店突然关闭，要求退款。', '消费'],
    ['市民租住七宝镇某小区，退租时房东拒不退还押金3000元，要求协调。', '租赁'],
    ['来电人与上海宏达装饰工程有限公司签订家装合同，已付定金2万元，公司至今未开工也不退定金。', '消费'],
    ['来电人称朋友王小明向其借款5万元，至今未还，要求帮助追讨。', '借贷'],
    ['上海宏达建材有限公司来电咨询中小企业纾困扶持政策的申报条件和办理流程。', '咨询'],
    ['来电人反映一家蛋糕店不退预付卡余额800元，商家拒绝。', '消费'],
  ])('%s', (text, reasonWord) => {
    const e = run(text);
    expect(e.kind).toBe('other');
    expect(e.reason).toContain(reasonWord);
    expect([e.creditor.value, e.debtor.value, e.employer.value, e.amountFen.value]).toEqual([null, null, null, null]);
  });

  it('still lists enterprises named in an unrelated order as others', () => {
    const e = run('市民反映中国建筑在浦江镇的工地每天晚上10点后仍在施工，噪声很大。');
    expect(e.kind).toBe('other');
    expect(e.others.map((o) => o.value?.name)).toEqual(['中国建筑股份有限公司']);
  });
});

describe('needsReview', () => {
  it('lists missing parties of an SME complaint and an unsure kind', () => {
    const e = run('上海某公司欠款不还');
    expect(needsReview(e)).toEqual(expect.arrayContaining(['kind', 'creditor', 'amountFen']));
  });

  it('is empty for a clear complaint', () => {
    expect(needsReview(run('中国建筑股份有限公司拖欠我公司（上海宏达建材有限公司）货款12万元，合同金额30万元。'))).toEqual([]);
  });
});
