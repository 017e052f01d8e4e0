import type { SqlQuery } from '../store/sql.js';
import type { Agency } from './load-masking-policy.js';

/** One case in an agency's information-sharing registry. */
export interface SharedCaseRow {
  readonly case_id: string;
  readonly kind: string;
  readonly debtor_name: string | null;
  readonly debtor_uscc: string | null;
  readonly creditor_name: string | null;
  readonly creditor_uscc: string | null;
  readonly employer_name: string | null;
  readonly employer_uscc: string | null;
  readonly matter: string | null;
  /** Integer fen, as text (exact through JSON). */
  readonly amount_owed_fen: string | null;
  readonly amount_cleared_fen: string | null;
  readonly workers: number | null;
  readonly status: string;
  readonly first_period: string | null;
  readonly last_period: string | null;
  readonly common_parties: readonly string[] | null;
  /**
   * 'SME-2026-000095 upstream,same_project': the receiving agency's related cases and how each
   * relates, the first MAX_RELATED_SHOWN by id.
   */
  readonly related: readonly string[];
  /** How many related cases there are in all. */
  readonly related_count: number;
  readonly reasons: readonly string[] | null;
}

/**
 * Related cases listed in a row at most: one district body can be party to thousands of cases,
 * and a cell holds 32,767 characters; the count says how many there are in all.
 */
export const MAX_RELATED_SHOWN = 20;

/**
 * The registry FOR an agency: the other agency's cases about enterprises both touch — linked
 * cases (links), and cases whose entity is a party on both sides (an SME case's debtor or
 * creditor that is a wage case's employer: link type 'same_party') — each with the receiving
 * agency's related cases. Party names and USCCs are not personal data; no personal field is here.
 * In no order: the registry's is SHARE_ORDER.
 * @example sharedCasesSql('econ').params //=> ['econ']
 */
export function sharedCasesSql(agency: Agency): SqlQuery {
  return {
    sql: `
WITH sme_parties AS (
  SELECT case_id, debtor_entity_id AS entity_id FROM cases_v WHERE kind = 'sme_arrears' AND debtor_entity_id IS NOT NULL
  UNION SELECT case_id, creditor_entity_id FROM cases_v WHERE kind = 'sme_arrears' AND creditor_entity_id IS NOT NULL
), pairs AS NOT MATERIALIZED (
  SELECT s.case_id AS sme_case_id, w.case_id AS wage_case_id, 'same_party' AS link_type, CAST(NULL AS VARCHAR) AS reason, s.entity_id
  FROM sme_parties s JOIN cases_v w ON w.kind = 'wage_arrears' AND w.employer_entity_id = s.entity_id
  UNION ALL
  SELECT sme_case_id, wage_case_id, link_type, reason, NULL FROM links_v
), oriented AS NOT MATERIALIZED (
  SELECT CASE WHEN $1 = 'econ' THEN wage_case_id ELSE sme_case_id END AS case_id,
         CASE WHEN $1 = 'econ' THEN sme_case_id ELSE wage_case_id END AS related_id, link_type, reason, entity_id
  FROM pairs
), link_bits AS (
  -- Each link type a bit, so a related case's types are one integer per pair rather than a list:
  -- a city's 6.7 million pairs ran out of memory gathering lists.
  SELECT link_type, CAST(row_number() OVER (ORDER BY link_type) - 1 AS BIGINT) AS bit FROM (SELECT DISTINCT link_type FROM links_v UNION SELECT 'same_party')
), pair_types AS (
  SELECT o.case_id, o.related_id, bit_or(CAST(1 AS BIGINT) << b.bit) AS mask
  FROM oriented o JOIN link_bits b USING (link_type) GROUP BY o.case_id, o.related_id
), related_shown AS (
  -- The first related cases by id, and how many there are in all.
  SELECT case_id, any_value(related_count) AS related_count,
         list_sort(list(related_id || ' ' || array_to_string(list_filter(n.names, (x, i) -> (mask >> (i - 1)) & 1 = 1), ','))) AS related
  FROM (SELECT case_id, related_id, mask, count(*) OVER (PARTITION BY case_id) AS related_count,
               row_number() OVER (PARTITION BY case_id ORDER BY related_id) AS k FROM pair_types)
  CROSS JOIN (SELECT list(link_type ORDER BY bit) AS names FROM link_bits) n
  WHERE k <= ${MAX_RELATED_SHOWN}
  GROUP BY case_id
), per_case AS (
  SELECT o.case_id, list(DISTINCT e.name ORDER BY e.name) FILTER (WHERE e.name IS NOT NULL) AS common_parties,
         list(DISTINCT o.reason ORDER BY o.reason) FILTER (WHERE o.reason IS NOT NULL) AS reasons
  FROM oriented o LEFT JOIN entities e ON e.entity_id = o.entity_id GROUP BY o.case_id
)
SELECT c.case_id, c.kind, c.debtor_name, d.uscc AS debtor_uscc, c.creditor_name, cr.uscc AS creditor_uscc,
       c.employer_name, em.uscc AS employer_uscc, c.matter, CAST(c.amount_owed_fen AS VARCHAR) AS amount_owed_fen,
       CAST(c.amount_cleared_fen AS VARCHAR) AS amount_cleared_fen, c.workers, c.status,
       c.first_period, c.last_period, p.common_parties, r.related, r.related_count, p.reasons
FROM per_case p JOIN cases_v c USING (case_id) JOIN related_shown r USING (case_id)
LEFT JOIN entities d ON d.entity_id = c.debtor_entity_id
LEFT JOIN entities cr ON cr.entity_id = c.creditor_entity_id
LEFT JOIN entities em ON em.entity_id = c.employer_entity_id`,
    params: [agency],
  };
}

/** The order of the registry's rows. */
export const SHARE_ORDER = 'case_id';
