-- stg_complaint: one row per accepted complaint (投诉举报) from a structured export.
-- Invariants: record_id unique and stable; kind is 'sme_arrears' (an enterprise owed money) or
-- 'wage_arrears' (workers' pay, no creditor enterprise: routed as a wage record);
-- amount_claimed_fen is integer fen or null.
CREATE TABLE stg_complaint (
  record_id            VARCHAR PRIMARY KEY,
  file_id              INTEGER NOT NULL,
  sheet                VARCHAR NOT NULL,
  row_number           INTEGER NOT NULL,
  period               VARCHAR,
  kind                 VARCHAR NOT NULL,
  complaint_no         VARCHAR,
  channel              VARCHAR,
  received_on          DATE,
  complainant_name_raw VARCHAR,
  complainant_name     VARCHAR,
  complainant_core_name VARCHAR,
  complainant_is_enterprise BOOLEAN NOT NULL,
  complainant_uscc     VARCHAR,
  complainant_uscc_checksum_ok BOOLEAN,
  complainant_size     VARCHAR,
  contact_name         VARCHAR,
  contact_phone        VARCHAR,
  respondent_name_raw  VARCHAR NOT NULL,
  respondent_name      VARCHAR NOT NULL,
  respondent_core_name VARCHAR NOT NULL,
  respondent_branch_of VARCHAR,
  respondent_uscc      VARCHAR,
  respondent_uscc_checksum_ok BOOLEAN,
  respondent_type      VARCHAR,
  amount_claimed_fen   BIGINT,
  content              VARCHAR,
  handling_unit        VARCHAR,
  status               VARCHAR
);
