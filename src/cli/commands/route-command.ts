import { Command, Option } from 'commander';
import { asOfDate } from '../../export/as-of-date.js';
import { AGENCY_LABEL, MECHANISM_LABEL } from '../../export/export-labels.js';
import { tooCommonProjectsNote } from '../../link/build-links.js';
import { applyTransferAction, assertApplied } from '../../route/apply-transfer-action.js';
import { routeAll } from '../../route/route-all.js';
import { ACTION_LABEL, STATUS_LABEL, type TransferAction, type TransferStatus } from '../../route/transfer-lifecycle.js';
import { formatFen } from '../../normalize/parse-amount.js';
import { queryRows } from '../../store/sql.js';
import { commandContext } from '../context.js';



/** `arrears route`, `arrears transfers`, `arrears transfer <id> <action>`: the memorandum at work. */
export function registerRoute(program: Command): void {
  program
    .command('route')
    .description('关联两部门案件并按备忘录规则移送 (link cases and route transfers)')
    .option('--as-of <YYYY-MM-DD>', '按哪一天办理（默认今天）')
    .option('--rules <file>', '移送规则文件（默认 schemas/routing-rules.json）')
    .action(async (opts: { asOf?: string; rules?: string }, cmd: Command) => {
      const ctx = commandContext(cmd);
      const asOf = asOfDate(opts.asOf);
      const store = await ctx.openStore();
      try {
        const s = await routeAll(store.conn, asOf, opts.rules);
        ctx.out.result({ asOf, ...s }, () => {
          ctx.out.say(`案件关联：上游欠款致欠薪 ${s.links.upstream}，同一欠款方 ${s.links.same_debtor}，同一项目 ${s.links.same_project}${tooCommonProjectsNote(s.links)}`);
          ctx.out.say(`移送规则 ${s.rulesVersion}（${asOf}）：`);
          for (const r of s.rules) ctx.out.say(`  ${r.ruleId} 符合 ${r.matched} 件，新建移送 ${r.created}，已有未变 ${r.unchanged}`);
        });
      } finally {
        store.close();
      }
    });

  program
    .command('transfers')
    .description('列出移送（可按部门、状态、逾期筛选） (list transfers)')
    .addOption(new Option('--agency <agency>', '待哪个部门办理').choices(['econ', 'wage', 'joint']))
    .addOption(new Option('--status <status>', '状态').choices(Object.keys(STATUS_LABEL)))
    .option('--overdue', '只看已逾期的')
    .option('--due-soon <days>', '只看这么多天内到期的')
    .option('--as-of <YYYY-MM-DD>', '按哪一天判断逾期（默认今天）')
    .action(async (opts: { agency?: string; status?: string; overdue?: boolean; dueSoon?: string; asOf?: string }, cmd: Command) => {
      const ctx = commandContext(cmd);
      const asOf = asOfDate(opts.asOf);
      const store = await ctx.openStore();
      try {
        const where: string[] = ['true'];
        const params: (string | number)[] = [asOf];
        if (opts.agency) (where.push("(to_agency = ? OR to_agency = 'joint')"), params.push(opts.agency));
        if (opts.status) (where.push('status = ?'), params.push(opts.status));
        if (opts.overdue) where.push('is_overdue');
        if (opts.dueSoon) (where.push("NOT is_overdue AND status NOT IN ('closed', 'returned') AND CAST(due_on AS DATE) <= CAST(? AS DATE) + CAST(? AS INTEGER)"), params.push(asOf, Number(opts.dueSoon)));
        const rows = await queryRows<Record<string, string | number | bigint | boolean | null>>(store.conn, {
          sql: `SELECT * FROM (
                  SELECT * EXCLUDE (data_seen, overdue) REPLACE (strftime(created_on, '%Y-%m-%d') AS created_on, strftime(due_on, '%Y-%m-%d') AS due_on),
                         status NOT IN ('closed', 'returned') AND due_on < CAST(? AS DATE) AS is_overdue
                  FROM transfers_v)
                WHERE ${where.join(' AND ')} ORDER BY due_on, transfer_id`,
          params,
        });
        ctx.out.result({ asOf, transfers: rows }, () => {
          ctx.out.say(`移送编号 | 案件 | 机制 | 移送至 | 状态 | 移送日 | 办结时限 | 欠款方/用人单位 | 金额 | 逾期`);
          for (const r of rows) {
            const party = r.debtor_name ?? r.employer_name ?? '—';
            const amount = r.amount_owed_fen === null ? '—' : `${formatFen(Number(r.amount_owed_fen))} 元`;
            ctx.out.say(`${r.transfer_id} | ${r.case_id} | ${MECHANISM_LABEL[String(r.mechanism)]} | ${AGENCY_LABEL[String(r.to_agency)]} | ${STATUS_LABEL[r.status as TransferStatus]} | ${r.created_on} | ${r.due_on} | ${party} | ${amount} | ${r.is_overdue ? '⚠ 逾期' : ''}`);
          }
          ctx.out.say(`共 ${rows.length} 件（${asOf}）`);
        });
      } finally {
        store.close();
      }
    });

  program
    .command('transfer')
    .description('办理一件移送：移送、签收、办理、办结或退回 (act on a transfer)')
    .argument('<id>', '移送编号（TR-…）')
    .addArgument(new Command().createArgument('<action>', 'send|ack|progress|close|return').choices(['send', 'ack', 'progress', 'close', 'return']))
    .option('--by <name>', '经办人')
    .option('--note <text>', '说明（退回时必填理由）')
    .option('--outcome <text>', '办理结果（办结时必填）')
    .option('--as-of <YYYY-MM-DD>', '办理日期（默认今天）')
    .action(async (id: string, action: TransferAction, opts: { by?: string; note?: string; outcome?: string; asOf?: string }, cmd: Command) => {
      const ctx = commandContext(cmd);
      const store = await ctx.openStore();
      try {
        const r = await applyTransferAction(store.conn, id, action, { by: opts.by, note: opts.note, outcome: opts.outcome, on: asOfDate(opts.asOf) });
        assertApplied(r);
        ctx.out.result(r, () => ctx.out.say(`${id}：${ACTION_LABEL[action]}，${STATUS_LABEL[r.from]} → ${STATUS_LABEL[r.to]}`));
      } finally {
        store.close();
      }
    });
}
