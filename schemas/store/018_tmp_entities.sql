-- __tmp_entities: scratch, one row per entity of the run in progress; empty between runs.
-- Invariant: emptied at the end of every resolve run.
CREATE TABLE __tmp_entities (
  entity_id VARCHAR, name VARCHAR, core_name VARCHAR, uscc VARCHAR, entity_type VARCHAR, street_code VARCHAR
);
