-- review_import_rows: one row per review-workbook row whose outcome an import applied.
-- Invariants: transfer_id points at a transfer; actions lists the lifecycle steps applied, in order
-- ('ack,close'), each of them also a transfer_events row; cleared_fen (已清偿金额) is integer fen,
-- never a float; version_after is the transfer's version once applied. Importing the same
-- workbook again adds no row: its rows are then unchanged.
CREATE SEQUENCE IF NOT EXISTS review_import_row_seq START 1;
CREATE TABLE review_import_rows (
  import_row_id  INTEGER PRIMARY KEY DEFAULT nextval('review_import_row_seq'),
  export_id      VARCHAR NOT NULL,
  transfer_id    VARCHAR NOT NULL,
  file_name      VARCHAR NOT NULL,
  file_sha256    VARCHAR NOT NULL,
  sheet_row      INTEGER NOT NULL,
  from_status    VARCHAR NOT NULL,
  to_status      VARCHAR NOT NULL,
  actions        VARCHAR NOT NULL,
  outcome        VARCHAR,
  cleared_fen    BIGINT,
  note           VARCHAR,
  handler        VARCHAR,
  handled_on     DATE NOT NULL,
  imported_by    VARCHAR NOT NULL,
  version_after  INTEGER NOT NULL,
  imported_at    TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
