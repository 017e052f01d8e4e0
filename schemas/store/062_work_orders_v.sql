-- work_orders_v: one row per work order of a current file: extraction with people's corrections
-- applied (a correction always wins), and whether it still needs review.
CREATE OR REPLACE VIEW work_orders_v AS
WITH latest AS (
  SELECT record_id, field, value FROM work_order_corrections
  QUALIFY row_number() OVER (PARTITION BY record_id, field ORDER BY correction_id DESC) = 1
), c AS (
  SELECT record_id,
         any_value(value) FILTER (field = 'kind') AS kind, any_value(value) FILTER (field = 'creditor') AS creditor,
         any_value(value) FILTER (field = 'debtor') AS debtor, any_value(value) FILTER (field = 'employer') AS employer,
         any_value(value) FILTER (field = 'amount') AS amount, any_value(value) FILTER (field = 'project') AS project,
         any_value(value) FILTER (field = 'workers') AS workers, count(*) AS corrections
  FROM latest GROUP BY record_id
)
SELECT w.record_id, w.file_id, w.sheet, w.row_number, w.period, w.order_no, w.received_on, w.channel, w.street_code,
       coalesce(c.kind, w.kind) AS kind, w.kind_reason,
       coalesce(c.creditor, w.creditor_name) AS creditor_name, coalesce(c.debtor, w.debtor_name) AS debtor_name,
       coalesce(c.employer, w.employer_name) AS employer_name,
       coalesce(CAST(c.amount AS BIGINT), w.amount_owed_fen) AS amount_owed_fen,
       coalesce(c.project, w.project_name) AS project_name, coalesce(CAST(c.workers AS INTEGER), w.workers) AS workers,
       CASE WHEN coalesce(c.corrections, 0) > 0 THEN NULL ELSE nullif(w.review_fields, '') END AS review_fields,
       coalesce(c.corrections, 0) > 0 AS corrected, w.content, w.caller_name, w.caller_phone, w.fields_json, f.file_name
FROM stg_work_order w JOIN files f USING (file_id) LEFT JOIN c USING (record_id)
WHERE f.status = 'loaded';
