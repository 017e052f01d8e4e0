import type { DuckDBConnection } from '@duckdb/node-api';
import { pagedRows, tempTable, type PagedRows } from '../store/paged-rows.js';
import type { SqlQuery } from '../store/sql.js';
import type { PersonalFieldKey } from '../../schemas/masking-policy-schema.js';

// Where each personal field is stored. A Record over every key: a field added to the schema's
// list without a home here does not compile, so nothing personal is exported unexamined.
const SOURCES: Readonly<Record<PersonalFieldKey, { readonly table: string; readonly expr: string }>> = {
  'wage_lead.reporter_name': { table: 'stg_wage_lead', expr: 'reporter_name' },
  'wage_lead.reporter_id_number': { table: 'stg_wage_lead', expr: 'reporter_id_number' },
  'wage_lead.reporter_phone': { table: 'stg_wage_lead', expr: 'reporter_phone' },
  'wage_lead.team_leader': { table: 'stg_wage_lead', expr: 'team_leader' },
  'wage_lead.summary': { table: 'stg_wage_lead', expr: 'summary' },
  'complaint.complainant_person': { table: 'stg_complaint', expr: 'CASE WHEN NOT complainant_is_enterprise THEN complainant_name END' },
  'complaint.contact_name': { table: 'stg_complaint', expr: 'contact_name' },
  'complaint.contact_phone': { table: 'stg_complaint', expr: 'contact_phone' },
  'complaint.content': { table: 'stg_complaint', expr: 'content' },
  'survey.contact_name': { table: 'stg_survey', expr: 'contact_name' },
  'survey.contact_phone': { table: 'stg_survey', expr: 'contact_phone' },
  'survey.remarks': { table: 'stg_survey', expr: 'remarks' },
};

/**
 * The personal values of the current records (those of files not superseded) attached to the cases
 * `cases` selects (SQL giving a `case_id` column), gathered per case: `case_id, personal` with
 * personal a list of {field, value} (field as in the masking policy, e.g.
 * 'wage_lead.reporter_phone'), in record order. The values are in clear: callers mask them before
 * they reach any file. Each staging table is read once, its fields unnested.
 * @example personalByCaseSql('SELECT case_id FROM q').includes('stg_wage_lead') //=> true
 */
export function personalByCaseSql(cases: string): string {
  const byTable = new Map<string, string[]>();
  for (const [field, s] of Object.entries(SOURCES)) {
    byTable.set(s.table, [...(byTable.get(s.table) ?? []), `{'field': '${field}', 'value': CAST(${s.expr} AS VARCHAR)}`]);
  }
  const parts = [...byTable].map(
    ([table, fields]) => `SELECT r.case_id, r.record_id, p.field, p.value
      FROM (SELECT record_id, file_id, unnest([${fields.join(', ')}]) AS p FROM ${table}) s
      JOIN r USING (record_id) JOIN files f ON f.file_id = s.file_id AND f.status = 'loaded'
      WHERE nullif(trim(p.value), '') IS NOT NULL`,
  );
  return `WITH r AS MATERIALIZED (
      SELECT record_id, case_id FROM case_records WHERE case_id IN (SELECT case_id FROM (${cases}))
    )
    SELECT case_id, list({'field': field, 'value': value} ORDER BY record_id, field) AS personal
    FROM (${parts.join('\nUNION ALL\n')}) GROUP BY case_id`;
}

/**
 * The rows a query gives, each with its case's personal values (`personal`, as personalByCaseSql
 * gives them, in clear until the caller masks them), for reading a page at a time in `orderBy`.
 * The rows are made first, in a statement of their own: planned as one statement with the personal
 * values, a city's 750,000 shared cases needed more memory at once than DuckDB is given.
 * @example const q = await pagedWithPersonal(conn, reviewQueueSql('econ', 'open', '2026-04-25'), REVIEW_ORDER); await q.page(0, 2000)
 */
export async function pagedWithPersonal(conn: DuckDBConnection, rows: SqlQuery, orderBy: string): Promise<PagedRows> {
  const base = await tempTable(conn, rows);
  try {
    return await pagedRows(conn, {
      sql: `SELECT q.*, pc.personal FROM ${base.table} q LEFT JOIN (${personalByCaseSql(`SELECT case_id FROM ${base.table}`)}) pc USING (case_id)`,
    }, orderBy);
  } finally {
    await base.drop();
  }
}
