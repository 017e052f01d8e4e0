-- raw_rows: one row per sheet row (or CSV record) read from a file, exactly as read.
-- Invariants: (file_id, sheet, row_number) unique; disposition is accepted | rejected | skipped
-- | header; skip_kind set only when skipped; per file, counts by disposition reconcile with files.
-- Rebuilt so that cells, the JSON of every row read and the bulk of the table, is FSST-compressed
-- outright: DuckDB chose FSST for it anyway, after trying the others on every block it wrote.
CREATE TABLE raw_rows_082 (
  file_id     INTEGER NOT NULL,
  sheet       VARCHAR NOT NULL,
  row_number  INTEGER NOT NULL,
  disposition VARCHAR NOT NULL,
  skip_kind   VARCHAR,
  cells       VARCHAR NOT NULL USING COMPRESSION fsst  -- JSON array of the cells as read
);
INSERT INTO raw_rows_082 SELECT file_id, sheet, row_number, disposition, skip_kind, cells FROM raw_rows;
DROP TABLE raw_rows;
ALTER TABLE raw_rows_082 RENAME TO raw_rows;
