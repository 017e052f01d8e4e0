-- rejects: one row per problem found in a rejected row (a row may have several).
-- Invariants: every reject points at a raw_rows row with disposition 'rejected'; reason is
-- written for a clerk and names what to fix.
CREATE TABLE rejects (
  file_id     INTEGER NOT NULL,
  sheet       VARCHAR NOT NULL,
  row_number  INTEGER NOT NULL,
  column_name VARCHAR,                  -- the header as it appeared in the file
  field       VARCHAR,                  -- canonical field name
  value       VARCHAR,
  reason      VARCHAR NOT NULL
);
