-- int_resolve_records: one row per record the resolve stage has read (current or superseded file;
-- work orders while their file is current): what it needs to remember between runs. The record's
-- fields themselves are read from the stg tables on every run (into a scratch table).
-- Invariants: record_id unique; sig is the hash of the fields resolve reads, so a record whose sig
-- changes (a correction, a superseded file) is resolved again and the others are not;
-- text_project / months / workplace are what its text said, read once (the text never changes);
-- group_key numbers its parties' entities at the end of the last run (SME: debtor·2³¹ + creditor
-- entity number; wage: −1 − employer entity number), NULL while its matter is still to be decided
-- or when it belongs to no case.
CREATE TABLE int_resolve_records (
  record_id     VARCHAR NOT NULL,
  sig           UBIGINT NOT NULL,
  workplace     VARCHAR,    -- a wage lead's project address, region prefixes removed
  text_project  VARCHAR,    -- a complaint's project as read from its text
  months        VARCHAR,    -- arrears months 'YYYY-MM~YYYY-MM' (wage records)
  group_key     BIGINT
);
