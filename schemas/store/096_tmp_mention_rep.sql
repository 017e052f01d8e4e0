-- __tmp_mention_rep: scratch, one row per active mention: its cluster on names alone (the first
-- pass), which the collective-evidence SQL groups by. Invariant: emptied at the end of every resolve run.
CREATE TABLE __tmp_mention_rep (mention_no INTEGER, rep INTEGER);
