-- case_records: one row per record (current or superseded) ever attached to a case.
-- Invariants: record_id unique; case_id points at a case; a record keeps its case across runs
-- unless a person's decision moves it; rule/score say why it joined.
CREATE TABLE case_records (
  record_id    VARCHAR PRIMARY KEY,
  case_id      VARCHAR NOT NULL,
  source       VARCHAR NOT NULL,
  rule         VARCHAR NOT NULL,          -- seed | same_matter | same_parties | complaint_joins | same_project
  score        DOUBLE NOT NULL,
  evidence     VARCHAR,
  assigned_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
