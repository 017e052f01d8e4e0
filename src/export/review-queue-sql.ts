import type { SqlQuery } from '../store/sql.js';
import type { Agency } from './load-masking-policy.js';

/** A transfer as the review sheet shows it. */
export interface ReviewQueueRow {
  readonly transfer_id: string;
  readonly case_id: string;
  readonly mechanism: string;
  readonly from_agency: string;
  readonly to_agency: string;
  readonly rule_id: string;
  readonly reason: string;
  readonly status: string;
  readonly created_on: Date;
  readonly due_on: Date | null;
  readonly version: number;
  readonly debtor_name: string | null;
  readonly creditor_name: string | null;
  readonly employer_name: string | null;
  readonly amount_owed_fen: bigint | null;
  readonly workers: number | null;
}

/**
 * The transfers waiting on an agency as of a day: those addressed to it and the joint-handling
 * (共处共商) ones, which both offices work. `pending` selects those not yet sent (the export sends
 * them), `open` those sent, acknowledged or in progress (the workbook's rows).
 * @example reviewQueueSql('econ', 'open', '2026-04-20').params //=> ['econ', '2026-04-20']
 */
export function reviewQueueSql(agency: Agency, which: 'pending' | 'open', asOf: string): SqlQuery {
  const statuses = which === 'pending' ? "('pending')" : "('sent', 'acknowledged', 'in_progress')";
  return {
    sql: `SELECT transfer_id, case_id, mechanism, from_agency, to_agency, rule_id, reason, status, created_on, due_on, version,
                 debtor_name, creditor_name, employer_name, amount_owed_fen, workers
          FROM transfers_v
          WHERE to_agency IN (?, 'joint') AND status IN ${statuses} AND created_on <= CAST(? AS DATE)
          ORDER BY due_on, transfer_id`,
    params: [agency, asOf],
  };
}
