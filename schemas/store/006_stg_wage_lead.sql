-- stg_wage_lead: one row per accepted wage-arrears lead (欠薪线索).
-- Holds personal data (reporter name, ID number, phone) in clear: never exported to the other
-- agency without masking. Invariants: record_id unique and stable; workers >= 0; amounts integer
-- fen; reporter_id_number passes GB 11643 when present.
CREATE TABLE stg_wage_lead (
  record_id            VARCHAR PRIMARY KEY,
  file_id              INTEGER NOT NULL,
  sheet                VARCHAR NOT NULL,
  row_number           INTEGER NOT NULL,
  period               VARCHAR,
  lead_no              VARCHAR,
  received_on          DATE,
  channel              VARCHAR,
  sector               VARCHAR,
  reporter_name        VARCHAR,
  reporter_id_number   VARCHAR,
  reporter_phone       VARCHAR,
  employer_name_raw    VARCHAR NOT NULL,
  employer_name        VARCHAR NOT NULL,
  employer_core_name   VARCHAR NOT NULL,
  employer_branch_of   VARCHAR,
  employer_uscc        VARCHAR,
  employer_uscc_checksum_ok BOOLEAN,
  project_name         VARCHAR,
  project_address      VARCHAR,
  street_code          VARCHAR,
  street_name          VARCHAR,
  developer_name       VARCHAR,
  general_contractor_name VARCHAR,
  subcontractor_name   VARCHAR,
  team_leader          VARCHAR,
  workers              INTEGER,
  amount_owed_fen      BIGINT,
  arrears_period       VARCHAR,
  summary              VARCHAR
);
