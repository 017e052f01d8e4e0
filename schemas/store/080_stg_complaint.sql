-- stg_complaint: one row per accepted complaint (投诉举报) from a structured export.
-- Invariants: record_id unique and stable; kind is 'sme_arrears' (an enterprise owed money) or
-- 'wage_arrears' (workers' pay, no creditor enterprise: routed as a wage record);
-- amount_claimed_fen is integer fen or null.
-- Rebuilt without the PRIMARY KEY on record_id: DuckDB builds an ART index for it on every
-- insert, which on a million-row load cost as much as writing the table itself. record_id stays
-- unique by how it is made: the file's content-hash prefix (no two loaded files share one: see
-- landFile), the sheet index and the row number; tests check it. Columns of mostly distinct
-- values (ids, texts, people's names and phones) are FSST-compressed outright: DuckDB chooses
-- FSST for them anyway, after trying the others on every block it writes.
CREATE TABLE stg_complaint_080 (
  record_id            VARCHAR NOT NULL USING COMPRESSION fsst,
  file_id              INTEGER NOT NULL,
  sheet                VARCHAR NOT NULL,
  row_number           INTEGER NOT NULL,
  period               VARCHAR,
  kind                 VARCHAR NOT NULL,
  complaint_no         VARCHAR USING COMPRESSION fsst,
  channel              VARCHAR,
  received_on          DATE,
  complainant_name_raw VARCHAR USING COMPRESSION fsst,
  complainant_name     VARCHAR USING COMPRESSION fsst,
  complainant_core_name VARCHAR,
  complainant_is_enterprise BOOLEAN NOT NULL,
  complainant_uscc     VARCHAR USING COMPRESSION fsst,
  complainant_uscc_checksum_ok BOOLEAN,
  complainant_size     VARCHAR,
  contact_name         VARCHAR USING COMPRESSION fsst,
  contact_phone        VARCHAR USING COMPRESSION fsst,
  respondent_name_raw  VARCHAR NOT NULL,
  respondent_name      VARCHAR NOT NULL,
  respondent_core_name VARCHAR NOT NULL,
  respondent_branch_of VARCHAR,
  respondent_uscc      VARCHAR,
  respondent_uscc_checksum_ok BOOLEAN,
  respondent_type      VARCHAR,
  amount_claimed_fen   BIGINT,
  content              VARCHAR USING COMPRESSION fsst,
  handling_unit        VARCHAR,
  status               VARCHAR
);
INSERT INTO stg_complaint_080 SELECT record_id, file_id, sheet, row_number, period, kind, complaint_no, channel, received_on, complainant_name_raw, complainant_name, complainant_core_name, complainant_is_enterprise, complainant_uscc, complainant_uscc_checksum_ok, complainant_size, contact_name, contact_phone, respondent_name_raw, respondent_name, respondent_core_name, respondent_branch_of, respondent_uscc, respondent_uscc_checksum_ok, respondent_type, amount_claimed_fen, content, handling_unit, status FROM stg_complaint;
DROP TABLE stg_complaint;
ALTER TABLE stg_complaint_080 RENAME TO stg_complaint;
