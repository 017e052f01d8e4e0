import type { Command } from 'commander';
import { PIPELINES } from '../../../pipelines/index.js';
import { commandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { projectPath } from '../../project-root.js';
import { printRun, runLocked, runOptions } from './run-command.js';

/** The bundled April 2026 sweep that `npm start` runs on: an inbox with surveys/, complaints/, wage-leads/. */
export const SAMPLE_DIR = projectPath('sample-data', '2026-04');

/** `arrears start`: the main job — the quarterly sweep on the bundled sample, end to end. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('在自带样例数据上运行季度摸排全流程 (run the quarterly sweep on the bundled sample data)')
    .option('--sample <dir>', '样例收件箱', SAMPLE_DIR)
    .option('--out <dir>', '输出文件夹', 'out')
    .action(async (opts: { sample: string; out: string }, cmd: Command) => {
      const ctx = commandContext(cmd);
      const pipeline = PIPELINES['quarterly-sweep']!;
      const store = await ctx.openStore();
      try {
        ctx.out.say(`数据库：${store.path}\n样例收件箱：${opts.sample}（2026 年 4 月闵行区摸排）`);
        const options = runOptions(ctx, pipeline, { inbox: opts.sample, period: '2026-04', asOf: '2026-04-25', out: opts.out }, 'manual', null);
        const r = await runLocked(ctx, store, pipeline, options);
        ctx.out.result(r, () => {
          printRun(ctx, r);
          ctx.out.say(`\n输出：${options.out}`);
          ctx.out.say(`查看：duckdb ${store.path} "SELECT * FROM cases_v"（或 files_v、records_v、rejects_v、entities_v、case_changes_v、transfers_v、runs_v）`);
          ctx.out.say('下一步：arrears case show SME-2026-000001；arrears transfers --overdue；arrears --help');
        });
        if (r.outcome !== 'ok') process.exitCode = EXIT.inputFailed;
      } finally {
        store.close();
      }
    });
}
