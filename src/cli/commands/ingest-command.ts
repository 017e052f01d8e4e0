import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import type { SourceKind } from '../../../schemas/header-aliases.js';
import { ingestFiles, type FileOutcome } from '../../ingest/ingest-files.js';
import { listInputFiles } from '../../ingest/list-input-files.js';
import { PipelineError } from '../../pipeline-error.js';
import type { Store } from '../../store/open-store.js';
import { commandContext, type CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { formatFileOutcome, formatIngestTotals } from '../../ingest/format-file-outcome.js';

export interface IngestCommandOptions {
  readonly source?: SourceKind;
  readonly period?: string;
  readonly encoding?: 'utf-8' | 'gbk' | 'gb18030';
  readonly force?: boolean;
}

/** Ingests paths into an open store, printing one accounting line per file; returns the outcomes. */
export async function runIngest(ctx: CommandContext, store: Store, paths: readonly string[], opts: IngestCommandOptions): Promise<FileOutcome[]> {
  if (opts.period && !/^20\d{2}-(0[1-9]|1[0-2])$/.test(opts.period)) {
    throw new PipelineError('USAGE', `--period 应写成 YYYY-MM，例如 2026-04；收到：${opts.period}`);
  }
  const files = listInputFiles(paths);
  const bar = process.stderr.isTTY && !ctx.out.json && files.length > 1
    ? new cliProgress.SingleBar({ format: '导入 [{bar}] {value}/{total} 个文件 {file}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(files.length, 0, { file: '' });
  const outcomes = await ingestFiles(store.conn, files, {
    ...opts,
    concurrency: ctx.config.ingest.concurrency,
    onFile: (o) => {
      bar?.increment({ file: o.file });
      if (!ctx.out.json) {
        if (bar) process.stderr.write('\r\x1b[K');
        ctx.out.say(formatFileOutcome(o));
      }
    },
  });
  bar?.stop();
  return outcomes;
}

/** `arrears ingest <paths…>`: reads survey workbooks, complaints and wage leads into the store. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('导入摸排台账、投诉举报和欠薪线索文件 (ingest files or folders)')
    .argument('<paths...>', '文件或文件夹')
    .addOption(new Option('--source <kind>', '指定来源类型（默认按表头识别）').choices(['survey', 'complaint', 'wage_lead']))
    .option('--period <YYYY-MM>', '摸排期次（默认取标题或文件名中的年月）')
    .addOption(new Option('--encoding <enc>', 'CSV 编码（默认自动识别）').choices(['utf-8', 'gbk', 'gb18030']))
    .option('--force', '内容相同的文件也重新导入')
    .action(async (paths: string[], opts: IngestCommandOptions, cmd: Command) => {
      const ctx = commandContext(cmd);
      const store = await ctx.openStore();
      try {
        const outcomes = await runIngest(ctx, store, paths, opts);
        ctx.out.result({ database: store.path, files: outcomes }, () => ctx.out.say(formatIngestTotals(outcomes)));
        if (outcomes.some((o) => o.status === 'failed')) process.exitCode = EXIT.inputFailed;
      } finally {
        store.close();
      }
    });
}
