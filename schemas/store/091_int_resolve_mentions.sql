-- int_resolve_mentions: one row per name spelling + USCC (mention key) the resolve stage has ever
-- read, normalised once.
-- Invariants: mention_key unique; mention_no unique, dense from 0 and never changed (assigned in
-- order of first reading, by name and USCC within one run), so the first member of a group of
-- spellings stays the first; short_target is the core name a known listed-company short name
-- stands for; name_class is classifyDebtor on the name alone, filled when an entity needs it ('' when
-- the name gives no class).
CREATE TABLE int_resolve_mentions (
  mention_no     INTEGER NOT NULL,
  mention_key    VARCHAR NOT NULL,
  legal_name     VARCHAR NOT NULL,
  core_name      VARCHAR NOT NULL,
  region_prefix  VARCHAR,
  branch_of      VARCHAR,
  uscc           VARCHAR,
  uscc_ok        BOOLEAN NOT NULL,
  short_target   VARCHAR,
  name_class     VARCHAR
);
