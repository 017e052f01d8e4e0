-- entities: one row per resolved enterprise or public body (债务人/债权人/用人单位 …).
-- Invariants: entity_id ('ENT-000123') is unique and never reused or renumbered once written;
-- at most one checksum-valid USCC per entity; an entity merged into another stays in
-- entity_aliases, never deleted from sight.
CREATE SEQUENCE IF NOT EXISTS entity_seq START 1;
CREATE TABLE entities (
  entity_id    VARCHAR PRIMARY KEY,
  name         VARCHAR NOT NULL,          -- the most used full legal name among its members
  core_name    VARCHAR NOT NULL,
  uscc         VARCHAR,
  entity_type  VARCHAR,                   -- 机关 | 事业单位 | 国有企业 | 大型企业 | 平台公司 | 其他
  street_code  VARCHAR,
  status       VARCHAR NOT NULL DEFAULT 'active',  -- active | merged | empty
  created_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
