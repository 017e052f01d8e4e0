-- rejects_v: one row per problem in a rejected row, with the file it came from.
-- The public interface for scripts; reason is in words a clerk can act on.
CREATE OR REPLACE VIEW rejects_v AS
SELECT f.file_name, r.sheet, r.row_number, r.column_name, r.value, r.reason, r.field, f.status AS file_status, r.file_id
FROM rejects r JOIN files f USING (file_id);
