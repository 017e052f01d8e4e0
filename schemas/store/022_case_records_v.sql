-- case_records_v: one row per record attached to a case, with provenance and why it joined.
-- current is false for records of superseded files (kept so ids stay stable).
CREATE OR REPLACE VIEW case_records_v AS
SELECT cr.case_id, cr.record_id, cr.source, cr.rule, cr.score, cr.evidence,
       r.record_id IS NOT NULL AS current, r.period, r.file_name, r.sheet, r.row_number,
       r.debtor_name, r.creditor_name, r.employer_name, r.amount_owed_fen
FROM case_records cr LEFT JOIN records_v r USING (record_id);
