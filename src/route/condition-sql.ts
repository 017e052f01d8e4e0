import type { DuckDBValue } from '@duckdb/node-api';
import type { RuleCondition } from '../../schemas/routing-rules-schema.js';
import type { SqlQuery } from '../store/sql.js';

const OPEN = "c.status = 'open' AND c.record_count > 0";

// What a rule saw, kept with its decision: the case's own facts plus what made the rule fire.
const CASE_FACTS = `'kind', c.kind, 'amount_owed_fen', c.amount_owed_fen, 'workers', c.workers,
  'debtor', d.name, 'debtor_type', d.entity_type, 'creditor', cr.name, 'employer', em.name, 'last_period', c.last_period`;
const CASE_JOINS = `LEFT JOIN entities d ON d.entity_id = c.debtor_entity_id
  LEFT JOIN entities cr ON cr.entity_id = c.creditor_entity_id LEFT JOIN entities em ON em.entity_id = c.employer_entity_id`;

/**
 * The cases a rule's condition selects, each with the data it saw as JSON:
 * `SELECT case_id, data FROM …`. One small function per condition kind, values always bound.
 * @example conditionSql({ kind: 'workers_at_least', workers: 30 }).params //=> [30]
 */
export function conditionSql(when: RuleCondition): SqlQuery {
  const select = (extra: string, from: string, where: string, params: DuckDBValue[] = []): SqlQuery => ({
    sql: `SELECT c.case_id, json_object(${CASE_FACTS}${extra ? `, ${extra}` : ''})::VARCHAR AS data
          FROM ${from} ${CASE_JOINS} WHERE ${OPEN} AND ${where} ORDER BY c.case_id`,
    params,
  });
  switch (when.kind) {
    case 'linked': {
      const own = when.side === 'sme' ? 'sme_case_id' : 'wage_case_id';
      const other = when.side === 'sme' ? 'wage_case_id' : 'sme_case_id';
      return select(
        "'links', l.linked, 'link_reason', l.reason",
        `cases c JOIN (SELECT ${own} AS case_id, list(${other} ORDER BY ${other}) AS linked, min(reason) AS reason
                       FROM links WHERE link_type = ? GROUP BY 1) l USING (case_id)`,
        'true',
        [when.linkType],
      );
    }
    case 'wage_complaint_at_econ':
      return select(
        "'complaints', w.nos",
        `cases c JOIN (SELECT cr.case_id, list(coalesce(s.complaint_no, s.record_id) ORDER BY s.record_id) AS nos
                       FROM case_records cr JOIN stg_complaint s USING (record_id) WHERE s.kind = 'wage_arrears' GROUP BY 1) w USING (case_id)`,
        "c.kind = 'wage_arrears'",
      );
    case 'business_debt_as_wage_lead':
      return select(
        "'leads', w.nos",
        `cases c JOIN (SELECT cr.case_id, list(coalesce(l.lead_no, l.record_id) ORDER BY l.record_id) AS nos
                       FROM case_records cr JOIN stg_wage_lead l USING (record_id)
                       WHERE coalesce(l.workers, 0) = 0
                         AND regexp_matches(coalesce(l.summary, ''), '货款|工程款|服务款|合同款|材料款|账款')
                         AND NOT regexp_matches(coalesce(l.summary, ''), '工资|薪|劳务费|工钱')
                       GROUP BY 1) w USING (case_id)`,
        "c.kind = 'wage_arrears'",
      );
    case 'amount_at_least':
      return select('', 'cases c', 'c.kind = ? AND c.amount_owed_fen >= ?', [when.caseKind, BigInt(when.yuan) * 100n]);
    case 'workers_at_least':
      return select('', 'cases c', "c.kind = 'wage_arrears' AND c.workers >= ?", [when.workers]);
    case 'debtor_type_in':
      return select('', 'cases c', `c.kind = 'sme_arrears' AND d.entity_type IN (${when.types.map(() => '?').join(', ')})`, [...when.types]);
  }
}
