-- entity_decisions: one row per manual must-link or cannot-link decision by a person.
-- Invariants: append-only; a later decision on the same pair overrides an earlier one; decisions
-- always win over automatic rules. Names are stored, not ids, so a decision survives re-resolution.
CREATE SEQUENCE IF NOT EXISTS entity_decision_seq START 1;
CREATE TABLE entity_decisions (
  decision_id  INTEGER PRIMARY KEY DEFAULT nextval('entity_decision_seq'),
  kind         VARCHAR NOT NULL,          -- link | split
  key_a        VARCHAR NOT NULL,          -- mention keys (or entity ids resolved to their keys)
  key_b        VARCHAR NOT NULL,
  note         VARCHAR,
  decided_by   VARCHAR,
  decided_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
