import type { Command } from 'commander';
import { Cron } from 'croner';
import { PIPELINES } from '../../../pipelines/index.js';
import { PipelineError } from '../../pipeline-error.js';
import { dueRuns, shanghaiDay } from '../../schedule/due-runs.js';
import { acquireRunLock } from '../../schedule/run-lock.js';
import { runPipeline, type RunReport } from '../../schedule/run-pipeline.js';
import { queryOne } from '../../store/sql.js';
import type { Store } from '../../store/open-store.js';
import { commandContext, type CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { printRun, runOptions, type RunFlags } from './run-command.js';

/**
 * Runs every pipeline occurrence due since its last successful run, oldest first, under one lock:
 * what `schedule --once` does from cron, and what the resident scheduler does at each tick.
 */
async function runDue(ctx: CommandContext, store: Store, now: Date, flags: RunFlags): Promise<RunReport[]> {
  const lock = acquireRunLock(store.path, 'schedule');
  const reports: RunReport[] = [];
  try {
    if (lock.clearedStale) ctx.out.warn(lock.clearedStale);
    for (const pipeline of Object.values(PIPELINES)) {
      const last = await queryOne<{ at: Date | null }>(store.conn, {
        sql: "SELECT max(scheduled_for) AS at FROM runs WHERE pipeline = ? AND stage = '*' AND outcome IN ('ok', 'partial')",
        params: [pipeline.name],
      });
      const { due, skipped } = dueRuns(pipeline.schedule, last?.at ?? null, now);
      if (skipped > 0) ctx.out.warn(`${pipeline.name}：错过的运行太多，只补最近 ${due.length} 次，更早的 ${skipped} 次未补。`);
      for (const [i, at] of due.entries()) {
        const options = runOptions(ctx, pipeline, { ...flags, asOf: shanghaiDay(at), period: undefined }, i < due.length - 1 ? 'catch-up' : 'schedule', at);
        const r = await runPipeline(store.conn, pipeline, options);
        reports.push(r);
        if (!ctx.out.json) printRun(ctx, r);
      }
    }
  } finally {
    lock.release();
  }
  return reports;
}

/** `arrears schedule [--once] [--now]`: the scheduler, for cron/systemd (--once) or resident. */
export function registerSchedule(program: Command): void {
  program
    .command('schedule')
    .description('按计划运行各流程并补跑错过的运行；--once 运行一次后退出（供 cron / systemd timer 调用）')
    .option('--once', '只检查并运行到期的流程，然后退出')
    .option('--now <datetime>', '把这一时刻当作“现在”（ISO 格式，用于补跑或演练）')
    .option('--inbox <dir>', '收件箱')
    .option('--out <dir>', '输出文件夹')
    .action(async (opts: { once?: boolean; now?: string } & RunFlags, cmd: Command) => {
      const ctx = commandContext(cmd);
      const now = opts.now ? new Date(opts.now) : new Date();
      if (Number.isNaN(now.getTime())) throw new PipelineError('USAGE', `--now 无法识别：${opts.now}（例如 2026-04-25T10:00:00+08:00）`);
      const store = await ctx.openStore();
      try {
        const reports = await runDue(ctx, store, now, opts);
        if (opts.once) {
          ctx.out.result({ now: now.toISOString(), runs: reports }, () => ctx.out.say(reports.length === 0 ? '没有到期的流程。' : `共运行 ${reports.length} 次。`));
          if (reports.some((r) => r.outcome !== 'ok')) process.exitCode = EXIT.inputFailed;
          return;
        }
        ctx.out.say(`调度器已启动（Ctrl+C 退出）：${Object.values(PIPELINES).map((p) => `${p.name} ${p.schedule.description}`).join('；')}`);
        const jobs = Object.values(PIPELINES).map((p) => new Cron(p.schedule.cron, { timezone: 'Asia/Shanghai', protect: true }, async () => {
          await runDue(ctx, store, new Date(), opts).catch((e) => ctx.out.warn(`运行出错：${(e as Error).message}`));
        }));
        await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
        for (const j of jobs) j.stop();
      } finally {
        store.close();
      }
    });
}
