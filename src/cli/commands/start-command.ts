import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { resolveAll } from '../../resolve/resolve-all.js';
import { queryRows } from '../../store/sql.js';
import { commandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { runIngest } from './ingest-command.js';
import { formatIngestTotals } from './print-file-outcome.js';

/** The bundled April sweep that `npm start` runs on. */
export const SAMPLE_DIR = fileURLToPath(new URL('../../../sample-data/2026-04', import.meta.url));

/** `arrears start`: the main job on the bundled sample — ingest, then say what landed where. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('在自带样例数据上运行主流程 (run the main job on the bundled sample data)')
    .option('--sample <dir>', '样例数据文件夹', SAMPLE_DIR)
    .action(async (opts: { sample: string }, cmd: Command) => {
      const ctx = commandContext(cmd);
      const store = await ctx.openStore();
      try {
        ctx.out.say(`数据库：${store.path}`);
        ctx.out.say(`导入样例数据：${opts.sample}`);
        // The sample folder mirrors the inbox; ground-truth.csv beside it is for benchmarks, not intake.
        const inbox = ['surveys', 'complaints', 'wage-leads'].map((d) => join(opts.sample, d)).filter((d) => existsSync(d));
        const outcomes = await runIngest(ctx, store, inbox, {});
        const resolved = await resolveAll(store.conn);
        const bySource = await queryRows<{ source: string; kind: string; records: bigint; owed_yuan: string }>(
          store.conn,
          `SELECT source, kind, count(*) AS records, printf('%,.2f', coalesce(sum(amount_owed_fen), 0) / 100) AS owed_yuan
           FROM records_v GROUP BY ALL ORDER BY source, kind`,
        );
        const rejects = await queryRows<{ reason: string; n: bigint }>(
          store.conn,
          `SELECT regexp_replace(reason, '：.*$', '') AS reason, count(*) AS n FROM rejects_v WHERE file_status = 'loaded' GROUP BY 1 ORDER BY n DESC, 1 LIMIT 8`,
        );
        const flags = await queryRows<{ change_label: string; n: bigint }>(
          store.conn,
          'SELECT change_label, count(*) AS n FROM case_changes_v GROUP BY ALL ORDER BY n DESC',
        );
        ctx.out.result({ database: store.path, files: outcomes, records: bySource, rejectReasons: rejects, resolve: resolved, changes: flags }, () => {
          ctx.out.say(formatIngestTotals(outcomes));
          ctx.out.say('\n库中当前记录（records_v）：');
          for (const r of bySource) ctx.out.say(`  ${r.source.padEnd(10)} ${r.kind.padEnd(13)} ${String(r.records).padStart(6)} 条  金额合计 ${r.owed_yuan} 元`);
          if (rejects.length > 0) {
            ctx.out.say('拒收原因（rejects_v，按列）：');
            for (const r of rejects) ctx.out.say(`  ${r.reason} × ${r.n}`);
          }
          const e = resolved.entities;
          ctx.out.say(`\n识别与归并（resolve，${resolved.seconds.toFixed(1)} 秒）：${e.mentions} 种单位写法 → ${e.entities} 个单位`);
          for (const c of resolved.cases) ctx.out.say(`  ${c.kind === 'sme_arrears' ? '拖欠中小企业账款' : '欠薪'}：${c.records} 条记录 → ${c.cases} 件案件`);
          if (flags.length > 0) ctx.out.say(`  本轮变化：${flags.map((f) => `${f.change_label} ${f.n}`).join('，')}`);
          ctx.out.say(`\n查看明细：duckdb ${store.path} "SELECT * FROM cases_v"（或 files_v、records_v、rejects_v、entities_v、case_changes_v）；arrears case show <案件编号>`);
        });
        if (outcomes.some((o) => o.status === 'failed')) process.exitCode = EXIT.inputFailed;
      } finally {
        store.close();
      }
    });
}
