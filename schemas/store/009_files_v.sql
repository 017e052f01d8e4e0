-- files_v: one row per file ingest has seen (loaded, superseded or failed).
-- Invariant checked by tests: rows_read = accepted + rejected + skipped for every non-failed file.
CREATE OR REPLACE VIEW files_v AS
SELECT f.file_name, f.sha256, f.source, f.period, f.reporting_unit, f.status, f.rows_read, f.accepted,
       f.rejected, f.skipped, s.file_name AS superseded_by, f.skipped_by_kind, f.error, f.ingested_at, f.file_id, f.path
FROM files f LEFT JOIN files s ON s.file_id = f.superseded_by;
