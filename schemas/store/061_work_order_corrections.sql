-- work_order_corrections: one row per correction a person made to an extracted work order.
-- Invariants: append-only; the latest correction of a field wins over extraction, always;
-- field is one of kind | creditor | debtor | employer | amount | project | workers.
CREATE SEQUENCE IF NOT EXISTS work_order_correction_seq START 1;
CREATE TABLE work_order_corrections (
  correction_id  INTEGER PRIMARY KEY DEFAULT nextval('work_order_correction_seq'),
  record_id      VARCHAR NOT NULL,
  field          VARCHAR NOT NULL,
  value          VARCHAR,
  corrected_by   VARCHAR,
  corrected_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
