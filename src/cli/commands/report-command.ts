import { join } from 'node:path';
import { Command, Option } from 'commander';
import { buildReport } from '../../export/report-build.js';
import { REPORT_FORMATS, writeReport, type ReportFormat } from '../../export/report-write.js';
import { PipelineError } from '../../pipeline-error.js';
import { commandContext } from '../context.js';

/** Where a report goes unless --out says: the config's out folder (csv: a folder of its own). */
const defaultOut = (dir: string, period: string, format: ReportFormat, publicity: boolean) =>
  join(dir, `report-${period}${publicity ? '-publicity' : ''}${format === 'csv' ? '' : `.${format}`}`);

/** `arrears report --period P --format F --out PATH [--publicity]`: the summary tables of one sweep. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('生成一轮摸排的汇总报表（xlsx/csv/json/md/html，可生成宣传共推匿名版） (summary report of a sweep)')
    .requiredOption('--period <YYYY-MM>', '期次，如 2026-04（须为数据中已有的期次）')
    .addOption(new Option('--format <format>', '格式').choices(REPORT_FORMATS).default('xlsx'))
    .option('--out <path>', '输出文件（csv 为输出文件夹，每表一个文件）；默认放在配置的 out 文件夹')
    .option('--publicity', '宣传共推匿名版：只含汇总，不含单位名称和个人信息，少于 3 件的单元格不公布')
    .action(async (opts: { period: string; format: ReportFormat; out?: string; publicity?: boolean }, cmd: Command) => {
      const ctx = commandContext(cmd);
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(opts.period)) {
        throw new PipelineError('USAGE', `--period 应写成 YYYY-MM，例如 2026-04；收到：${opts.period}`, { period: opts.period });
      }
      const publicity = Boolean(opts.publicity);
      const out = opts.out ?? defaultOut(ctx.config.out, opts.period, opts.format, publicity);
      const store = await ctx.openStore();
      try {
        const report = await buildReport(store.conn, { period: opts.period, publicity });
        const files = await writeReport(report, opts.format, out);
        const tables = report.tables.map((t) => ({ id: t.id, title: t.title, rows: t.rows.length }));
        ctx.out.result({ period: report.period, format: opts.format, publicity, files, tables }, () => {
          ctx.out.say(`${report.title}（${opts.format}）`);
          for (const t of tables) ctx.out.say(`  ${t.title}：${t.rows} 行`);
          ctx.out.say(`已写入：${files.length === 1 ? files[0] : `${out}（${files.length} 个文件）`}`);
        });
      } finally {
        store.close();
      }
    });
}
