import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, quoteIdent } from '../store/sql.js';
import type { SqlParams } from '../store/sql-params.js';
import type { OutputPart } from './csv-field-shortcuts.js';
import type { RowSchema } from '../validate/validate-row.js';
import { outcomeOf, partSql, type FieldValues } from './csv-field-values.js';
import type { RawRow } from './raw-row.js';

/**
 * Share of distinct values (in the sample) below which a costly shortcut is dropped: JavaScript
 * on each distinct value, and a join, then beat SQL on every row.
 */
const SHORTCUT_MIN_DISTINCT = 0.5;

/**
 * Keeps costly shortcuts only on columns whose values look mostly distinct in the first rows (a
 * choice of speed, not of outcome: either way each value gets its rule's output).
 *
 * @example
 * chooseShortcuts(fields, sample.map((r) => r.row)) // content and numbers keep theirs; 状态 loses it
 */
export function chooseShortcuts(fields: FieldValues[], rows: readonly RawRow[]): void {
  for (const f of fields) {
    if (!f.shortcut || f.shortcut.cheap || !f.column) continue;
    const values = rows.map((r) => r.cells[f.column!.index]).filter((v) => v !== undefined && v !== '');
    if (values.length > 0 && new Set(values).size < values.length * SHORTCUT_MIN_DISTINCT) f.shortcut = undefined;
  }
}

/**
 * The columns the scratch table computes as read_csv fills it: per field with a shortcut, which
 * of its cases takes the cell (`taken`: 1, 2 …, or 0 for none, JavaScript's then). Each pattern
 * runs at most once on a cell; the distinct-value query filters on it, and the stg insert makes
 * the taking case's output from it (see partSql) without running a pattern again.
 *
 * @example
 * takenColumns(fields) //=> { k12: 'CASE WHEN … IS NULL THEN 0 WHEN regexp_full_match(…) THEN 1 … ELSE 0 END' }
 */
export function takenColumns(fields: readonly FieldValues[]): Record<string, string> {
  const taken: Record<string, string> = {};
  for (const f of fields) {
    if (f.shortcut) taken[f.taken] = `CASE WHEN ${f.raw} IS NULL THEN 0 ${f.shortcut.cases.map((c, i) => `WHEN ${c.when} THEN ${i + 1}`).join(' ')} ELSE 0 END`;
  }
  return taken;
}

/**
 * Checks each field's shortcut outputs (as the stg insert makes them) against its rule on cells
 * spread over the file, case by case; returns the first disagreement.
 */
export async function verifyShortcuts(conn: DuckDBConnection, table: string, schema: RowSchema, fields: readonly FieldValues[], p: SqlParams): Promise<string | undefined> {
  const shape = (schema as unknown as { shape: Record<string, { safeParse(v: unknown): unknown }> }).shape;
  for (const f of fields) {
    if (!f.shortcut) continue;
    const parts = [...new Set(f.shortcut.cases.flatMap((c) => Object.keys(c.parts) as OutputPart[]))];
    for (const [i] of f.shortcut.cases.entries()) {
      // The same rows every time: the first ones and a spread of the rest.
      const sql = `SELECT ${f.raw} AS raw, ${parts.map((part) => `${partSql(f, part, undefined, p)} AS ${part}`).join(', ')}
        FROM ${quoteIdent(table)} WHERE (rowid < 32 OR hash(rowid) % 4096 < 16) AND ${f.taken} = ${i + 1} LIMIT 64`;
      for (const row of await queryRows<Record<string, unknown>>(conn, p.query(sql))) {
        const expected = outcomeOf(shape[f.field]!, f.field, row.raw as string);
        for (const part of parts) {
          const got = typeof row[part] === 'bigint' ? Number(row[part]) : row[part];
          if (!expected.ok || (expected.parts[part] ?? null) !== got) return `${f.field}：${JSON.stringify(row.raw)}`;
        }
      }
    }
  }
  return undefined;
}
