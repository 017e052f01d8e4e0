-- __tmp_work_order_extract: scratch, one row per work order extracted in the run in progress.
-- Invariant: emptied at the end of every extract run.
CREATE TABLE __tmp_work_order_extract (
  record_id VARCHAR, kind VARCHAR, kind_reason VARCHAR, creditor_name VARCHAR, debtor_name VARCHAR, employer_name VARCHAR,
  amount_owed_fen BIGINT, project_name VARCHAR, workers INTEGER, review_fields VARCHAR, fields_json VARCHAR, extractor_version VARCHAR
);
