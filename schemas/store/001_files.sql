-- files: one row per distinct file content (sha256) that ingest has seen.
-- Invariants: sha256 is unique; rows_read = accepted + rejected + skipped for status 'loaded'
-- and 'superseded'; superseded_by points at a loaded file of the same source, reporting unit
-- and period; a failed file has error set and no records.
CREATE SEQUENCE IF NOT EXISTS files_seq START 1;
CREATE TABLE files (
  file_id        INTEGER PRIMARY KEY DEFAULT nextval('files_seq'),
  sha256         VARCHAR NOT NULL UNIQUE,
  file_name      VARCHAR NOT NULL,
  path           VARCHAR NOT NULL,
  source         VARCHAR,               -- survey | complaint | wage_lead
  period         VARCHAR,               -- YYYY-MM
  reporting_unit VARCHAR,
  status         VARCHAR NOT NULL,      -- loaded | superseded | failed
  rows_read      INTEGER NOT NULL DEFAULT 0,
  accepted       INTEGER NOT NULL DEFAULT 0,
  rejected       INTEGER NOT NULL DEFAULT 0,
  skipped        INTEGER NOT NULL DEFAULT 0,
  skipped_by_kind VARCHAR,              -- JSON object: kind -> count
  superseded_by  INTEGER,
  error          VARCHAR,
  ingested_at    TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
