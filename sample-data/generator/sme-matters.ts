import { addDays, monthsBefore, addMonths, dayIn } from './dates.js';
import type { EntityUniverse } from './entities.js';
import type { Random } from './random.js';
import { STREETS } from './streets.js';
import type { DebtorType, Entity, Period, SmeMatter, Ymd } from './types.js';
import { PROJECT_PLACES, PROJECT_WORKS, REMARKS, SUBJECTS } from './word-lists.js';

export interface MatterContext {
  readonly entities: EntityUniverse;
  readonly period: Period;
  /** Running counters for readable matter keys (M-000001, W-000001). */
  readonly counters: { sme: number; wage: number };
}

const TYPE_WEIGHTS: Readonly<Record<DebtorType, number>> = {
  机关: 22, 事业单位: 14, 平台公司: 14, 国有企业: 24, 大型企业: 22, 其他: 4,
};
const MEDIAN_YUAN: Readonly<Record<string, number>> = { 工程款: 500_000, 保证金: 60_000, 货款: 120_000, 服务款: 100_000, 其他: 40_000 };

/** A fresh matter reported in `streetIndex`, with a debtor of one of `types`. */
export function newSmeMatter(rng: Random, ctx: MatterContext, streetIndex: number, types: readonly DebtorType[]): SmeMatter {
  const debtor = pickDebtor(rng, ctx.entities, streetIndex, types);
  const creditor = pickCreditor(rng, ctx.entities, streetIndex);
  const arrearsType = rng.pick(creditor.industry!.arrears);
  const owedYuan = amount(rng, MEDIAN_YUAN[arrearsType] ?? 50_000);
  const agreedOn = monthsBefore(rng, ctx.period, 3, 40);
  const contractYuan = roundTo(owedYuan * (1 + rng.next() * 3), 100);
  ctx.counters.sme++;
  return {
    key: `M-${String(ctx.counters.sme).padStart(6, '0')}`,
    debtor, creditor, streetIndex, arrearsType,
    project: projectName(rng, arrearsType, creditor, streetIndex, agreedOn.y),
    contractYuan, owedYuan,
    disputedYuan: rng.chance(0.25) ? roundTo(owedYuan * (0.1 + rng.next() * 0.9), 1) : 0,
    agreedOn,
    formedOn: addDays(agreedOn, 1),
    clearedYuan: rng.chance(0.3) ? roundTo((contractYuan - owedYuan) * rng.next(), 1) : 0,
    plannedOn: rng.chance(0.6) ? plannedDate(rng, ctx.period) : null,
    litigation: rng.chance(0.06),
    remark: rng.chance(0.35) ? rng.pick(REMARKS) : null,
  };
}

function plannedDate(rng: Random, p: Period): Ymd {
  const month = addMonths({ y: p.year, m: p.month, d: 1 }, rng.int(1, 8));
  return dayIn(rng, month.y, month.m);
}

export function pickDebtor(rng: Random, u: EntityUniverse, streetIndex: number, types: readonly DebtorType[]): Entity {
  const type = rng.weighted(types.map((t) => [t, TYPE_WEIGHTS[t]] as const));
  if (type === '机关' && rng.chance(0.5)) return u.streetGovernments[streetIndex]!;
  // One town does not report another town's government; the other 机关 are district bureaus.
  const all = (u.debtorsByType.get(type) ?? []).filter((e) => type !== '机关' || e.streetIndex === null);
  const local = all.filter((e) => e.streetIndex === streetIndex);
  if (local.length > 0 && rng.chance(0.6)) return rng.pick(local);
  // Collectives belong to one village; another town does not report them.
  if (type === '其他') return local.length > 0 ? rng.pick(local) : rng.pick(u.debtorsByType.get('大型企业')!);
  return rng.pick(all);
}

export function pickCreditor(rng: Random, u: EntityUniverse, streetIndex: number, engineering?: boolean): Entity {
  const local = u.creditorsByStreet[streetIndex] ?? [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const c = local.length > 0 && rng.chance(0.6) ? rng.pick(local) : rng.pick(u.creditors);
    if (engineering === undefined || c.industry!.engineering === engineering) return c;
  }
  return rng.pick(u.creditors);
}

function projectName(rng: Random, arrearsType: string, creditor: Entity, streetIndex: number, year: number): string {
  const street = STREETS[streetIndex]!;
  let name: string;
  if (arrearsType === '工程款' || arrearsType === '保证金') {
    const word = creditor.industry!.short;
    const work = word === '园林' ? '绿化提升工程' : word === '机电' ? '机电安装工程' : word === '装饰' ? '装修工程' : rng.pick(PROJECT_WORKS);
    name = `${rng.chance(0.7) ? street.name : street.aliases[street.aliases.length - 1]}${rng.pick(PROJECT_PLACES)}${work}`;
    if (rng.chance(0.2)) name += rng.pick(['（一期）', '（二期）', '一标段', '二标段']);
  } else {
    const subject = rng.pick(SUBJECTS[creditor.industry!.short] ?? ['综合服务']);
    name = `${year}年度${subject}合同`;
  }
  if (rng.chance(0.15)) name += `（合同编号：MH${year}-${String(rng.int(1, 9999)).padStart(4, '0')}）`;
  return name;
}

function amount(rng: Random, median: number): number {
  const raw = Math.min(60_000_000, Math.max(2_000, rng.logNormal(median, 1.0)));
  return raw > 100_000 && rng.chance(0.5) ? roundTo(raw, 100) : Math.round(raw);
}

export function roundTo(x: number, step: number): number {
  return Math.round(x / step) * step;
}
