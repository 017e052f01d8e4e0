import { breakUsccChecksum } from './check-codes.js';
import type { Random } from './random.js';
import { insertSpaces, oneCharTypo, swapBrackets, toFullWidth } from './text-variants.js';
import type { Entity } from './types.js';
import { GENERAL_TYPOS, TRADE_TYPOS } from './word-lists.js';

export type NameVariant = 'canonical' | 'short' | 'region_dropped' | 'region_added' | 'bracket' | 'fullwidth'
  | 'spaces' | 'branch' | 'typo';
export type UsccVariant = 'valid' | 'missing' | 'bad_checksum' | 'fullwidth';

/** How one record spells an entity. The variant names go into the ground truth's note column. */
export interface RenderedEntity {
  readonly name: string;
  readonly uscc: string;
  readonly nameVariant: NameVariant;
  readonly usccVariant: UsccVariant;
}

export interface RenderOptions {
  /** Chance the name is spelled some other way than the canonical legal name. */
  readonly variantRate: number;
  readonly usccMissingRate: number;
  /** Branches make sense for debtors; an SME complainant does not write its parent's branch. */
  readonly allowBranch: boolean;
}

const VARIANT_WEIGHTS: readonly (readonly [NameVariant, number])[] = [
  ['short', 16], ['region_dropped', 18], ['region_added', 10], ['bracket', 8], ['fullwidth', 8],
  ['spaces', 14], ['branch', 8], ['typo', 12],
];
const USCC_WEIGHTS = [['valid', 90], ['bad_checksum', 6], ['fullwidth', 4]] as const;
const REGION_PREFIXES = ['上海市闵行区', '上海市', '闵行区', '上海'];

export function renderEntity(e: Entity, rng: Random, opts: RenderOptions): RenderedEntity {
  const wanted: NameVariant = rng.chance(opts.variantRate) ? rng.weighted(VARIANT_WEIGHTS) : 'canonical';
  const branch = wanted === 'branch' && opts.allowBranch && e.branch !== null;
  const name = branch ? e.branch!.name : variantName(e, wanted, rng);
  const nameVariant: NameVariant = name === null ? 'canonical' : wanted === 'branch' && !branch ? 'canonical' : wanted;
  const baseUscc = branch ? e.branch!.uscc : e.uscc;
  const usccVariant: UsccVariant = rng.chance(opts.usccMissingRate) ? 'missing'
    : rng.weighted(USCC_WEIGHTS);
  return {
    name: name ?? e.name,
    uscc: usccVariant === 'missing' ? '' : usccVariant === 'bad_checksum' ? breakUsccChecksum(baseUscc, rng)
      : usccVariant === 'fullwidth' ? toFullWidth(baseUscc) : baseUscc,
    nameVariant,
    usccVariant,
  };
}

/** The variant spelling, or null when this entity has no such variant (then the canonical name is used). */
function variantName(e: Entity, v: NameVariant, rng: Random): string | null {
  switch (v) {
    case 'canonical':
    case 'branch':
      return null;
    case 'short':
      return rng.pick(e.shortNames);
    case 'region_dropped':
      return dropRegion(e.name);
    case 'region_added':
      return addRegion(e, rng);
    case 'bracket': {
      const swapped = swapBrackets(e.name);
      return swapped === e.name ? null : swapped;
    }
    case 'fullwidth': {
      const wide = toFullWidth(e.name);
      return wide === e.name ? null : wide;
    }
    case 'spaces':
      return insertSpaces(e.name, rng);
    case 'typo':
      return typo(e, rng);
  }
}

function dropRegion(name: string): string | null {
  if (name.includes('（上海）')) return name.replace('（上海）', '');
  const prefix = REGION_PREFIXES.find((p) => name.startsWith(p));
  if (!prefix) return null;
  const rest = name.slice(prefix.length);
  // 上海市闵行区X → 闵行区X is how most forms write district bodies.
  return prefix === '上海市闵行区' ? `闵行区${rest}` : rest;
}

function addRegion(e: Entity, rng: Random): string | null {
  if (e.style === 'sme' && e.name.startsWith('上海') && !e.name.startsWith('上海市')) {
    return rng.chance(0.5) ? `上海市${e.name.slice(2)}` : `闵行区${e.name.slice(2)}`;
  }
  if (e.style === 'platform' && e.name.startsWith('上海') && !e.name.startsWith('上海市')) return `上海市${e.name.slice(2)}`;
  if (e.style === 'listed' && !e.name.startsWith('上海')) return null;
  return null;
}

function typo(e: Entity, rng: Random): string | null {
  if (e.trade !== null) {
    const at = e.name.indexOf(e.trade);
    const t = oneCharTypo(e.name, TRADE_TYPOS, rng, at, at + e.trade.length);
    if (t !== null) return t;
  }
  // Leave the legal-form suffix alone: a typo there would not survive suffix stripping anyway.
  const end = e.name.search(/(股份)?有限(责任)?公司$/);
  const start = REGION_PREFIXES.find((p) => e.name.startsWith(p))?.length ?? 0;
  return oneCharTypo(e.name, GENERAL_TYPOS, rng, start, end > 0 ? end : e.name.length);
}
