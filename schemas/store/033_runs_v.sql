-- runs_v: one row per stage of a pipeline run, with its duration; stage '*' is the whole run.
-- The public interface for scripts.
CREATE OR REPLACE VIEW runs_v AS
SELECT run_id, pipeline, stage, trigger, scheduled_for, as_of, period, started_at, ended_at,
       date_diff('millisecond', started_at, ended_at) / 1000.0 AS seconds,
       files, rows_read, accepted, rejected, outcome, summary, error
FROM runs;
