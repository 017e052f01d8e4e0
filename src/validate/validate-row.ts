import type { z } from 'zod';
import type { SourceKind } from '../../schemas/header-aliases.js';
import type { MatchedColumn } from '../ingest/match-header.js';
import { cellText } from '../ingest/normalize-header.js';
import type { CellValue } from '../ingest/raw-row.js';
import { FIELD_LABEL } from './field-labels.js';
import { cellRule, REFUSED } from './field-rules.js';

/** One problem in a rejected row, in the words and place a clerk needs to fix it. */
export interface RowReject {
  readonly column_name: string | null;
  readonly field: string | null;
  readonly value: string | null;
  readonly reason: string;
}

export type RowOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly rejects: readonly RowReject[] };

/** A source's zod schema built for one sheet (its units), ready for row after row. */
export type RowSchema = z.ZodType<Record<string, unknown>>;

/**
 * Validates one data row against its source schema: the cells of matched columns become an
 * object keyed by canonical field; zod's issues become rejects that name the file's own header.
 */
export function validateRow(
  schema: RowSchema,
  columns: readonly MatchedColumn[],
  cells: readonly CellValue[],
): RowOutcome<Record<string, unknown>> {
  // Every field of the schema is present, as null when the file has no such column.
  const input: Record<string, unknown> = {};
  for (const f of fieldsOf(schema)) input[f] = null;
  for (const c of columns) input[c.field] = cells[c.index] ?? null;
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const byField = new Map(columns.map((c) => [c.field, c]));
  const rejects = parsed.error.issues.map((issue): RowReject => {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : null;
    const column = field ? byField.get(field) : undefined;
    const raw = column ? cells[column.index] : undefined;
    return {
      column_name: column ? column.label.replace(/\s+/g, '') : null,
      field,
      value: raw === undefined || raw === null ? null : cellText(raw),
      reason: field ? `${FIELD_LABEL[field] ?? field}：${issue.message}` : issue.message,
    };
  });
  return { ok: false, rejects };
}

const FIELDS = new WeakMap<object, readonly string[]>();

function fieldsOf(schema: RowSchema): readonly string[] {
  let fields = FIELDS.get(schema);
  if (!fields) {
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
    FIELDS.set(schema, (fields = shape ? Object.keys(shape) : []));
  }
  return fields;
}

/** A check across a row's fields, as zod's superRefine takes it. */
export type RowCheck<T = Record<string, unknown>> = (record: T, ctx: z.RefinementCtx) => void;

const ROW_CHECKS = new WeakMap<object, readonly RowCheck[]>();

/**
 * `schema.superRefine(check)`, with the check remembered so rowValidator can run it without zod.
 * @example withRowCheck(z.object({ …fields }), (r, ctx) => { if (…) ctx.addIssue({ code: 'custom', path: ['amount_owed'], message: '…' }); })
 */
export function withRowCheck<S extends z.ZodObject>(schema: S, check: RowCheck<z.output<S>>): S {
  const refined = schema.superRefine(check as never) as S;
  ROW_CHECKS.set(refined, [...(ROW_CHECKS.get(schema) ?? []), check as RowCheck]);
  return refined;
}

interface FieldPlan {
  readonly field: string;
  /** The cell the field reads (the last matched column, as validateRow fills it), or -1: null. */
  readonly index: number;
  readonly rule: (value: unknown) => unknown;
}

/**
 * validateRow, compiled once for a sheet: each field's rule runs as a plain function of its cell
 * (see cellRule) and the row checks withRowCheck registered run on the result; zod itself runs
 * only for a row something refuses, so a rejected row's issues are word for word zod's. A schema
 * with a check it cannot see (a `.refine` added directly) is left to zod row by row.
 *
 * @example
 * const validate = rowValidator(surveySchema({}), header.match.columns);
 * validate(row.cells) //=> { ok: true, value: { seq: '1', street: '梅陇镇', … } }
 */
export function rowValidator(schema: RowSchema, columns: readonly MatchedColumn[]): (cells: readonly CellValue[]) => RowOutcome<Record<string, unknown>> {
  const byZod = (cells: readonly CellValue[]) => validateRow(schema, columns, cells);
  const checks = ROW_CHECKS.get(schema) ?? [];
  const def = (schema as unknown as { _zod?: { def?: { checks?: readonly unknown[] } } })._zod?.def;
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!def || !shape || (def.checks?.length ?? 0) !== checks.length) return byZod;
  const index = new Map(columns.map((c) => [c.field, c.index]));
  const plan: FieldPlan[] = Object.entries(shape).map(([field, rule]) => ({
    field,
    index: index.get(field) ?? -1,
    rule: cellRule(rule) ?? ((v: unknown) => {
      const r = rule.safeParse(v);
      return r.success ? r.data : REFUSED;
    }),
  }));
  let refused = false;
  const ctx = { addIssue: () => void (refused = true) } as unknown as z.RefinementCtx;
  return (cells) => {
    const value: Record<string, unknown> = {};
    for (const f of plan) {
      const out = f.rule(f.index >= 0 ? (cells[f.index] ?? null) : null);
      if (out === REFUSED) return byZod(cells);
      value[f.field] = out;
    }
    refused = false;
    for (const check of checks) check(value, ctx);
    return refused ? byZod(cells) : { ok: true, value };
  };
}

/** The row's source kind in the words of the rejects list. */
export type { SourceKind };
