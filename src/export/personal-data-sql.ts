import { listValue } from '@duckdb/node-api';
import type { PersonalFieldKey } from '../../schemas/masking-policy-schema.js';
import type { SqlQuery } from '../store/sql.js';

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
 * Every personal value of the current records attached to the given cases, one row per value:
 * `case_id, record_id, field, value` (field as in the masking policy, e.g. 'wage_lead.reporter_phone').
 * The values come out in clear: callers mask them before they reach any file. Each staging table
 * is read once, its fields unnested, against the cases' current records computed once.
 * @example personalDataSql(['WAGE-2026-000001']).sql.includes('stg_wage_lead') //=> true
 */
export function personalDataSql(caseIds: readonly string[]): SqlQuery {
  const byTable = new Map<string, string[]>();
  for (const [field, s] of Object.entries(SOURCES)) {
    byTable.set(s.table, [...(byTable.get(s.table) ?? []), `{'field': '${field}', 'value': CAST(${s.expr} AS VARCHAR)}`]);
  }
  const parts = [...byTable].map(
    ([table, fields]) => `SELECT r.case_id, r.record_id, p.field, p.value
      FROM (SELECT record_id, unnest([${fields.join(', ')}]) AS p FROM ${table}) JOIN r USING (record_id)
      WHERE nullif(trim(p.value), '') IS NOT NULL`,
  );
  return {
    sql: `WITH r AS MATERIALIZED (
        SELECT record_id, case_id FROM records_v WHERE case_id IN (SELECT unnest(CAST(? AS VARCHAR[])))
      )
      ${parts.join('\nUNION ALL\n')}\nORDER BY case_id, record_id, field`,
    params: [listValue([...caseIds])],
  };
}
