import { Command, Option } from 'commander';
import { exportReviewWorkbook } from '../../export/export-review-workbook.js';
import { AGENCY_LABEL } from '../../export/export-labels.js';
import { importReviewWorkbook } from '../../export/import-review-workbook.js';
import { loadMaskingPolicy, type Agency } from '../../export/load-masking-policy.js';
import { formatFen } from '../../normalize/parse-amount.js';
import { ACTION_LABEL, STATUS_LABEL } from '../../route/transfer-lifecycle.js';
import { EXIT } from '../exit-codes.js';
import { commandContext } from '../context.js';

interface ExportOpts { agency: Agency; out: string; asOf?: string; password?: string; policy?: string }
interface ImportOpts { by: string; asOf?: string }

/**
 * `arrears review export` and `arrears review import`: the review workbook out to an office and back.
 * @example arrears review export --agency econ --out out/区经委审核表.xlsx; arrears review import out/区经委审核表.xlsx --by 王芳
 */
export function registerReview(program: Command): void {
  const review = program.command('review').description('待办移送审核表：导出给部门填写，再导入办理结果 (review workbooks)');

  review
    .command('export')
    .description('导出某部门的待办移送审核表；待移送的移送随表一并移送 (write an agency\'s review workbook)')
    .addOption(new Option('--agency <agency>', '哪个部门：econ 区经委，wage 区根治欠薪办').choices(['econ', 'wage']).makeOptionMandatory())
    .requiredOption('--out <file.xlsx>', '审核表保存位置（.xlsx）')
    .option('--as-of <YYYY-MM-DD>', '按哪一天移送和导出（默认今天）')
    .option('--password <password>', '工作表保护密码（可选）')
    .option('--policy <file>', '脱敏规则文件（默认 schemas/masking-policy.json）')
    .action(async (opts: ExportOpts, cmd: Command) => {
      const ctx = commandContext(cmd);
      const policy = opts.policy ? loadMaskingPolicy(opts.policy) : undefined;
      const store = await ctx.openStore();
      try {
        const s = await exportReviewWorkbook(store.conn, { agency: opts.agency, out: opts.out, asOf: opts.asOf, password: opts.password, policy });
        ctx.out.result(s, () => {
          ctx.out.say(`已导出${AGENCY_LABEL[s.agency]}待办移送审核表：${s.file}（导出编号 ${s.exportId}，${s.asOf}）`);
          ctx.out.say(`  共 ${s.rows} 件待办，其中本次随表移送 ${s.sent.length} 件`);
          ctx.out.say(`  个人信息按《${s.policy}》处理`);
        });
      } finally {
        store.close();
      }
    });

  review
    .command('import')
    .description('导入填好的审核表，逐行办理签收、办结、退回 (apply an edited review workbook)')
    .argument('<file>', '填好的审核表（.xlsx）')
    .requiredOption('--by <name>', '导入人姓名（行中未填经办人的，记为导入人）')
    .option('--as-of <YYYY-MM-DD>', '导入日期；未填办理日期的行按此日期记（默认今天）')
    .action(async (file: string, opts: ImportOpts, cmd: Command) => {
      const ctx = commandContext(cmd);
      const store = await ctx.openStore();
      try {
        const s = await importReviewWorkbook(store.conn, file, { by: opts.by, asOf: opts.asOf });
        ctx.out.result(s, () => {
          ctx.out.say(`审核表 ${s.file}（导出编号 ${s.exportId}，${AGENCY_LABEL[s.agency] ?? s.agency}）：`);
          for (const r of s.rows) {
            const where = `第 ${r.sheetRow} 行 ${r.transferId ?? '（无编号）'}`;
            if (r.kind === 'applied') {
              const cleared = r.clearedFen === null ? '' : `，已清偿 ${formatFen(r.clearedFen)} 元`;
              ctx.out.say(`  ✓ ${where}：${STATUS_LABEL[r.from]} → ${STATUS_LABEL[r.to]}（${r.actions.map((a) => ACTION_LABEL[a]).join('、')}）${cleared}`);
            } else if (r.kind === 'unchanged') ctx.out.say(`  = ${where}：未变化（已是“${STATUS_LABEL[r.status]}”）`);
            else ctx.out.say(`  ✗ ${where}：未导入 — ${r.reason}`);
          }
          ctx.out.say(`共 ${s.rows.length} 行填写了办理情况：办理 ${s.applied}，未变化 ${s.unchanged}，未导入 ${s.refused}；另有 ${s.untouched} 行未填写。`);
        });
        if (s.refused > 0) process.exitCode = EXIT.inputFailed;
      } finally {
        store.close();
      }
    });
}
