import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeEnterpriseName } from './normalize-enterprise-name.js';
import { schemasDir } from '../schemas-dir.js';

let cached: ReadonlyMap<string, string> | undefined;
let rows: readonly (readonly [string, string])[] | undefined;

/** The reference file's rows: [short name as listed, full legal name]. */
export function listedCompanyNames(): readonly (readonly [string, string])[] {
  if (rows) return rows;
  const text = readFileSync(join(schemasDir(), 'reference', 'listed-short-names.tsv'), 'utf8');
  rows = text
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('short_name\t'))
    .map((line) => line.split('\t') as [string, string])
    .filter(([short, full]) => Boolean(short && full));
  return rows;
}

/** 万 科Ａ, *ST国华 → 万科, 国华: listing marks are not part of how people name a company. */
export function normalizeShortName(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').replace(/^(?:\*?S?\*?ST)/, '').replace(/[AB]$/, '');
}

/**
 * Short names (简称) of listed companies → the core name of their full legal name, from
 * schemas/reference/listed-short-names.tsv. People write 中国交建 for 中国交通建设股份有限公司,
 * which no substring rule can see.
 */
export function knownShortNames(): ReadonlyMap<string, string> {
  if (cached) return cached;
  const map = new Map<string, string>();
  for (const [short, full] of listedCompanyNames()) {
    const n = normalizeEnterpriseName(full);
    const key = normalizeShortName(short ?? '');
    if (n.ok && key.length >= 2 && !map.has(key)) map.set(key, n.value.coreName);
  }
  return (cached = map);
}
