import { cnDate } from './dates.js';
import { idNumber, mobile, personName } from './people.js';
import type { Random } from './random.js';
import { newSmeMatter } from './sme-matters.js';
import { STREETS } from './streets.js';
import type { DebtorType, Entity, SmeMatter } from './types.js';
import { writeAmount } from './work-orders-amounts.js';
import { thirdParty, writeCreditor, writeDebtor, writeProject, type WrittenName } from './work-orders-names.js';
import type { Scene, Written } from './work-orders-types.js';
import { SUBJECTS } from './word-lists.js';

const ALL_TYPES: readonly DebtorType[] = ['机关', '事业单位', '国有企业', '大型企业', '平台公司', '其他'];
const SPOKEN_TYPE: Readonly<Record<string, string>> = { 工程款: '工程款', 货款: '货款', 服务款: '服务费', 保证金: '保证金', 其他: '款项' };

/** The pieces an SME template writes with, all drawn for one matter. */
export interface SmeParts {
  readonly m: SmeMatter;
  readonly street: number;
  readonly C: string;
  readonly D: WrittenName;
  /** The debtor by a short name, where it has one (else as D). */
  readonly Dshort: WrittenName;
  readonly A: string;
  readonly T: string;
  readonly PAID: string;
  readonly paidYuan: number;
  readonly contractYuan: number;
  readonly P: string;
  readonly PQ: string;
  readonly TYPE: string;
  readonly SUBJ: string;
  readonly DATE: string;
  readonly DATE2: string;
  readonly third: Entity;
  readonly X: string;
  readonly caller: string;
  readonly phone: string;
}

/** Draw a fresh SME matter and everything a template may say about it. */
export function smeParts(scene: Scene): SmeParts {
  const { rng, ctx, universe } = scene;
  const street = rng.int(0, STREETS.length - 1);
  const m = newSmeMatter(rng, ctx, street, ALL_TYPES);
  // A contract the size of the debt would make 已支付0元: give it something paid.
  const contractYuan = m.contractYuan - m.owedYuan >= 1000 ? m.contractYuan : m.owedYuan + Math.max(1000, Math.round(m.owedYuan * 0.3 / 100) * 100);
  const paidYuan = contractYuan - m.owedYuan;
  const pool = rng.chance(0.7) ? universe.contractors : (universe.debtorsByType.get('平台公司') ?? universe.contractors);
  const third = thirdParty(rng, pool, [m.debtor, m.creditor]);
  const shorts = m.debtor.shortNames.length > 0 ? writeDebtor(m.debtor, rng, 1) : writeDebtor(m.debtor, rng);
  return {
    m, street,
    C: writeCreditor(m.creditor, rng).text,
    D: writeDebtor(m.debtor, rng),
    Dshort: shorts,
    A: writeAmount(m.owedYuan, rng),
    T: writeAmount(contractYuan, rng),
    PAID: writeAmount(paidYuan, rng),
    paidYuan, contractYuan,
    P: m.project,
    PQ: writeProject(m.project, rng),
    TYPE: SPOKEN_TYPE[m.arrearsType] ?? '款项',
    SUBJ: rng.pick(SUBJECTS[m.creditor.industry!.short] ?? ['综合服务']),
    DATE: rng.chance(0.6) ? cnDate(m.agreedOn) : `${m.agreedOn.y}年${m.agreedOn.m}月`,
    DATE2: cnDate(m.formedOn),
    third, X: writeDebtor(third, rng, 0).text,
    caller: m.creditor.contact ?? personName(rng),
    phone: m.creditor.phone ?? mobile(rng),
  };
}

/** What an SME template's text says, from its parts; `say` lists the optional facts the text states. */
export function smeWritten(p: SmeParts, text: string, say: { creditor?: boolean; contract?: boolean; project?: boolean; third?: boolean; debtor?: WrittenName; workers?: number }): Written {
  const debtor = say.debtor ?? p.D;
  return {
    text, callerName: p.caller, callerPhone: p.phone, streetIndex: p.street,
    truth: {
      creditorKey: say.creditor === false ? null : p.m.creditor.key,
      creditorName: say.creditor === false ? null : p.m.creditor.name,
      debtorKey: p.m.debtor.key, debtorName: p.m.debtor.name, debtorVariant: debtor.variant,
      employerKey: null, employerName: null,
      amountFen: p.m.owedYuan * 100,
      contractFen: say.contract ? p.contractYuan * 100 : null,
      project: say.project ? p.m.project : null,
      workers: say.workers ?? null,
      thirdPartyKeys: say.third ? [p.third.key] : [],
      topic: null,
    },
  };
}

/** A sentence with the caller's personal data, as call-takers often type it into the content. */
export function personalData(rng: Random, name: string, phone: string): string {
  return rng.weighted([
    [`联系人：${name}，联系电话：${phone}。`, 4],
    [`来电人${name}，手机${phone.replace(/^(\d{3})(\d{4})(\d{4})$/, rng.chance(0.5) ? '$1 $2 $3' : '$1-$2-$3')}。`, 2],
    [`来电人${name}（身份证号${idNumber(rng)}，电话${phone}）。`, 2],
  ] as const);
}
