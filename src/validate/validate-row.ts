import type { z } from 'zod';
import type { SourceKind } from '../../schemas/header-aliases.js';
import type { MatchedColumn } from '../ingest/match-header.js';
import { cellText } from '../ingest/normalize-header.js';
import type { CellValue } from '../ingest/raw-row.js';
import { FIELD_LABEL } from './field-labels.js';

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

/** The row's source kind in the words of the rejects list. */
export type { SourceKind };
