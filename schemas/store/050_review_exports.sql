-- review_exports: one row per review workbook (待办移送审核表) written for an agency.
-- Invariants: export_id ('RV-2026-000001') unique and never reused; agency is 'econ' | 'wage';
-- rows equals the count of review_export_rows with this export_id; sent counts the pending
-- transfers the export itself sent (the workbook is the transfer, each send a transfer_events
-- row by 'review export'); policy names the masking policy (name and version) it applied.
CREATE TABLE review_exports (
  export_id   VARCHAR PRIMARY KEY,
  agency      VARCHAR NOT NULL,
  as_of       DATE NOT NULL,
  file_name   VARCHAR NOT NULL,
  rows        INTEGER NOT NULL,
  sent        INTEGER NOT NULL,
  policy      VARCHAR NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
