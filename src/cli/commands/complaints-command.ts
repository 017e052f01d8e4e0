import type { Command } from 'commander';
import { maskComplaintText } from '../../extract/mask-complaint-text.js';
import { formatFen, parseAmount } from '../../normalize/parse-amount.js';
import { PipelineError } from '../../pipeline-error.js';
import { resolveAll } from '../../resolve/resolve-all.js';
import { exec, queryOne, queryRows, withTransaction } from '../../store/sql.js';
import { commandContext } from '../context.js';

const FIELD_LABEL: Record<string, string> = {
  kind: '类别', creditor: '债权企业', debtor: '欠款单位', employer: '用人单位', amount: '金额', project: '项目', workers: '人数',
};
const KIND_LABEL: Record<string, string> = { sme_arrears: '拖欠中小企业账款', wage_arrears: '欠薪', other: '非欠款事项' };

interface ReviewRow {
  readonly record_id: string;
  readonly order_no: string | null;
  readonly file_name: string;
  readonly row_number: number;
  readonly kind: string;
  readonly kind_reason: string | null;
  readonly creditor_name: string | null;
  readonly debtor_name: string | null;
  readonly employer_name: string | null;
  readonly amount_owed_fen: bigint | null;
  readonly workers: number | null;
  readonly review_fields: string;
  readonly content: string;
  readonly caller_name: string | null;
}

interface CorrectOptions {
  readonly kind?: string;
  readonly creditor?: string;
  readonly debtor?: string;
  readonly employer?: string;
  readonly amount?: string;
  readonly project?: string;
  readonly workers?: string;
  readonly by?: string;
}

/** `arrears complaints review|correct`: the work orders whose text was read with low confidence. */
export function registerComplaints(program: Command): void {
  const complaints = program.command('complaints').description('文字诉求工单（12345、来信）的识别结果复核');
  complaints
    .command('review')
    .description('列出识别把握不足、需要人工复核的工单（个人信息已遮盖）')
    .action(async (_o, cmd: Command) => {
      const ctx = commandContext(cmd);
      const store = await ctx.openStore();
      try {
        const rows = await queryRows<ReviewRow>(store.conn,
          'SELECT record_id, order_no, file_name, row_number, kind, kind_reason, creditor_name, debtor_name, employer_name, amount_owed_fen, workers, review_fields, content, caller_name FROM work_orders_v WHERE review_fields IS NOT NULL ORDER BY file_name, row_number');
        // The caller's own details never show, even to the office that took the call.
        const shown = rows.map(({ caller_name, content, ...r }) => ({ ...r, content: maskComplaintText(content, { callerName: caller_name ?? undefined }).text }));
        ctx.out.result({ orders: shown }, () => {
          for (const r of shown) {
            const check = r.review_fields.split(',').map((f) => FIELD_LABEL[f] ?? f).join('、');
            ctx.out.say(`${r.record_id}（${r.order_no ?? '无编号'}，${r.file_name} 第 ${r.row_number} 行）${KIND_LABEL[r.kind] ?? r.kind}，需复核：${check}`);
            ctx.out.say(`  债权企业：${r.creditor_name ?? '—'}  欠款单位：${r.debtor_name ?? '—'}  用人单位：${r.employer_name ?? '—'}  金额：${r.amount_owed_fen === null ? '—' : `${formatFen(Number(r.amount_owed_fen))} 元`}  人数：${r.workers ?? '—'}`);
            ctx.out.say(`  原文：${r.content}`);
          }
          ctx.out.say(`共 ${shown.length} 件待复核。改正：arrears complaints correct <编号> --debtor … --amount … --by 姓名`);
        });
      } finally {
        store.close();
      }
    });
  complaints
    .command('correct')
    .description('改正一件工单的识别结果（人工改正永远优先），并重新归并')
    .argument('<record_id>', '工单记录编号（complaints review 列出的编号）')
    .option('--kind <kind>', 'sme_arrears | wage_arrears | other')
    .option('--creditor <name>', '债权企业').option('--debtor <name>', '欠款单位').option('--employer <name>', '用人单位')
    .option('--amount <amount>', '欠款金额（如 12.5万、125000）').option('--project <name>', '项目').option('--workers <n>', '欠薪人数')
    .option('--by <name>', '经办人')
    .action(async (recordId: string, opts: CorrectOptions, cmd: Command) => {
      const ctx = commandContext(cmd);
      const store = await ctx.openStore();
      try {
        const known = await queryOne(store.conn, { sql: 'SELECT record_id FROM stg_work_order WHERE record_id = ?', params: [recordId] });
        if (!known) throw new PipelineError('USAGE', `找不到工单 ${recordId}。请用 arrears complaints review 列出的编号。`);
        const values: [string, string][] = [];
        if (opts.kind) {
          if (!KIND_LABEL[opts.kind]) throw new PipelineError('USAGE', `--kind 只能是 sme_arrears、wage_arrears 或 other；收到：${opts.kind}`);
          values.push(['kind', opts.kind]);
        }
        for (const f of ['creditor', 'debtor', 'employer', 'project'] as const) if (opts[f]) values.push([f, opts[f]!.normalize('NFKC').replace(/\s+/g, '')]);
        if (opts.amount) {
          const a = parseAmount(opts.amount, { unit: '元' });
          if (!a.ok) throw new PipelineError('USAGE', `--amount 无法识别：${a.reason}`);
          values.push(['amount', String(a.value)]);
        }
        if (opts.workers) {
          if (!/^\d+$/.test(opts.workers)) throw new PipelineError('USAGE', `--workers 应为整数：${opts.workers}`);
          values.push(['workers', opts.workers]);
        }
        if (values.length === 0) throw new PipelineError('USAGE', '请至少改正一项（--kind、--debtor、--creditor、--employer、--amount、--project、--workers）');
        await withTransaction(store.conn, async () => {
          for (const [field, value] of values) {
            await exec(store.conn, { sql: 'INSERT INTO work_order_corrections (record_id, field, value, corrected_by) VALUES (?, ?, ?, ?)', params: [recordId, field, value, opts.by ?? null] });
          }
        });
        const r = await resolveAll(store.conn);
        ctx.out.result({ recordId, corrected: Object.fromEntries(values), resolve: r }, () =>
          ctx.out.say(`已记录 ${values.length} 项改正（${values.map(([f]) => FIELD_LABEL[f]).join('、')}），并重新归并。`));
      } finally {
        store.close();
      }
    });
}
