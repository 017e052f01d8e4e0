-- cases_v: one row per case that has records (merged-away ids are in case_aliases).
-- The public interface for scripts. Amounts are integer fen: for SME cases from the latest sweep
-- that reported them (else the largest complaint claim), for wage cases the largest amount reported.
CREATE OR REPLACE VIEW cases_v AS
SELECT c.case_id, c.kind, c.debtor_entity_id, c.creditor_entity_id, c.employer_entity_id,
       c.amount_owed_fen, c.amount_cleared_fen, c.workers, c.status, c.first_period, c.last_period,
       c.undisputed_fen, c.disputed_fen, c.reporters, c.record_count, c.matter,
       d.name AS debtor_name, cr.name AS creditor_name, em.name AS employer_name, d.entity_type AS debtor_type
FROM cases c
LEFT JOIN entities d ON d.entity_id = c.debtor_entity_id
LEFT JOIN entities cr ON cr.entity_id = c.creditor_entity_id
LEFT JOIN entities em ON em.entity_id = c.employer_entity_id
WHERE c.status <> 'merged' AND c.record_count > 0;
