-- stg_work_order: one row per accepted free-text work order (12345 hotline, letters) as written,
-- with what extraction read from its text (NULL until the extract stage has run).
-- Invariants: record_id unique and stable; caller_name/caller_phone are personal data, never
-- shown to the other agency in clear; kind is sme_arrears | wage_arrears | other once extracted;
-- amounts are integer fen; fields_json keeps every extracted field with its span and confidence.
CREATE TABLE stg_work_order (
  record_id        VARCHAR PRIMARY KEY,
  file_id          INTEGER NOT NULL,
  sheet            VARCHAR NOT NULL,
  row_number       INTEGER NOT NULL,
  period           VARCHAR,
  order_no         VARCHAR,
  received_on      DATE,
  channel          VARCHAR,
  street_code      VARCHAR,
  street_name      VARCHAR,
  address          VARCHAR,
  order_type       VARCHAR,
  content          VARCHAR NOT NULL,
  handling_unit    VARCHAR,
  caller_name      VARCHAR,
  caller_phone     VARCHAR,
  kind             VARCHAR,
  kind_reason      VARCHAR,
  creditor_name    VARCHAR,
  debtor_name      VARCHAR,
  employer_name    VARCHAR,
  amount_owed_fen  BIGINT,
  project_name     VARCHAR,
  workers          INTEGER,
  review_fields    VARCHAR,            -- comma-separated fields below the confidence threshold
  fields_json      VARCHAR,
  extractor_version VARCHAR
);
