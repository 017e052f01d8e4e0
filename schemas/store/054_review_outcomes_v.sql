-- review_outcomes_v: one row per review-workbook row applied by an import, with its transfer and
-- case: what the receiving office reported (办理结果, 已清偿金额 as integer fen, 办理说明) and when.
-- The public interface for scripts reading review results.
CREATE OR REPLACE VIEW review_outcomes_v AS
SELECT i.import_row_id, i.transfer_id, t.case_id, t.mechanism, t.to_agency, i.export_id, i.from_status, i.to_status,
       i.actions, i.outcome, i.cleared_fen, i.note, i.handler, i.handled_on, i.imported_by, i.file_name, i.imported_at
FROM review_import_rows i JOIN transfers t USING (transfer_id);
