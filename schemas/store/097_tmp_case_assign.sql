-- __tmp_case_assign: scratch, one row per record whose matter the resolve run in progress decided
-- in TypeScript (row_no numbers the records it read): its cluster number and the rule that put it
-- there. Invariant: emptied at the end of every resolve run.
CREATE TABLE __tmp_case_assign (row_no INTEGER, cluster_no INTEGER, rule VARCHAR, score DOUBLE);
