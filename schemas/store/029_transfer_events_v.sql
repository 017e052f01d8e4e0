-- transfer_events_v: one row per lifecycle event (append-only), with the transfer's case.
CREATE OR REPLACE VIEW transfer_events_v AS
SELECT e.event_id, e.transfer_id, t.case_id, e.action, e.from_status, e.to_status, e.on_date, e.recorded_at, e.by_whom, e.note, e.outcome
FROM transfer_events e JOIN transfers t USING (transfer_id);
