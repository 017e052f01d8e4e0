-- share_exports: one row per information-sharing registry (信息共享台账) written for an agency.
-- Invariants: export_id ('SH-2026-000001') unique and never reused; agency ('econ' | 'wage') is the
-- receiving office; rows counts the cases in each of its files (xlsx and csv hold the same rows);
-- policy names the masking policy (name and version) applied, as the files themselves state.
CREATE TABLE share_exports (
  export_id   VARCHAR PRIMARY KEY,
  agency      VARCHAR NOT NULL,
  as_of       DATE NOT NULL,
  xlsx_file   VARCHAR NOT NULL,
  csv_file    VARCHAR NOT NULL,
  rows        INTEGER NOT NULL,
  policy      VARCHAR NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
