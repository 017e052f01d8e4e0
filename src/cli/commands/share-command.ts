import { Command, Option } from 'commander';
import { AGENCY_LABEL } from '../../export/export-labels.js';
import { exportShareRegistry } from '../../export/export-share-registry.js';
import { loadMaskingPolicy, type Agency } from '../../export/load-masking-policy.js';
import { commandContext } from '../context.js';

/**
 * `arrears share`: the information-sharing registry (信息共享台账) for one office, masked per policy.
 * @example arrears share --agency wage --out out/共享
 */
export function registerShare(program: Command): void {
  program
    .command('share')
    .description('导出供某部门查阅的信息共享台账（xlsx 和 csv，个人信息脱敏） (write the shared registry)')
    .addOption(new Option('--agency <agency>', '供哪个部门：econ 区经委，wage 区根治欠薪办').choices(['econ', 'wage']).makeOptionMandatory())
    .requiredOption('--out <dir>', '保存到哪个文件夹')
    .option('--as-of <YYYY-MM-DD>', '导出日期（默认今天）')
    .option('--policy <file>', '脱敏规则文件（默认 schemas/masking-policy.json）')
    .action(async (opts: { agency: Agency; out: string; asOf?: string; policy?: string }, cmd: Command) => {
      const ctx = commandContext(cmd);
      const policy = opts.policy ? loadMaskingPolicy(opts.policy) : undefined;
      const store = await ctx.openStore();
      try {
        const s = await exportShareRegistry(store.conn, { agency: opts.agency, outDir: opts.out, asOf: opts.asOf, policy });
        ctx.out.result(s, () => {
          ctx.out.say(`已导出供${AGENCY_LABEL[s.agency]}查阅的信息共享台账：${s.rows} 件（导出编号 ${s.exportId}，${s.asOf}）`);
          ctx.out.say(`  ${s.xlsx}`);
          ctx.out.say(`  ${s.csv}`);
          ctx.out.say(`  个人信息已按《${s.policy}》脱敏`);
        });
      } finally {
        store.close();
      }
    });
}
