/**
 * The running number of a readable id (SME-2026-000123, TR-2026-000045, RV-2026-000001 → 123, 45, 1)
 * as a SQL expression over a column: ids are numbered across years, so the next one is one more
 * than the largest of these. The column name comes from code, never from users.
 * @example runningNumberSql('transfer_id') //=> "CAST(regexp_extract(transfer_id, '(\\d+)$', 1) AS INTEGER)"
 */
export function runningNumberSql(column: string): string {
  return `CAST(regexp_extract(${column}, '(\\d+)$', 1) AS INTEGER)`;
}
