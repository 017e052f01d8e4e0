import type { DuckDBConnection } from '@duckdb/node-api';
import type { RoutingRules } from '../../schemas/routing-rules-schema.js';
import { runningNumberSql } from '../store/readable-id.js';
import { exec, queryOne } from '../store/sql.js';
import { conditionSql } from './condition-sql.js';
import { dueDate } from './due-date.js';

/** One rule's outcome in a routing run. */
export interface RuleOutcome {
  readonly ruleId: string;
  readonly matched: number;
  readonly created: number;
  /** Matched, but a transfer for the same case, rule and data exists (or one is still open). */
  readonly unchanged: number;
}

// A transfer's running number (TR-2026-000123 → 123), and the largest so far (0 when none).
const TRANSFER_NUMBER = runningNumberSql('transfer_id');
const TRANSFER_NUMBER_MAX = `coalesce(max(${TRANSFER_NUMBER}), 0)`;

/**
 * Applies the memorandum's rules to the open cases as of a day: each match becomes a pending
 * transfer with its rule id, the rules version, the data the rule saw and a due date. Routing again
 * creates nothing; a returned or closed transfer is only followed by a new one if the case data
 * changed since. Set work in DuckDB: per rule, the matches go into a scratch table with the hash
 * of what the rule saw, and one INSERT … SELECT creates the transfers (numbered in case order,
 * rule after rule) that no earlier transfer of that case and rule stands for.
 */
export async function routeCases(conn: DuckDBConnection, rules: RoutingRules, asOf: string): Promise<RuleOutcome[]> {
  const year = asOf.slice(0, 4);
  const base = Number((await queryOne<{ n: number }>(conn, `SELECT ${TRANSFER_NUMBER_MAX} AS n FROM transfers`))?.n ?? 0);
  const outcomes: RuleOutcome[] = [];
  for (const rule of rules.rules) {
    const condition = conditionSql(rule.when);
    // The hash is of the JSON text's UTF-8 bytes: the same value Node's sha256 gave earlier runs.
    await exec(conn, {
      sql: `CREATE OR REPLACE TEMP TABLE route_matches AS
            SELECT case_id, data, left(sha256(data), 16) AS data_hash FROM (${condition.sql})`,
      params: condition.params,
    });
    const matched = Number((await queryOne<{ n: bigint }>(conn, 'SELECT count(*) AS n FROM route_matches'))?.n ?? 0);
    const { dueOn, text } = dueDate(asOf, rule.deadline);
    const created = await exec(conn, {
      sql: `INSERT INTO transfers (transfer_id, case_id, mechanism, from_agency, to_agency, rule_id, rules_version, reason,
                                   status, created_on, due_on, deadline_rule, data_seen, data_hash)
            SELECT printf('TR-%s-%06d', ?, n.last + row_number() OVER (ORDER BY m.case_id)), m.case_id, ?, ?, ?, ?, ?, ?,
                   'pending', CAST(? AS DATE), CAST(? AS DATE), ?, m.data, m.data_hash
            FROM route_matches m
            CROSS JOIN (SELECT ${TRANSFER_NUMBER_MAX} AS last FROM transfers) n
            LEFT JOIN (SELECT case_id, data_hash, status FROM transfers WHERE rule_id = ?
                       QUALIFY row_number() OVER (PARTITION BY case_id ORDER BY transfer_id DESC) = 1) prev USING (case_id)
            WHERE prev.case_id IS NULL OR (prev.status IN ('returned', 'closed') AND prev.data_hash <> m.data_hash)`,
      params: [year, rule.mechanism, rule.from, rule.to, rule.id, rules.version, rule.reason, asOf, dueOn, text, rule.id],
    });
    outcomes.push({ ruleId: rule.id, matched, created, unchanged: matched - created });
  }
  await exec(conn, 'DROP TABLE IF EXISTS route_matches');
  // The event ids come from a sequence: one INSERT … SELECT, in transfer order.
  await exec(conn, {
    sql: `INSERT INTO transfer_events (transfer_id, action, to_status, on_date, by_whom, note)
          SELECT transfer_id, 'create', 'pending', created_on, 'router', '规则 ' || rule_id || '（' || rules_version || '）'
          FROM (SELECT *, ${TRANSFER_NUMBER} AS number FROM transfers) WHERE number > ? ORDER BY number`,
    params: [base],
  });
  return outcomes;
}
