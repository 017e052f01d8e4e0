import type { DuckDBConnection } from '@duckdb/node-api';

/** Where a run reads and writes, and for which day and sweep. */
export interface StageContext {
  readonly conn: DuckDBConnection;
  /** The day the run counts for ('YYYY-MM-DD', Asia/Shanghai). */
  readonly asOf: string;
  /** The sweep period ('YYYY-MM') for pipelines that have one. */
  readonly period: string | null;
  readonly inbox: { readonly surveys: string; readonly complaints: string; readonly wageLeads: string };
  /** The run's output folder, e.g. out/2026-04. */
  readonly out: string;
  /** Threads parsing workbooks while ingest writes (config `ingest.concurrency`); default: the machine's cores. */
  readonly ingestConcurrency?: number;
  say(line: string): void;
}

/** What a stage did, for the run history and the printed accounting. */
export interface StageResult {
  readonly outcome: 'ok' | 'partial' | 'failed';
  readonly files?: number;
  readonly rowsRead?: number;
  readonly accepted?: number;
  readonly rejected?: number;
  /** One line for people: what happened, where the outputs are. */
  readonly summary: string;
  readonly outputs?: readonly string[];
}

/** One step of a pipeline. Stages live in src/schedule/stage-catalog.ts; pipelines only list them. */
export interface Stage {
  readonly name: string;
  readonly label: string;
  run(ctx: StageContext): Promise<StageResult>;
  /**
   * Called as the stage before this one starts, to get ready meanwhile (start threads, load
   * modules); must not touch the store. Nothing is lost if the stage then does not run.
   */
  warmUp?(): void;
}

/**
 * When a pipeline is due: a cron pattern in Asia/Shanghai, optionally only on working days of the
 * Chinese calendar (holidays skipped, 调休 make-up days included).
 */
export interface PipelineSchedule {
  readonly cron: string;
  readonly workingDaysOnly: boolean;
  readonly description: string;
}

/** A pipeline: a name, its stages in order and its schedule — nothing else. */
export interface PipelineDefinition {
  readonly name: string;
  readonly description: string;
  /** Whether runs are for a sweep period (taken from --period or the as-of month). */
  readonly periodic: boolean;
  readonly schedule: PipelineSchedule;
  readonly stages: readonly Stage[];
}

/** Declares a pipeline (identity, typed). @example definePipeline({ name: 'x', … }) */
export function definePipeline(definition: PipelineDefinition): PipelineDefinition {
  return definition;
}
