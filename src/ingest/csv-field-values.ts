import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, queryRows, quoteIdent } from '../store/sql.js';
import type { SqlParams } from '../store/sql-params.js';
import { openTableAppender } from '../store/table-appender.js';
import { FIELD_LABEL } from '../validate/field-labels.js';
import { cellRule, REFUSED } from '../validate/field-rules.js';
import { fieldShortcut, type FieldShortcut, type OutputPart } from './csv-field-shortcuts.js';
import type { RowSchema } from '../validate/validate-row.js';
import type { MatchedColumn } from './match-header.js';
import { cellText } from './normalize-header.js';

/** What a field's rule made of one value: its output split into parts, or the reasons it failed. */
export type Outcome = { readonly ok: true; readonly value: unknown; readonly parts: Partial<Record<OutputPart, unknown>> } | { readonly ok: false; readonly reasons: readonly string[] };

/** A column toStgRow derives from a field's output, computed in JavaScript per distinct value. */
export interface Extra {
  readonly name: string;
  readonly type: 'VARCHAR' | 'BOOLEAN';
  readonly of: (output: unknown) => string | boolean | null;
}

/** One field of a source's schema, as set-based loading applies it to a scratch table's rows. */
export interface FieldValues {
  readonly field: string;
  readonly column: MatchedColumn | undefined;
  /** SQL of the cell as validateRow sees it: NULL past the record's end, '' for an empty field. */
  readonly raw: string;
  /** Set when the column's values are mostly distinct: SQL takes the common ones (see csv-shortcut-columns.ts). */
  shortcut: FieldShortcut | undefined;
  /** Scratch column: which shortcut case took the cell (1, 2 …), 0 for none (JavaScript's then). */
  readonly taken: string;
  readonly extras: readonly Extra[];
  /** The output parts its JavaScript table holds (those its rule produced). */
  stored: ReadonlySet<OutputPart>;
  /** The rule's outcome for a missing cell (null). */
  readonly ifNull: Outcome;
  /** Scratch tables of the values JavaScript normalized: accepted ones with their parts, refused ones with reasons. */
  readonly okTable: string;
  readonly badTable: string;
}

type Rule = { safeParse(v: unknown): unknown };

const PART_TYPES: Readonly<Record<OutputPart, string>> = {
  s: 'VARCHAR', n: 'BIGINT', b: 'BOOLEAN', d: 'VARCHAR', p: 'VARCHAR', legal: 'VARCHAR', core: 'VARCHAR', branch: 'VARCHAR', code: 'VARCHAR', checksum: 'BOOLEAN',
};
const PARTS = Object.keys(PART_TYPES) as OutputPart[];

let serial = 0;

/**
 * Plans every field of `schema` over a scratch table whose columns are c0 … and `len` (the
 * record's length once trailing empty fields are trimmed, as readCsv trims them).
 */
export function planFieldValues(
  schema: RowSchema,
  columns: readonly MatchedColumn[],
  extras: Readonly<Record<string, readonly Extra[]>>,
  p: SqlParams,
): FieldValues[] {
  const shape = shapeOf(schema);
  const id = ++serial;
  return Object.keys(shape).map((field, i) => {
    const column = columns.find((c) => c.field === field);
    const raw = column ? `(CASE WHEN len > ${column.index} THEN coalesce(c${column.index}, '') END)` : 'NULL';
    const fieldExtras = extras[field] ?? [];
    return {
      field,
      column,
      raw,
      shortcut: column && fieldExtras.length === 0 ? fieldShortcut(shape[field], raw, p) : undefined,
      taken: `k${i}`,
      extras: fieldExtras,
      stored: new Set(),
      ifNull: outcomeOf(shape[field]!, field, null),
      okTable: `__tmp_ok_${process.pid}_${id}_${i}`,
      badTable: `__tmp_bad_${process.pid}_${id}_${i}`,
    };
  });
}

/** The distinct values of a field that JavaScript must normalize (those no shortcut takes); none without a column. */
export async function distinctValues(conn: DuckDBConnection, table: string, f: FieldValues, p: SqlParams): Promise<string[]> {
  if (!f.column) return [];
  const skip = f.shortcut ? ` AND ${f.taken} = 0` : '';
  const rows = await queryRows<{ raw: string }>(conn, p.query(`SELECT DISTINCT ${f.raw} AS raw FROM ${quoteIdent(table)} WHERE ${f.raw} IS NOT NULL${skip}`));
  return rows.map((r) => r.raw);
}

/** Rows for a field's scratch tables: accepted values with their parts and extras, refused ones with reasons. */
export interface FieldOutcomes {
  readonly ok: Record<string, unknown>[];
  readonly bad: Record<string, unknown>[];
}

/**
 * Applies a field's rule, in JavaScript, to its distinct values. Yields to the event loop now and
 * then, so that DuckDB work queued meanwhile (set-based loading overlaps the two) goes on.
 */
export async function applyRule(schema: RowSchema, f: FieldValues, raws: readonly string[]): Promise<FieldOutcomes> {
  const rule = shapeOf(schema)[f.field]!;
  const ok: Record<string, unknown>[] = [];
  const bad: Record<string, unknown>[] = [];
  for (const [i, raw] of raws.entries()) {
    if (i % 4096 === 4095) await new Promise<void>((resolve) => setImmediate(resolve));
    const outcome = outcomeOf(rule, f.field, raw);
    if (outcome.ok) {
      const row: Record<string, unknown> = { raw, ...outcome.parts };
      for (const x of f.extras) row[x.name] = x.of(outcome.value);
      ok.push(row);
    } else {
      outcome.reasons.forEach((reason, ordinal) => bad.push({ raw, shown: cellText(raw), reason, ordinal }));
    }
  }
  return { ok, bad };
}

/**
 * A field's output part for any cell, in JavaScript: from the outcomes applyRule made for the
 * values the shortcuts left, else from the rule itself; undefined for a refused value.
 */
export class FieldOutputs {
  private readonly known = new Map<string, Map<string, Record<string, unknown> | null>>();

  constructor(
    private readonly schema: RowSchema,
    private readonly fields: readonly FieldValues[],
    private readonly outcomes: ReadonlyMap<FieldValues, FieldOutcomes>,
  ) {}

  /** @example outputs.of('respondent_uscc', '91310000132149237g', 'code') //=> '91310000132149237G' */
  of(field: string, raw: string | null, part: OutputPart): unknown {
    const f = this.fields.find((x) => x.field === field)!;
    if (raw === null) return f.ifNull.ok ? (f.ifNull.parts[part] ?? null) : undefined;
    let byRaw = this.known.get(field);
    if (!byRaw) {
      const o = this.outcomes.get(f);
      byRaw = new Map<string, Record<string, unknown> | null>([...(o?.bad ?? []).map((r) => [r.raw as string, null] as const), ...(o?.ok ?? []).map((r) => [r.raw as string, r] as const)]);
      this.known.set(field, byRaw);
    }
    const row = byRaw.get(raw);
    if (row === null) return undefined;
    if (row) return row[part] ?? null;
    const outcome = outcomeOf(shapeOf(this.schema)[field]!, field, raw);
    return outcome.ok ? (outcome.parts[part] ?? null) : undefined;
  }
}

/**
 * Stores each field's outcomes in its scratch tables (named in `scratch`, to drop). Returns the
 * tables that hold any row: the others need no join.
 */
export async function storeOutcomes(
  conn: DuckDBConnection,
  fields: readonly FieldValues[],
  outcomes: ReadonlyMap<FieldValues, FieldOutcomes>,
  scratch: string[],
): Promise<Set<string>> {
  const filled = new Set<string>();
  for (const f of fields) {
    const o = outcomes.get(f);
    const stored = new Set<OutputPart>();
    for (const row of o?.ok ?? []) for (const part of PARTS) if (row[part] !== undefined) stored.add(part);
    f.stored = stored;
    const columns = ['raw VARCHAR', ...[...stored].map((x) => `${x} ${PART_TYPES[x]}`), ...f.extras.map((x) => `${quoteIdent(x.name)} ${x.type}`)];
    await exec(conn, `CREATE TEMP TABLE ${quoteIdent(f.okTable)} (${columns.join(', ')})`);
    scratch.push(f.okTable);
    await exec(conn, `CREATE TEMP TABLE ${quoteIdent(f.badTable)} (raw VARCHAR, shown VARCHAR, reason VARCHAR, ordinal INTEGER)`);
    scratch.push(f.badTable);
    for (const [table, rows] of [[f.okTable, o?.ok ?? []], [f.badTable, o?.bad ?? []]] as const) {
      if (rows.length === 0) continue;
      filled.add(table);
      const a = await openTableAppender(conn, table);
      try {
        for (const row of rows) a.append(row);
      } finally {
        a.close();
      }
    }
  }
  return filled;
}

/** SQL for one part of a field's output on a row: the null outcome, the shortcut's, or the JS table `m`'s. */
export function partSql(f: FieldValues, part: OutputPart, m: string | undefined, p: SqlParams): string {
  const type = PART_TYPES[part];
  const ifNull = f.ifNull.ok ? constSql(f.ifNull.parts[part], type, p) : `CAST(NULL AS ${type})`;
  if (!f.column) return ifNull;
  const viaJs = m && f.stored.has(part) ? `${m}.${part}` : `CAST(NULL AS ${type})`;
  const shortcut = (f.shortcut?.cases ?? []).map((c, i) => ` WHEN ${f.taken} = ${i + 1} THEN ${c.parts[part] ?? `CAST(NULL AS ${type})`}`).join('');
  return `(CASE WHEN ${f.raw} IS NULL THEN ${ifNull}${shortcut} ELSE ${viaJs} END)`;
}

/**
 * SQL of the cell a field's JavaScript tables are joined on: NULL where a shortcut took the cell,
 * so a column of long, all-distinct texts is not hashed row by row for the few values JS made.
 */
export function lookupKey(f: FieldValues): string {
  return f.shortcut ? `(CASE WHEN ${f.taken} = 0 THEN ${f.raw} END)` : f.raw;
}

/** SQL for a derived column of a field's output on a row (its field never takes a shortcut). */
export function extraSql(f: FieldValues, name: string, m: string | undefined, p: SqlParams): string {
  const extra = f.extras.find((x) => x.name === name)!;
  const ifNull = f.ifNull.ok ? constSql(extra.of(f.ifNull.value), extra.type, p) : `CAST(NULL AS ${extra.type})`;
  if (!f.column) return ifNull;
  return `(CASE WHEN ${f.raw} IS NULL THEN ${ifNull} ELSE ${m ? `${m}.${quoteIdent(name)}` : `CAST(NULL AS ${extra.type})`} END)`;
}

function constSql(value: unknown, type: string, p: SqlParams): string {
  if (value === null || value === undefined) return `CAST(NULL AS ${type})`;
  return `CAST(${p.bind(typeof value === 'number' ? String(value) : (value as string | boolean))} AS ${type})`;
}

/** Runs a field's rule on one cell value exactly as validateRow does: the plain cell rule, and zod to word a refusal. */
export function outcomeOf(rule: Rule, field: string, value: string | null): Outcome {
  // The rule as a plain function first, as validateRow runs it; zod words the reasons of a refusal.
  const plain = cellRule(rule)?.(value);
  if (plain !== undefined && plain !== REFUSED) return { ok: true, value: plain, parts: partsOf(plain) };
  const r = rule.safeParse(value) as { success: true; data: unknown } | { success: false; error: { issues: readonly { message: string }[] } };
  if (!r.success) return { ok: false, reasons: r.error.issues.map((i) => `${FIELD_LABEL[field] ?? field}：${i.message}`) };
  return { ok: true, value: r.data, parts: partsOf(r.data) };
}

function shapeOf(schema: RowSchema): Record<string, Rule> {
  return (schema as unknown as { shape: Record<string, Rule> }).shape;
}

/** Splits a rule's output into the parts stg columns use; throws on a shape it does not know. */
function partsOf(v: unknown): Partial<Record<OutputPart, unknown>> {
  if (v === null || v === undefined) return {};
  switch (typeof v) {
    case 'string': return { s: v };
    case 'number': return { n: v };
    case 'boolean': return { b: v };
  }
  const o = v as Record<string, unknown>;
  if ('legalName' in o) return { s: o.raw, legal: o.legalName, core: o.coreName, branch: o.branchOf };
  if ('checksumOk' in o) return { code: o.code, checksum: o.checksumOk };
  if ('precision' in o) return { d: o.date, p: o.precision };
  throw new Error(`set-based loading does not know this rule output: ${JSON.stringify(v)}`);
}
