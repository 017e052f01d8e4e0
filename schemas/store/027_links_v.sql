-- links_v: one row per link between an SME-arrears case and a wage case, with both sides named.
-- The public interface for scripts.
CREATE OR REPLACE VIEW links_v AS
SELECT l.sme_case_id, l.wage_case_id, l.link_type, l.score, l.reason,
       s.debtor_name, s.creditor_name, w.employer_name, s.amount_owed_fen AS sme_amount_owed_fen,
       w.amount_owed_fen AS wage_amount_owed_fen, w.workers
FROM links l LEFT JOIN cases_v s ON s.case_id = l.sme_case_id LEFT JOIN cases_v w ON w.case_id = l.wage_case_id;
