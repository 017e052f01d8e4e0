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
  /** 'YYYY-MM-DD' */
  readonly created_on: string;
  readonly due_on: string | null;
  readonly version: number;
  readonly debtor_name: string | null;
  readonly creditor_name: string | null;
  readonly employer_name: string | null;
  /** Integer fen, as text (exact through JSON). */
  readonly amount_owed_fen: string | null;
  readonly workers: number | null;
}

/**
 * The transfers waiting on an agency as of a day: those addressed to it and the joint-handling
 * (共处共商) ones, which both offices work. `pending` selects those not yet sent (the export sends
 * them), `open` those sent, acknowledged or in progress (the workbook's rows), in no order: the
 * workbook's is REVIEW_ORDER.
 * @example reviewQueueSql('econ', 'open', '2026-04-20').params //=> ['econ', '2026-04-20']
 */
export function reviewQueueSql(agency: Agency, which: 'pending' | 'open', asOf: string): SqlQuery {
  const statuses = which === 'pending' ? "('pending')" : "('sent', 'acknowledged', 'in_progress')";
  return {
    sql: `SELECT transfer_id, case_id, mechanism, from_agency, to_agency, rule_id, reason, status, created_on, due_on, version,
                 debtor_name, creditor_name, employer_name, CAST(amount_owed_fen AS VARCHAR) AS amount_owed_fen, workers
          FROM transfers_v
          WHERE to_agency IN (?, 'joint') AND status IN ${statuses} AND created_on <= CAST(? AS DATE)`,
    params: [agency, asOf],
  };
}

/** The order of a review workbook's rows: the nearest deadline first. */
export const REVIEW_ORDER = 'due_on, transfer_id';
