-- __tmp_entity_assign: scratch, one row per active mention: the entity the run in progress put it
-- in and the evidence that reached it. Invariant: emptied at the end of every resolve run.
CREATE TABLE __tmp_entity_assign (mention_no INTEGER, entity_id VARCHAR, rule VARCHAR, score DOUBLE, matched_no INTEGER, evidence VARCHAR);
