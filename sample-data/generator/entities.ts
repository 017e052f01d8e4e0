import { makeUscc } from './check-codes.js';
import { largeDebtors, loadCompanies, soeDebtors, type ListedCompany } from './companies.js';
import { BUREAUS, COLLECTIVES, INSTITUTIONS, PLATFORMS, type CatalogEntry } from './debtor-catalog.js';
import { landline, mobile, personName } from './people.js';
import { Random, hashSeed } from './random.js';
import { STREETS } from './streets.js';
import type { DebtorType, Entity, EntityStyle } from './types.js';
import { INDUSTRIES, LATIN_TRADES, TRADE_CHARS, type IndustryWord } from './word-lists.js';

export interface EntityUniverse {
  readonly debtorsByType: ReadonlyMap<DebtorType, readonly Entity[]>;
  /** Street/town governments, by street index. */
  readonly streetGovernments: readonly Entity[];
  readonly creditors: readonly Entity[];
  readonly creditorsByStreet: readonly (readonly Entity[])[];
  /** Listed builders, for 施工总承包单位. */
  readonly contractors: readonly Entity[];
}

const AREA_CODES: Readonly<Record<string, string>> = { 上海: '310000', 北京: '110000', 深圳: '440300', 广东: '440000' };

/** Builds every party the sample talks about. Creditor count grows with the sample, capped. */
export function buildEntities(rng: Random, creditorCount: number): EntityUniverse {
  const governments = STREETS.map((s, i) => catalogEntity('gov', `GOV-S${String(i + 1).padStart(2, '0')}`,
    { name: s.government, shortNames: townShortNames(s.name, s.kind), supervisor: '上海市闵行区人民政府', streetIndex: i },
    '机关', '11310112', rng));
  const bureaus = BUREAUS.map((e, i) => catalogEntity('gov', `GOV-D${pad(i + 1, 2)}`, e, '机关', '11310112', rng));
  const institutions = INSTITUTIONS.map((e, i) => catalogEntity('institution', `PUB-${pad(i + 1, 2)}`, e, '事业单位', '12310112', rng));
  const platforms = PLATFORMS.map((e, i) => catalogEntity('platform', `PLT-${pad(i + 1, 2)}`, e, '平台公司', '91310112', rng));
  const collectives = COLLECTIVES.map((e, i) => catalogEntity('collective', `OTH-${pad(i + 1, 2)}`, e, '其他', 'N2310112', rng));
  const companies = loadCompanies();
  const soes = soeDebtors(companies).map((c) => listedEntity(c, '国有企业'));
  const large = largeDebtors(companies).map((c) => listedEntity(c, '大型企业'));
  const creditors = buildCreditors(rng.fork('creditors'), creditorCount);
  const byStreet = STREETS.map((_, i) => creditors.filter((c) => c.streetIndex === i));
  return {
    debtorsByType: new Map<DebtorType, readonly Entity[]>([
      ['机关', [...governments, ...bureaus]], ['事业单位', institutions], ['平台公司', platforms],
      ['国有企业', soes], ['大型企业', large], ['其他', collectives],
    ]),
    streetGovernments: governments,
    creditors,
    creditorsByStreet: byStreet,
    contractors: [...soes, ...large].filter((e) => /建|工程|隧道/.test(e.name)),
  };
}

function townShortNames(name: string, kind: string): string[] {
  if (kind === '镇') return [`${name}政府`, `${name}人民政府`];
  if (kind === '街道') return [`${name}办事处`, `${name}`];
  return [`${name}管委会`];
}

function catalogEntity(style: EntityStyle, key: string, e: CatalogEntry, type: DebtorType, prefix: string, rng: Random): Entity {
  return {
    key, name: e.name, shortNames: e.shortNames, uscc: makeUscc(prefix, rng.fork(`uscc:${key}`)), style,
    debtorType: type, supervisor: e.supervisor, streetIndex: e.streetIndex, size: null, industry: null,
    trade: null, branch: null, contact: null, phone: null,
  };
}

/** Real names; the USCC is synthetic but stable per company, whatever the seed. */
function listedEntity(c: ListedCompany, type: DebtorType): Entity {
  const own = new Random(hashSeed(0, `listed:${c.tsCode}`));
  const prefix = `91${AREA_CODES[c.area] ?? '110000'}`;
  const central = c.actType === '中央国企' || c.fullName.startsWith('中国');
  return {
    key: `LST-${c.tsCode.slice(0, 6)}`,
    name: c.fullName,
    shortNames: [c.shortName, ...c.formerShortNames],
    uscc: makeUscc(prefix, own),
    style: 'listed',
    debtorType: type,
    supervisor: type === '大型企业' ? null : central ? '国务院国有资产监督管理委员会' : c.area === '上海' ? '上海市国有资产监督管理委员会' : null,
    streetIndex: null,
    size: null, industry: null, trade: null,
    branch: { name: `${c.fullName}闵行分公司`, uscc: makeUscc('91310112', own) },
    contact: null, phone: null,
  };
}

function buildCreditors(rng: Random, count: number): Entity[] {
  const seen = new Set<string>();
  const out: Entity[] = [];
  const weights = INDUSTRIES.map((ind) => [ind, ind.weight] as const);
  while (out.length < count) {
    const industry: IndustryWord = rng.weighted(weights);
    const trade = rng.chance(0.03) ? rng.pick(LATIN_TRADES) : twoChars(rng);
    // 字号 + short must be unique too, or the short name 宏达劳务 would name two firms.
    const id = `${trade}|${industry.short}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const bracket = rng.chance(0.08);
    const name = bracket ? `${trade}${industry.word}（上海）有限公司` : `上海${trade}${industry.word}有限公司`;
    const key = `SME-${pad(out.length + 1, 5)}`;
    out.push({
      key, name, shortNames: [`${trade}${industry.short}`], uscc: makeUscc('91310112', rng),
      style: 'sme', debtorType: null, supervisor: null, streetIndex: rng.int(0, STREETS.length - 1),
      size: rng.weighted([['中型', 1], ['小型', 4], ['微型', 5]] as const), industry, trade, branch: null,
      contact: personName(rng), phone: rng.chance(0.8) ? mobile(rng) : landline(rng),
    });
  }
  return out;
}

function twoChars(rng: Random): string {
  const a = rng.pick(TRADE_CHARS);
  let b = a;
  while (b === a) b = rng.pick(TRADE_CHARS);
  return a + b;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
