import type { Random } from './random.js';
import { insertSpaces, toFullWidth } from './text-variants.js';
import type { Entity } from './types.js';

/** A name as written in a work order, and which spelling it is. */
export interface WrittenName {
  readonly text: string;
  readonly variant: 'canonical' | 'short' | 'branch' | 'region_dropped' | 'spaces' | 'fullwidth';
}

/** How callers say a listed company's short name: without the share-class letter or ST marks (万科A → 万科). */
export function spokenShortName(short: string): string {
  return short.replace(/^\*?S?\*?ST/, '').replace(/[AB]$/, '');
}

/** The debtor as a caller names it: mostly the legal name, sometimes a short name, a branch, no region. */
export function writeDebtor(e: Entity, rng: Random, shortRate = 0.14): WrittenName {
  const r = rng.next();
  if (r < shortRate) {
    const shorts = e.shortNames.map(spokenShortName).filter((s) => s.length >= 2);
    if (shorts.length > 0) return { text: rng.pick(shorts), variant: 'short' };
  }
  if (r < shortRate + 0.08 && e.branch !== null) return { text: e.branch.name, variant: 'branch' };
  if (r < shortRate + 0.2) {
    const dropped = dropRegion(e.name);
    if (dropped !== null) return { text: dropped, variant: 'region_dropped' };
  }
  if (r < shortRate + 0.25) return { text: insertSpaces(e.name, rng).trim(), variant: 'spaces' };
  if (r < shortRate + 0.28 && /[()0-9A-Za-z（）]/.test(e.name)) return { text: toFullWidth(e.name), variant: 'fullwidth' };
  return { text: e.name, variant: 'canonical' };
}

/** The caller's own enterprise: the legal name, now and then without 上海 or with a stray space. */
export function writeCreditor(e: Entity, rng: Random): WrittenName {
  const r = rng.next();
  if (r < 0.15) {
    const dropped = dropRegion(e.name);
    if (dropped !== null) return { text: dropped, variant: 'region_dropped' };
  }
  if (r < 0.2) return { text: insertSpaces(e.name, rng).trim(), variant: 'spaces' };
  return { text: e.name, variant: 'canonical' };
}

function dropRegion(name: string): string | null {
  if (name.includes('（上海）')) return name.replace('（上海）', '');
  if (name.startsWith('上海市闵行区')) return `闵行区${name.slice(6)}`;
  if (name.startsWith('上海市')) return null;
  // 上海电力股份有限公司 without 上海 is another name (电力…), not the same one shortened.
  const rest = name.slice(2).replace(/(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司)$/, '');
  if (name.startsWith('上海') && rest.length >= 4) return name.slice(2);
  return null;
}

/** A project named in passing, in 《》 or “” or bare. */
export function writeProject(name: string, rng: Random): string {
  return rng.weighted([[`《${name}》`, 3], [`“${name}”`, 2], [name, 5]] as const);
}

/** A third enterprise to mention in passing: a listed builder, or a platform company. */
export function thirdParty(rng: Random, pool: readonly Entity[], exclude: readonly Entity[]): Entity {
  for (let i = 0; i < 20; i++) {
    const e = rng.pick(pool);
    if (!exclude.some((x) => x.key === e.key)) return e;
  }
  return pool[0]!;
}
