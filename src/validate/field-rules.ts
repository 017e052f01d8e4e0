import { z } from 'zod';
import { cellText } from '../ingest/normalize-header.js';
import { normalizeEnterpriseName } from '../normalize/normalize-enterprise-name.js';
import { normalizeUscc } from '../normalize/normalize-uscc.js';
import { parseAmount, type AmountUnit } from '../normalize/parse-amount.js';
import { parseDate } from '../normalize/parse-date.js';
import { normalizePhone } from '../normalize/normalize-phone.js';
import type { Result } from '../normalize/result.js';
import { amountFenShortcut, mobileShortcut, usccShortcut } from './cell-shortcuts.js';
import { memoByCell } from './memo-by-cell.js';

// Placeholders clerks type into optional cells to mean "nothing here".
const PLACEHOLDERS: ReadonlySet<string> = new Set(['', '—', '——', '–', '-', '--', '/', '／', '\\', '无', '暂无', '不详', 'N/A', 'n/a', 'NA', '空', '#N/A', '待定', '未定', '待协商', '不确定', '暂未确定']);

/** The placeholders isBlank knows, after NFKC and with all whitespace removed. */
export const PLACEHOLDER_TEXTS: readonly string[] = [...PLACEHOLDERS];

/**
 * What a rule does, for set-based loading: rules of these kinds have SQL shortcuts for common
 * values (see ingest/csv-field-shortcuts.ts); any other rule is applied in JavaScript, value by value.
 */
export type RuleKind = { readonly kind: 'text' } | { readonly kind: 'amount'; readonly unit: AmountUnit } | { readonly kind: 'phone' };

const RULE_KINDS = new WeakMap<object, RuleKind>();

/** The kind a field's zod schema was built as, if it is one with a shortcut. */
export function ruleKind(schema: unknown): RuleKind | undefined {
  return typeof schema === 'object' && schema !== null ? RULE_KINDS.get(schema) : undefined;
}

function kindOf<T extends object>(schema: T, kind: RuleKind): T {
  RULE_KINDS.set(schema, kind);
  return schema;
}

// Printable ASCII and CJK unified ideographs: NFKC leaves a string of these as it is.
const NFKC_STABLE = /^[!-~\u4e00-\u9fff]*$/;

/** True for an empty cell or a placeholder such as — / 无. @example isBlank(' — ') //=> true */
export function isBlank(value: unknown): boolean {
  // A number or a boolean never reads as a placeholder; most text needs no NFKC to tell.
  if (typeof value === 'number' || typeof value === 'boolean') return false;
  if (typeof value === 'string' && NFKC_STABLE.test(value)) return PLACEHOLDERS.has(value);
  return PLACEHOLDERS.has(cellText(value).normalize('NFKC').replace(/\s+/g, ''));
}

const BLANK = Symbol('blank');

/** What a cell rule answers for a cell its zod rule would raise an issue on. */
export const REFUSED: unique symbol = Symbol('refused');

const CELL_RULES = new WeakMap<object, (value: unknown) => unknown>();

/**
 * A field rule as a plain function of one cell: what its zod schema outputs for the cell, or
 * REFUSED where the schema raises an issue (the issue itself is zod's to word). Undefined for a
 * schema not built here. Row-by-row validation calls these and leaves zod's machinery to the rows
 * something refuses.
 *
 * @example
 * cellRule(uscc())!('9131011299UQ662QND') //=> { code: '9131011299UQ662QND', checksumOk: … }
 * cellRule(amountFen('元', '欠款金额为空'))!(null) //=> REFUSED
 */
export function cellRule(schema: unknown): ((value: unknown) => unknown) | undefined {
  return typeof schema === 'object' && schema !== null ? CELL_RULES.get(schema) : undefined;
}

function withCellRule<T extends object>(schema: T, rule: (value: unknown) => unknown): T {
  CELL_RULES.set(schema, rule);
  return schema;
}

/**
 * Turns a normalizer's Result into a zod transform: its reason becomes the issue message. Each
 * rule remembers its outcome per distinct cell value (normalizers are pure), so a sheet pays for
 * a name or a date once however often it repeats. `shortcut`, for the common cells it is sure of,
 * answers the cell rule without the normalizer; zod's transform never uses it, so zod stays the
 * plain definition a shortcut is checked against.
 */
function fromResult<T>(normalize: (v: unknown) => Result<T>, requiredMessage?: string, shortcut?: (v: unknown) => T | undefined) {
  const outcome = memoByCell((v): Result<T> | typeof BLANK => (isBlank(v) ? BLANK : normalize(v)));
  const schema = z.unknown().transform((v, ctx): T | null => {
    const r = outcome(v);
    if (r === BLANK) {
      if (requiredMessage) ctx.addIssue({ code: 'custom', message: requiredMessage });
      return null;
    }
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.reason });
    return null;
  });
  return withCellRule(schema, (v) => {
    const quick = shortcut?.(v);
    if (quick !== undefined) return quick;
    const r = outcome(v);
    if (r === BLANK) return requiredMessage ? REFUSED : null;
    return r.ok ? r.value : REFUSED;
  });
}

/**
 * A cell that is already its own normal form for the text rules: a string NFKC leaves alone with no
 * whitespace, or a number (its digits). Undefined for anything else.
 */
function plainText(v: unknown): string | undefined {
  if (typeof v === 'string') return NFKC_STABLE.test(v) ? v : undefined;
  return typeof v === 'number' ? String(v) : undefined;
}

/** Free text; placeholders become null. */
export const text = () => {
  const normalized = memoByCell((v) => (isBlank(v) ? null : cellText(v).normalize('NFKC').replace(/\s+/g, ' ').trim()));
  // Most cells are plain text, for which the rule is cheaper than remembering it.
  const rule = (v: unknown): string | null => {
    const plain = plainText(v);
    if (plain === undefined) return normalized(v);
    return PLACEHOLDERS.has(plain) ? null : plain;
  };
  return kindOf(withCellRule(z.unknown().transform((v) => normalized(v)), rule), { kind: 'text' });
};

/** Enterprise or body name: required ones refuse a blank with `message`. */
export const enterpriseName = (message?: string) =>
  fromResult((v) => {
    const r = normalizeEnterpriseName(v);
    return r.ok ? { ok: true as const, value: { ...r.value, raw: cellText(v) } } : r;
  }, message);

export const uscc = () => fromResult(normalizeUscc, undefined, usccShortcut);
// Amounts are mostly distinct: the shortcut runs before the memo, not inside it.
export const amountFen = (unit: AmountUnit | undefined, message?: string) =>
  kindOf(fromResult((v) => parseAmount(v, { unit }), message, (v) => amountFenShortcut(v, unit ?? '元')), { kind: 'amount', unit: unit ?? '元' });
export const date = () => fromResult(parseDate);
export const phone = () =>
  kindOf(
    fromResult(
      (v) => {
        const r = normalizePhone(v);
        return r.ok ? { ok: true as const, value: r.value.phone } : r;
      },
      undefined,
      mobileShortcut,
    ),
    { kind: 'phone' },
  );

/** A count of people: a whole number, 0 or more. */
export const count = () =>
  fromResult((v): Result<number> => {
    const s = cellText(v).normalize('NFKC').replace(/[人名个\s]/g, '');
    const n = Number(s);
    return /^\d+$/.test(s) && Number.isSafeInteger(n) ? { ok: true, value: n } : { ok: false, reason: `人数应为非负整数：${cellText(v)}` };
  });

/** 是/否 (and common spellings) to a boolean; anything else is an issue, never a guess. */
const YES = /^(是|有|Y|YES|y|yes|true|TRUE|√|已进入)$/;
const NO = /^(否|没有|N|NO|n|no|false|FALSE|×|未进入)$/;
export const yesNo = () =>
  fromResult(
    (v): Result<boolean> => {
      const s = cellText(v).normalize('NFKC').trim();
      if (YES.test(s)) return { ok: true, value: true };
      if (NO.test(s)) return { ok: true, value: false };
      return { ok: false, reason: `应填“是”或“否”：${s}` };
    },
    undefined,
    (v) => {
      const s = plainText(v);
      if (s === undefined || PLACEHOLDERS.has(s)) return undefined;
      return YES.test(s) ? true : NO.test(s) ? false : undefined;
    },
  );

/**
 * One of a closed list; `synonyms` maps other spellings in. An unknown value is refused, or
 * becomes `fallback` where the list has a catch-all (欠款类型 其他).
 */
export const oneOf = (values: readonly string[], synonyms: Readonly<Record<string, string>> = {}, what = '取值', fallback?: string) =>
  fromResult(
    (v): Result<string> => {
      const s = cellText(v).normalize('NFKC').replace(/\s+/g, '');
      const hit = values.includes(s) ? s : (synonyms[s] ?? fallback);
      return hit ? { ok: true, value: hit } : { ok: false, reason: `${what}不在可选范围（${values.join('/')}）内：${s}` };
    },
    undefined,
    (v) => {
      const s = plainText(v);
      if (s === undefined || PLACEHOLDERS.has(s)) return undefined;
      return (values.includes(s) ? s : (synonyms[s] ?? fallback)) || undefined;
    },
  );
