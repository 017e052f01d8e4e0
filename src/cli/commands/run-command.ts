import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { PIPELINES } from '../../../pipelines/index.js';
import { asOfDate } from '../../export/as-of-date.js';
import { PipelineError } from '../../pipeline-error.js';
import type { PipelineDefinition } from '../../schedule/pipeline-definition.js';
import { acquireRunLock } from '../../schedule/run-lock.js';
import { runPipeline, type RunOptions, type RunReport } from '../../schedule/run-pipeline.js';
import type { Store } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { commandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

export interface RunFlags {
  readonly period?: string;
  readonly asOf?: string;
  readonly inbox?: string;
  readonly out?: string;
}

const OUTCOME_LABEL = { ok: '完成', partial: '部分完成（有文件失败）', failed: '失败' } as const;

/** The pipeline named, or a usage error listing the ones there are. */
export function pipelineNamed(name: string): PipelineDefinition {
  const p = PIPELINES[name];
  if (!p) throw new PipelineError('USAGE', `没有名为 ${name} 的流程。可用流程：${Object.keys(PIPELINES).join('、')}`);
  return p;
}

/** Builds a run's options from the flags and the config: inbox layout, out/<period or day>/, period. */
export function runOptions(ctx: CommandContext, pipeline: PipelineDefinition, flags: RunFlags, trigger: RunOptions['trigger'], scheduledFor: Date | null): RunOptions {
  const asOf = asOfDate(flags.asOf);
  if (flags.period && !/^20\d{2}-(0[1-9]|1[0-2])$/.test(flags.period)) throw new PipelineError('USAGE', `--period 应写成 YYYY-MM；收到：${flags.period}`);
  const period = pipeline.periodic ? (flags.period ?? asOf.slice(0, 7)) : null;
  const inbox = flags.inbox
    ? { surveys: join(flags.inbox, 'surveys'), complaints: join(flags.inbox, 'complaints'), wageLeads: join(flags.inbox, 'wage-leads') }
    : ctx.config.inbox;
  const out = resolve(flags.out ?? ctx.config.out, period ?? asOf);
  return { asOf, period, inbox, out, ingestConcurrency: ctx.config.ingest.concurrency, trigger, scheduledFor, say: (line) => ctx.out.say(line) };
}

/** Prints a run's per-stage accounting. */
export function printRun(ctx: CommandContext, r: RunReport): void {
  ctx.out.say(`流程 ${r.pipeline}（${r.runId}）：${OUTCOME_LABEL[r.outcome]}，用时 ${r.seconds.toFixed(1)} 秒`);
  for (const s of r.stages) ctx.out.say(`  ${s.outcome === 'ok' ? '✓' : s.outcome === 'partial' ? '!' : '✗'} ${s.label}：${s.error ?? s.summary ?? ''}（${s.seconds.toFixed(1)} 秒）`);
}

/** Runs one pipeline under the run lock. */
export async function runLocked(ctx: CommandContext, store: Store, pipeline: PipelineDefinition, options: RunOptions): Promise<RunReport> {
  const lock = acquireRunLock(store.path, pipeline.name);
  try {
    if (lock.clearedStale) ctx.out.warn(lock.clearedStale);
    return await runPipeline(store.conn, pipeline, options);
  } finally {
    lock.release();
  }
}

/** `arrears run <pipeline>`: runs a pipeline now. */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description(`运行一个流程：${Object.keys(PIPELINES).join(' | ')} (run a pipeline now)`)
    .argument('<pipeline>', '流程名称')
    .option('--period <YYYY-MM>', '摸排期次（默认取 --as-of 的年月）')
    .option('--as-of <YYYY-MM-DD>', '按哪一天运行（默认今天）')
    .option('--inbox <dir>', '收件箱（其下 surveys/、complaints/、wage-leads/）')
    .option('--out <dir>', '输出文件夹（默认 out/，其下按期次分）')
    .action(async (name: string, flags: RunFlags, cmd: Command) => {
      const ctx = commandContext(cmd);
      const pipeline = pipelineNamed(name);
      const store = await ctx.openStore();
      try {
        const r = await runLocked(ctx, store, pipeline, runOptions(ctx, pipeline, flags, 'manual', null));
        ctx.out.result(r, () => printRun(ctx, r));
        if (r.outcome !== 'ok') process.exitCode = EXIT.inputFailed;
      } finally {
        store.close();
      }
    });
}
