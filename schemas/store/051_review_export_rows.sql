-- review_export_rows: one row per transfer written into a review workbook, as the workbook shows it.
-- Invariants: (export_id, transfer_id) unique; export_id points at review_exports; version and
-- status are the transfer's at export (the version is also in the workbook's hidden column);
-- locked_cells is a JSON object {header: text} of the locked columns as written, against which an
-- import detects edits to locked columns. Personal data in it is as written: masked per the policy.
CREATE TABLE review_export_rows (
  export_id     VARCHAR NOT NULL,
  transfer_id   VARCHAR NOT NULL,
  sheet_row     INTEGER NOT NULL,
  version       INTEGER NOT NULL,
  status        VARCHAR NOT NULL,
  locked_cells  VARCHAR NOT NULL,
  PRIMARY KEY (export_id, transfer_id)
);
