-- int_entity_pairs: one row per pair of core names whose comparison reached the merge threshold
-- (core_contains / core_fuzzy), compared once between the first spellings of the two cores.
-- Invariants: (core_a, core_b) unique; score >= the fuzzy threshold; a pair found once is kept:
-- later runs compare only cores that are new to the store.
CREATE TABLE int_entity_pairs (
  core_a  VARCHAR NOT NULL,
  core_b  VARCHAR NOT NULL,
  score   DOUBLE NOT NULL,
  rule    VARCHAR NOT NULL,   -- core_contains | core_fuzzy
  label   VARCHAR NOT NULL
);
