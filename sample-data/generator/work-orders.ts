import { buildEntities, type EntityUniverse } from './entities.js';
import { pad2 } from './dates.js';
import { Random } from './random.js';
import type { MatterContext } from './sme-matters.js';
import { STREETS } from './streets.js';
import type { Entity, Period } from './types.js';
import { OTHER_TEMPLATES } from './work-orders-other.js';
import { personalData } from './work-orders-parts.js';
import { SME_TEMPLATES } from './work-orders-sme.js';
import type { KnownEntity, Scene, Template, WorkOrder, WorkOrderKind, WorkOrderTruth } from './work-orders-types.js';
import { WAGE_TEMPLATES } from './work-orders-wage.js';

export type { KnownEntity, WorkOrder, WorkOrderTruth } from './work-orders-types.js';

export interface GeneratedWorkOrders {
  readonly orders: readonly WorkOrder[];
  readonly truth: readonly WorkOrderTruth[];
  /** Every enterprise and body the orders may name, for building a dictionary. */
  readonly entities: readonly KnownEntity[];
  readonly templates: readonly string[];
}

export interface WorkOrderOptions {
  readonly period?: Period;
  /** Shares of the three kinds; default 55% SME, 25% wage, 20% other. */
  readonly mix?: Readonly<Record<WorkOrderKind, number>>;
}

export const ALL_TEMPLATES: readonly Template[] = [...SME_TEMPLATES, ...WAGE_TEMPLATES, ...OTHER_TEMPLATES];
const SOURCES = [['12345热线', 70], ['12345网站', 10], ['随申办', 10], ['国家政务服务平台', 5], ['来信', 5]] as const;
const HANDLERS: Readonly<Record<WorkOrderKind, readonly string[]>> = {
  sme_arrears: ['区经委（区清欠办）', '区经委（区清欠办）', '区建管委'],
  wage_arrears: ['区人社局（劳动保障监察大队）', '区根治欠薪办'],
  other: ['区城管执法局', '区市场监管局', '区房管局', '区生态环境局', '区交警支队'],
};
const TYPES: Readonly<Record<WorkOrderKind, readonly string[]>> = {
  sme_arrears: ['投诉', '求助'], wage_arrears: ['投诉', '求助', '举报'], other: ['投诉', '咨询', '建议', '求助'],
};

/**
 * 12345 work orders in many phrasings, with what each text says (kind, parties, amount, project,
 * workers). Debtors are real listed companies and Minhang bodies; creditors and employers are
 * synthetic SMEs. The same n and seed give the same orders.
 * @example generateWorkOrders(3, 7).truth.map((t) => t.kind) //=> ['sme_arrears', 'wage_arrears', 'sme_arrears']
 */
export function generateWorkOrders(n: number, seed: number, options: WorkOrderOptions = {}): GeneratedWorkOrders {
  const rng = new Random(seed);
  const period = options.period ?? { year: 2026, month: 4 };
  const universe = buildEntities(rng.fork('entities'), Math.max(200, Math.min(20_000, Math.round(n * 0.8))));
  const ctx: MatterContext = { entities: universe, period, counters: { sme: 0, wage: 0 } };
  const mix = options.mix ?? { sme_arrears: 55, wage_arrears: 25, other: 20 };
  const byKind = (k: WorkOrderKind) => ALL_TEMPLATES.filter((t) => t.kind === k).map((t) => [t, t.weight] as const);
  const weighted = { sme_arrears: byKind('sme_arrears'), wage_arrears: byKind('wage_arrears'), other: byKind('other') };
  const orders: WorkOrder[] = [];
  const truth: WorkOrderTruth[] = [];
  const textRng = rng.fork('texts');
  for (let i = 0; i < n; i++) {
    const kind = textRng.weighted(Object.entries(mix) as [WorkOrderKind, number][]);
    const template = textRng.weighted(weighted[kind]);
    const scene: Scene = { rng: textRng, ctx, universe };
    const w = template.write(scene);
    const extra = kind !== 'other' && textRng.chance(0.25) ? personalData(textRng, w.callerName, w.callerPhone) : '';
    const text = textRng.chance(0.5) ? `${extra}${w.text}` : `${w.text}${extra}`;
    const day = textRng.int(1, 28);
    const number = `GD${period.year}${pad2(period.month)}${pad2(day)}${String(i + 1).padStart(6, '0')}`;
    const street = STREETS[w.streetIndex]!;
    orders.push({
      工单编号: number,
      受理时间: `${period.year}-${pad2(period.month)}-${pad2(day)} ${pad2(textRng.int(8, 20))}:${pad2(textRng.int(0, 59))}:${pad2(textRng.int(0, 59))}`,
      工单来源: textRng.weighted(SOURCES),
      诉求街道: street.name,
      诉求地址: `闵行区${street.name}${textRng.pick(street.roads)}${textRng.int(1, 3000)}号`,
      工单类型: textRng.pick(TYPES[kind]),
      诉求内容: text,
      主办单位: textRng.pick(HANDLERS[kind]),
      市民姓名: w.callerName,
      市民电话: w.callerPhone,
    });
    truth.push({ 工单编号: number, template: template.id, kind, ...w.truth });
  }
  return { orders, truth, entities: knownEntities(universe), templates: ALL_TEMPLATES.map((t) => t.id) };
}

function knownEntities(u: EntityUniverse): KnownEntity[] {
  const all: Entity[] = [...[...u.debtorsByType.values()].flat(), ...u.creditors];
  const seen = new Set<string>();
  return all.filter((e) => !seen.has(e.key) && seen.add(e.key)).map((e) => ({ key: e.key, name: e.name, shortNames: e.shortNames, style: e.style }));
}
