import type { SqlParams } from '../store/sql-params.js';
import { PLACEHOLDER_TEXTS, ruleKind } from './field-rules.js';
import { textShortcutChars } from './text-shortcut.js';

/** The parts of a rule's output that stg columns are built from (see csv-field-values.ts). */
export type OutputPart = 's' | 'n' | 'b' | 'd' | 'p' | 'legal' | 'core' | 'branch' | 'code' | 'checksum';

/**
 * How DuckDB applies a rule to the common values of a column without JavaScript: where a case's
 * `when` holds (the first that does), its `parts` give the rule's output, and the rule raises no
 * issue; every other value goes through the rule itself. `when` is true where any case applies.
 * Each shortcut is a claim about its rule, checked against the rule on a sample of every file it
 * is used on, and by property tests.
 */
export interface FieldShortcut {
  /** Cheap enough per row to use whatever the share of distinct values (a regex or two on a short cell). */
  readonly cheap: boolean;
  readonly when: string;
  readonly cases: readonly { readonly when: string; readonly parts: Partial<Record<OutputPart, string>> }[];
}

const POWER: Readonly<Record<string, number>> = { 元: 2, 万元: 6, 亿元: 10 };

/**
 * The shortcut for a field's rule, or undefined when its rule has none. `raw` is the SQL of the
 * raw cell; constants are bound through `p`.
 *
 * @example
 * fieldShortcut(phone(), 'raw', params) //=> { when: 'regexp_full_match(raw, $1)', parts: { s: 'raw' } }
 */
export function fieldShortcut(rule: unknown, raw: string, p: SqlParams): FieldShortcut | undefined {
  const kind = ruleKind(rule);
  if (!kind) return undefined;
  if (kind.kind === 'phone') {
    // A mobile number as normalizePhone writes it is already its own canonical form.
    const when = `regexp_full_match(${raw}, ${p.bind('1[3-9][0-9]{9}')})`;
    return { cheap: true, when, cases: [{ when, parts: { s: raw } }] };
  }
  if (kind.kind === 'amount') {
    const power = POWER[kind.unit];
    if (power === undefined) return undefined;
    // Plain decimals with at most two places, thousands separators allowed, and few enough
    // digits to stay under parseAmount's ceiling (10^15 fen): it scales them to fen exactly.
    const digits = 15 - power;
    const groups = Math.floor((digits - 3) / 3);
    const separated = groups >= 1 ? `|[0-9]{1,3}(?:,[0-9]{3}){1,${groups}}` : '';
    const pattern = `(?:[0-9]{1,${digits}}${separated})(?:\\.[0-9]{1,2})?`;
    const whole = `replace(regexp_extract(${raw}, ${p.bind('^([0-9,]+)')}, 1), ',', '')`;
    const fraction = `regexp_extract(${raw}, ${p.bind('\\.([0-9]+)$')}, 1)`;
    const scale = (places: number) => p.bind(String(10 ** (power - places)));
    const when = `regexp_full_match(${raw}, ${p.bind(pattern)})`;
    const n = `(CAST(${whole} || ${fraction} AS BIGINT) * CASE length(${fraction}) WHEN 0 THEN CAST(${scale(0)} AS BIGINT) WHEN 1 THEN CAST(${scale(1)} AS BIGINT) ELSE CAST(${scale(2)} AS BIGINT) END)`;
    return { cheap: true, when, cases: [{ when, parts: { n } }] };
  }
  // Text: NFKC (translate over safe characters), whitespace runs to one space, trimmed, and a
  // placeholder (无, —, …) to NULL. The common simple string (no whitespace but single spaces)
  // needs translate alone, and mostly of a handful of characters (DuckDB's translate costs per
  // pair per row). Whitespace maps to whitespace and nothing else does, so a cell is a
  // placeholder when, whitespace removed, it is one of the placeholders' safe spellings.
  const c = textShortcutChars();
  const placeholders = p.bind(placeholderSpellings(c.from, c.to));
  const translated = `translate(${raw}, ${p.bind(c.from)}, ${p.bind(c.to)})`;
  const simple = `regexp_full_match(${raw}, ${p.bind(c.simple)})`;
  const whitespace = p.bind(`${c.whitespace}+`);
  return {
    cheap: false,
    when: `regexp_full_match(${raw}, ${p.bind(c.safe)})`,
    cases: [
      {
        // Printable ASCII without spaces (codes, numbers): already its own normal form.
        when: `regexp_full_match(${raw}, ${p.bind('[!-~]+')})`,
        parts: { s: `CASE WHEN list_contains(${placeholders}, ${raw}) THEN NULL ELSE ${raw} END` },
      },
      {
        when: simple,
        parts: {
          s: `CASE WHEN length(${raw}) <= 9 AND list_contains(${placeholders}, replace(${raw}, ' ', '')) THEN NULL
                   WHEN regexp_matches(${raw}, ${p.bind(c.rare)}) THEN ${translated}
                   WHEN regexp_matches(${raw}, ${p.bind(c.changed)}) THEN translate(${raw}, ${p.bind(c.commonFrom)}, ${p.bind(c.commonTo)})
                   ELSE ${raw} END`,
        },
      },
      {
        when: `regexp_full_match(${raw}, ${p.bind(c.safe)})`,
        parts: {
          s: `CASE WHEN list_contains(${placeholders}, regexp_replace(${raw}, ${whitespace}, '', 'g')) THEN NULL
                   ELSE trim(regexp_replace(${translated}, ${whitespace}, ' ', 'g'), ' ') END`,
        },
      },
    ],
  };
}

/** Every spelling over safe characters that NFKC turns into a placeholder (無 forms, full-width dashes …). */
function placeholderSpellings(from: string, to: string): string[] {
  const sources = new Map<string, string[]>();
  for (const ch of PLACEHOLDER_TEXTS.join('')) sources.set(ch, [ch]);
  [...from].forEach((f, i) => sources.get(to[i]!)?.push(f));
  const out: string[] = [];
  for (const text of PLACEHOLDER_TEXTS) {
    let spellings = [''];
    for (const ch of text) spellings = spellings.flatMap((s) => sources.get(ch)!.map((x) => s + x));
    out.push(...spellings);
  }
  return out;
}
