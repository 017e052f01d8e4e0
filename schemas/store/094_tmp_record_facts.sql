-- __tmp_record_facts: scratch, one row per record whose text the resolve run in progress read.
-- Invariant: emptied at the end of every resolve run.
CREATE TABLE __tmp_record_facts (record_id VARCHAR, workplace VARCHAR, text_project VARCHAR, months VARCHAR);
