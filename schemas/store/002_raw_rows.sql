-- raw_rows: one row per sheet row (or CSV record) read from a file, exactly as read.
-- Invariants: (file_id, sheet, row_number) unique; disposition is accepted | rejected | skipped
-- | header; skip_kind set only when skipped; per file, counts by disposition reconcile with files.
CREATE TABLE raw_rows (
  file_id     INTEGER NOT NULL,
  sheet       VARCHAR NOT NULL,
  row_number  INTEGER NOT NULL,
  disposition VARCHAR NOT NULL,
  skip_kind   VARCHAR,
  cells       VARCHAR NOT NULL          -- JSON array of the cells as read
);
