-- __tmp_record_facts: scratch, one row per text the resolve run in progress read (row_no numbers
-- the texts of that run). Invariant: emptied at the end of every resolve run.
CREATE TABLE __tmp_record_facts (row_no INTEGER, workplace VARCHAR, text_project VARCHAR, months VARCHAR);
