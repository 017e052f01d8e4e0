import type { DuckDBConnection } from '@duckdb/node-api';
import { exec } from '../store/sql.js';
import type { PipelineDefinition, StageContext, StageResult } from './pipeline-definition.js';

export interface RunOptions extends Omit<StageContext, 'conn'> {
  readonly trigger: 'manual' | 'schedule' | 'catch-up';
  readonly scheduledFor?: Date | null;
}

/** A finished run: its id, overall outcome and each stage's result. */
export interface RunReport {
  readonly runId: string;
  readonly pipeline: string;
  readonly outcome: 'ok' | 'partial' | 'failed';
  readonly stages: readonly ({ readonly stage: string; readonly label: string; readonly seconds: number; readonly error?: string } & Partial<StageResult>)[];
  readonly seconds: number;
}

const INSERT = `INSERT INTO runs (run_id, pipeline, stage, trigger, scheduled_for, as_of, period, started_at, outcome, pid)
                VALUES (?, ?, ?, ?, ?, ?, ?, current_timestamp, 'running', ?)`;
const FINISH = `UPDATE runs SET ended_at = current_timestamp, outcome = ?, files = ?, rows_read = ?, accepted = ?, rejected = ?,
                summary = ?, error = ? WHERE run_id = ? AND stage = ?`;

/**
 * Runs a pipeline's stages in order and records each in `runs` as it starts and ends, so a run
 * killed halfway shows as interrupted next time. A stage that throws ends the run as failed; a
 * stage with some failed input (an unreadable file) is partial and the run goes on.
 * The caller holds the run lock.
 */
export async function runPipeline(conn: DuckDBConnection, pipeline: PipelineDefinition, options: RunOptions): Promise<RunReport> {
  await exec(conn, "UPDATE runs SET outcome = 'interrupted', ended_at = coalesce(ended_at, current_timestamp) WHERE outcome = 'running'");
  const t0 = performance.now();
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 17);
  const runId = `${pipeline.name}-${stamp}`;
  const row = (stage: string) => [runId, pipeline.name, stage, options.trigger, options.scheduledFor?.toISOString() ?? null, options.asOf, options.period, process.pid];
  await exec(conn, { sql: INSERT, params: row('*') });
  const ctx: StageContext = { ...options, conn };
  const stages: RunReport['stages'][number][] = [];
  let outcome: RunReport['outcome'] = 'ok';
  for (const [i, stage] of pipeline.stages.entries()) {
    const s0 = performance.now();
    pipeline.stages[i + 1]?.warmUp?.();
    await exec(conn, { sql: INSERT, params: row(stage.name) });
    try {
      const r = await stage.run(ctx);
      await exec(conn, { sql: FINISH, params: [r.outcome, r.files ?? null, r.rowsRead ?? null, r.accepted ?? null, r.rejected ?? null, r.summary, null, runId, stage.name] });
      stages.push({ stage: stage.name, label: stage.label, seconds: (performance.now() - s0) / 1000, ...r });
      if (r.outcome !== 'ok' && outcome === 'ok') outcome = r.outcome === 'failed' ? 'failed' : 'partial';
      if (r.outcome === 'failed') break;
    } catch (err) {
      const error = (err as Error).message;
      await exec(conn, { sql: FINISH, params: ['failed', null, null, null, null, null, error, runId, stage.name] });
      stages.push({ stage: stage.name, label: stage.label, seconds: (performance.now() - s0) / 1000, outcome: 'failed', error });
      outcome = 'failed';
      break;
    }
  }
  const total = (k: 'files' | 'rowsRead' | 'accepted' | 'rejected') => stages.reduce((n, s) => n + (s[k] ?? 0), 0);
  await exec(conn, {
    sql: FINISH,
    params: [outcome, total('files'), total('rowsRead'), total('accepted'), total('rejected'), `${stages.length} 个环节`, stages.find((s) => s.error)?.error ?? null, runId, '*'],
  });
  return { runId, pipeline: pipeline.name, outcome, stages, seconds: (performance.now() - t0) / 1000 };
}
