import type { SqlParams } from '../store/sql-params.js';
import { PLACEHOLDER_TEXTS, ruleKind } from '../validate/field-rules.js';
import { textShortcutChars } from '../validate/text-shortcut.js';

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
    // Whole numbers, the usual case, need no pulling apart.
    const whole_ = { when: `regexp_full_match(${raw}, ${p.bind(`[0-9]{1,${digits}}`)})`, parts: { n: `(CAST(${raw} AS BIGINT) * CAST(${scale(0)} AS BIGINT))` } };
    return { cheap: true, when, cases: [whole_, { when, parts: { n } }] };
  }
  // Text: NFKC (translate over safe characters), whitespace runs to one space, trimmed, and a
  // placeholder (无, —, …) to NULL. The cases are tried cheapest first and each pattern runs at
  // most once on a row: printable ASCII; then (most Chinese text) runs of safe characters whose
  // only changed ones are the common few, joined by single spaces, whose normal form is
  // `translate` of those few (DuckDB's translate pays per pair per row, so only when one is
  // there); then any changed character; then whitespace of any kind. Whitespace maps to
  // whitespace and nothing else does, so a cell is a placeholder when, whitespace removed, it is
  // one of the placeholders' safe spellings: a list look-up for a short cell without other
  // whitespace than single spaces, else a pattern that fails at the first other character.
  const c = textShortcutChars();
  const spellings = placeholderSpellings(c.from, c.to);
  const list = p.bind(spellings);
  const short = p.bind(Math.max(...spellings.map((t) => Buffer.byteLength(t) + [...t].length - 1)));
  const blank = `strlen(${raw}) <= ${short} AND list_contains(${list}, replace(${raw}, ' ', ''))`;
  const spaced = spellings.map((t) => [...t].map(re2Literal).join(`${c.whitespace}*`));
  const blankSpaced = `regexp_full_match(${raw}, ${p.bind(`${c.whitespace}*(?:${spaced.join('|')})?${c.whitespace}*`)})`;
  const all = `translate(${raw}, ${p.bind(c.from)}, ${p.bind(c.to)})`;
  return {
    cheap: false,
    when: `regexp_full_match(${raw}, ${p.bind(c.safe)})`,
    cases: [
      // Printable ASCII without spaces (codes, numbers): already its own normal form.
      { when: `regexp_full_match(${raw}, ${p.bind('[!-~]+')})`, parts: { s: `CASE WHEN list_contains(${list}, ${raw}) THEN NULL ELSE ${raw} END` } },
      {
        when: `regexp_full_match(${raw}, ${p.bind(c.plain)})`,
        parts: {
          s: `CASE WHEN ${blank} THEN NULL
                   WHEN regexp_matches(${raw}, ${p.bind(c.commonChanged)}) THEN translate(${raw}, ${p.bind(c.commonFrom)}, ${p.bind(c.commonTo)})
                   ELSE ${raw} END`,
        },
      },
      { when: `regexp_full_match(${raw}, ${p.bind(c.simple)})`, parts: { s: `CASE WHEN ${blank} THEN NULL ELSE ${all} END` } },
      {
        when: `regexp_full_match(${raw}, ${p.bind(c.safe)})`,
        parts: { s: `CASE WHEN ${blankSpaced} THEN NULL ELSE trim(regexp_replace(${all}, ${p.bind(`${c.whitespace}+`)}, ' ', 'g'), ' ') END` },
      },
    ],
  };
}

/** A character as an RE2 literal that needs no escaping: \x{…}. */
function re2Literal(ch: string): string {
  return `\\x{${ch.codePointAt(0)!.toString(16)}}`;
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
