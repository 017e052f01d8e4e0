-- __tmp_case_ids: scratch, one row per cluster that had case ids before: the id it keeps (or a
-- new one when a split left it none). Invariant: emptied at the end of every resolve run.
CREATE TABLE __tmp_case_ids (cluster_no INTEGER, case_id VARCHAR, created BOOLEAN);
