import { createHash } from 'node:crypto';
import { listValue, type DuckDBConnection } from '@duckdb/node-api';
import type { RoutingRules } from '../../schemas/routing-rules-schema.js';
import { exec, queryOne, queryRows } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
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

interface Existing {
  readonly case_id: string;
  readonly rule_id: string;
  readonly data_hash: string;
  readonly status: string;
}

/**
 * Applies the memorandum's rules to the open cases as of a day: each match becomes a pending
 * transfer with its rule id, the rules version, the data the rule saw and a due date. Routing again
 * creates nothing; a returned or closed transfer is only followed by a new one if the case data
 * changed since.
 */
export async function routeCases(conn: DuckDBConnection, rules: RoutingRules, asOf: string): Promise<RuleOutcome[]> {
  const existing = await queryRows<Existing>(conn, `
    SELECT case_id, rule_id, data_hash, status FROM transfers
    QUALIFY row_number() OVER (PARTITION BY case_id, rule_id ORDER BY transfer_id DESC) = 1`);
  const latest = new Map(existing.map((e) => [`${e.case_id}|${e.rule_id}`, e]));
  const year = asOf.slice(0, 4);
  let next = Number((await queryOne<{ n: number | null }>(conn, "SELECT max(CAST(regexp_extract(transfer_id, '(\\d+)$', 1) AS INTEGER)) AS n FROM transfers"))?.n ?? 0);
  const transfers = await openTableAppender(conn, 'transfers');
  const events: [string, string][] = [];
  const outcomes: RuleOutcome[] = [];
  try {
    for (const rule of rules.rules) {
      const matches = await queryRows<{ case_id: string; data: string }>(conn, conditionSql(rule.when));
      let created = 0;
      for (const m of matches) {
        const hash = createHash('sha256').update(m.data).digest('hex').slice(0, 16);
        const prev = latest.get(`${m.case_id}|${rule.id}`);
        const finished = prev?.status === 'returned' || prev?.status === 'closed';
        if (prev && (prev.data_hash === hash || !finished)) continue;
        const { dueOn, text } = dueDate(asOf, rule.deadline);
        const id = `TR-${year}-${String(++next).padStart(6, '0')}`;
        transfers.append({
          transfer_id: id, case_id: m.case_id, mechanism: rule.mechanism, from_agency: rule.from, to_agency: rule.to,
          rule_id: rule.id, rules_version: rules.version, reason: rule.reason, status: 'pending', created_on: asOf,
          due_on: dueOn, deadline_rule: text, data_seen: m.data, data_hash: hash,
        });
        events.push([id, `规则 ${rule.id}（${rules.version}）`]);
        created++;
      }
      outcomes.push({ ruleId: rule.id, matched: matches.length, created, unchanged: matches.length - created });
    }
  } finally {
    transfers.close();
  }
  // The event ids come from a sequence, which the appender cannot draw on: one INSERT of the
  // unnested lists (a VALUES list of 14,000 rows took seconds to plan).
  if (events.length > 0) {
    await exec(conn, {
      sql: `INSERT INTO transfer_events (transfer_id, action, to_status, on_date, by_whom, note)
            SELECT unnest(CAST(? AS VARCHAR[])), 'create', 'pending', CAST(? AS DATE), 'router', unnest(CAST(? AS VARCHAR[]))`,
      params: [listValue(events.map(([id]) => id)), asOf, listValue(events.map(([, note]) => note))],
    });
  }
  return outcomes;
}

