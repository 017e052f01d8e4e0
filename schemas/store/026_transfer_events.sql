-- transfer_events: one row per thing that happened to a transfer (append-only audit trail).
-- Invariants: never updated or deleted; from_status → to_status is a legal lifecycle step;
-- the latest event's to_status equals the transfer's status.
CREATE SEQUENCE IF NOT EXISTS transfer_event_seq START 1;
CREATE TABLE transfer_events (
  event_id     INTEGER PRIMARY KEY DEFAULT nextval('transfer_event_seq'),
  transfer_id  VARCHAR NOT NULL,
  action       VARCHAR NOT NULL,        -- create | send | ack | progress | close | return
  from_status  VARCHAR,
  to_status    VARCHAR NOT NULL,
  recorded_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
  on_date      DATE NOT NULL,           -- the working day it counts for (--as-of)
  by_whom      VARCHAR,
  note         VARCHAR,
  outcome      VARCHAR
);
