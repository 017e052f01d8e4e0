import type { SqlQuery } from '../store/sql.js';

/** How many top debtors exposed in both agencies a report lists. */
export const CROSS_AGENCY_TOP = 20;

const forPeriod = (sql: string) => (period: string): SqlQuery => ({ sql, params: [period] });

/**
 * The SQL the reports run, all reading the summary_* views (schemas/store/040–049): the one place
 * report SQL text lives. Each takes the sweep period as a bound value.
 * @example REPORT_SQL.street('2026-04') //=> { sql: 'SELECT … FROM summary_street_v WHERE period = ? …', params: ['2026-04'] }
 */
export const REPORT_SQL = {
  periods: (): SqlQuery => ({ sql: 'SELECT DISTINCT period FROM records_v WHERE period IS NOT NULL ORDER BY period' }),
  /** Every sweep up to and including this one: the by-sweep table shows the trend. */
  byPeriod: forPeriod(
    `SELECT period, kind, source, cases, records, amount_owed_fen, amount_cleared_fen, disputed_fen, workers
     FROM summary_period_v WHERE period <= ?
     ORDER BY period, kind, CASE source WHEN 'complaint' THEN 2 ELSE 1 END`,
  ),
  street: forPeriod(
    `SELECT street_code, street_name, sme_cases, sme_records, sme_owed_fen, sme_cleared_fen, sme_disputed_fen,
            wage_cases, wage_records, wage_owed_fen, workers
     FROM summary_street_v WHERE period = ? ORDER BY street_code NULLS LAST`,
  ),
  debtorType: forPeriod(
    `SELECT debtor_type, cases, records, amount_owed_fen, amount_cleared_fen, disputed_fen
     FROM summary_debtor_type_v WHERE period = ?`,
  ),
  arrearsType: forPeriod(
    `SELECT arrears_type, cases, records, amount_owed_fen, amount_cleared_fen, disputed_fen
     FROM summary_arrears_type_v WHERE period = ?`,
  ),
  channel: forPeriod(
    `SELECT channel, sme_cases, sme_records, sme_claimed_fen, wage_cases, wage_records, wage_claimed_fen
     FROM summary_channel_v WHERE period = ?`,
  ),
  transfers: forPeriod(
    `SELECT mechanism, to_agency, status, transfers, cases, overdue, amount_owed_fen
     FROM summary_transfers_v WHERE period = ?`,
  ),
  changes: forPeriod(
    `SELECT change, change_label, audit_flag, cases, records, amount_owed_fen, prev_amount_owed_fen, change_fen
     FROM summary_changes_v WHERE period = ? ORDER BY sort_order`,
  ),
  overdue: forPeriod(
    `SELECT to_agency, mechanism, transfers, cases, max_days_overdue, strftime(oldest_due_on, '%Y-%m-%d') AS oldest_due_on,
            amount_owed_fen
     FROM summary_overdue_v WHERE period = ? ORDER BY to_agency, mechanism`,
  ),
  crossAgency: forPeriod(
    `SELECT rank, entity_id, name, uscc, entity_type, as_employer, as_developer_or_contractor, sme_cases, sme_owed_fen,
            sme_cleared_fen, wage_cases, wage_owed_fen, workers
     FROM summary_cross_agency_v WHERE period = ? AND rank <= ${CROSS_AGENCY_TOP} ORDER BY rank`,
  ),
} as const;
