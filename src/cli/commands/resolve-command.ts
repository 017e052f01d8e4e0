import type { Command } from 'commander';
import { recordDecision } from '../../resolve/record-decision.js';
import { resolveAll } from '../../resolve/resolve-all.js';
import { withTransaction } from '../../store/sql.js';
import { commandContext } from '../context.js';

/** `arrears resolve`, `arrears entity link|split`: entities and cases from the stored records. */
export function registerResolve(program: Command): void {
  program
    .command('resolve')
    .description('识别同一单位并归并案件（实体、案件、逐轮变化） (resolve entities and cases)')
    .action(async (_opts, cmd: Command) => {
      const ctx = commandContext(cmd);
      const store = await ctx.openStore();
      try {
        const s = await resolveAll(store.conn);
        ctx.out.result(s, () => {
          ctx.out.say(`单位：${s.entities.mentions} 种写法 → ${s.entities.entities} 个单位（新建 ${s.entities.created}，合并 ${s.entities.merged}）`);
          for (const c of s.cases) {
            const label = c.kind === 'sme_arrears' ? '拖欠中小企业账款案件' : '欠薪案件';
            ctx.out.say(`${label}：${c.records} 条记录 → ${c.cases} 件（新建 ${c.created}，合并 ${c.merged}）`);
          }
          ctx.out.say(`用时 ${s.seconds.toFixed(1)} 秒。查看：entities_v、cases_v、case_changes_v；arrears case show <案件编号>`);
        });
      } finally {
        store.close();
      }
    });

  const entity = program.command('entity').description('人工确认或拆分单位 (manual entity decisions)');
  for (const kind of ['link', 'split'] as const) {
    entity
      .command(kind)
      .description(kind === 'link' ? '确认两者为同一单位（始终生效）' : '确认两者不是同一单位（始终生效）')
      .argument('<a>', '单位编号（ENT-…）或名称')
      .argument('<b>', '单位编号（ENT-…）或名称')
      .option('--note <text>', '理由')
      .option('--by <name>', '经办人')
      .action(async (a: string, b: string, opts: { note?: string; by?: string }, cmd: Command) => {
        const ctx = commandContext(cmd);
        const store = await ctx.openStore();
        try {
          const pairs = await withTransaction(store.conn, () => recordDecision(store.conn, kind, a, b, opts.note ?? null, opts.by ?? null));
          const s = { pairs, ...(await resolveAll(store.conn)) };
          ctx.out.result(s, () => ctx.out.say(`已记录 ${s.pairs} 条人工决定并重新归并：共 ${s.entities.entities} 个单位。`));
        } finally {
          store.close();
        }
      });
  }
}
