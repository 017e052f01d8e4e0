-- stg_wage_lead: one row per accepted wage-arrears lead (欠薪线索).
-- Holds personal data (reporter name, ID number, phone) in clear: never exported to the other
-- agency without masking. Invariants: record_id unique and stable; workers >= 0; amounts integer
-- fen; reporter_id_number passes GB 11643 when present.
-- Rebuilt without the PRIMARY KEY on record_id: DuckDB builds an ART index for it on every
-- insert, which on a million-row load cost as much as writing the table itself. record_id stays
-- unique by how it is made: the file's content-hash prefix (no two loaded files share one: see
-- landFile), the sheet index and the row number; tests check it. Columns of mostly distinct
-- values (ids, texts, people's names and phones) are FSST-compressed outright: DuckDB chooses
-- FSST for them anyway, after trying the others on every block it writes.
CREATE TABLE stg_wage_lead_081 (
  record_id            VARCHAR NOT NULL USING COMPRESSION fsst,
  file_id              INTEGER NOT NULL,
  sheet                VARCHAR NOT NULL,
  row_number           INTEGER NOT NULL,
  period               VARCHAR,
  lead_no              VARCHAR USING COMPRESSION fsst,
  received_on          DATE,
  channel              VARCHAR,
  sector               VARCHAR,
  reporter_name        VARCHAR USING COMPRESSION fsst,
  reporter_id_number   VARCHAR USING COMPRESSION fsst,
  reporter_phone       VARCHAR USING COMPRESSION fsst,
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
  summary              VARCHAR USING COMPRESSION fsst
);
INSERT INTO stg_wage_lead_081 SELECT record_id, file_id, sheet, row_number, period, lead_no, received_on, channel, sector, reporter_name, reporter_id_number, reporter_phone, employer_name_raw, employer_name, employer_core_name, employer_branch_of, employer_uscc, employer_uscc_checksum_ok, project_name, project_address, street_code, street_name, developer_name, general_contractor_name, subcontractor_name, team_leader, workers, amount_owed_fen, arrears_period, summary FROM stg_wage_lead;
DROP TABLE stg_wage_lead;
ALTER TABLE stg_wage_lead_081 RENAME TO stg_wage_lead;
