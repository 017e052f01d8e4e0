import type { Command } from 'commander';
import { PipelineError } from '../../pipeline-error.js';
import { maskComplaintText } from '../../extract/mask-complaint-text.js';
import { markSpans } from '../../extract/mark-spans.js';
import { formatFen } from '../../normalize/parse-amount.js';
import { queryOne, queryRows } from '../../store/sql.js';
import { commandContext } from '../context.js';

const yuan = (fen: unknown) => (fen === null || fen === undefined ? '—' : `${formatFen(Number(fen))} 元`);

/** `arrears case show <id>`: a case, its records with provenance, why each joined, and its history. */
export function registerCase(program: Command): void {
  program
    .command('case')
    .description('查看案件 (show cases)')
    .command('show')
    .argument('<id>', '案件编号（如 SME-2026-000123；已合并的旧编号也可）')
    .description('显示案件、其记录与归并依据、逐轮变化')
    .action(async (ref: string, _opts, cmd: Command) => {
      const ctx = commandContext(cmd);
      const store = await ctx.openStore();
      try {
        const { conn } = store;
        const found = await queryOne<{ case_id: string }>(conn, {
          sql: 'SELECT coalesce((SELECT case_id FROM case_aliases WHERE alias_id = ?), ?) AS case_id',
          params: [ref, ref],
        });
        const c = await queryOne<Record<string, string | number | bigint | boolean | null>>(conn, { sql: 'SELECT * FROM cases_v WHERE case_id = ?', params: [found!.case_id] });
        if (!c) throw new PipelineError('USAGE', `找不到案件 ${ref}。请先运行 arrears resolve，并用 cases_v 中的案件编号。`, { ref });
        const records = await queryRows(conn, { sql: 'SELECT * FROM case_records_v WHERE case_id = ? ORDER BY period, file_name, row_number', params: [c.case_id] });
        const entities = await queryRows(conn, {
          sql: `SELECT entity_id, legal_name, uscc, rule, score, evidence, matched_key FROM entity_members
                WHERE entity_id IN (?, ?, ?) ORDER BY entity_id, rule = 'seed' DESC, legal_name`,
          params: [c.debtor_entity_id ?? '', c.creditor_entity_id ?? '', c.employer_entity_id ?? ''].map(String),
        });
        const history = await queryRows(conn, { sql: 'SELECT * FROM case_changes_v WHERE case_id = ? ORDER BY period', params: [c.case_id] });
        const aliases = await queryRows(conn, { sql: 'SELECT alias_id FROM case_aliases WHERE case_id = ?', params: [c.case_id] });
        // Work orders: the text with what was read where, the caller's details masked.
        const texts = (
          await queryRows<{ record_id: string; content: string; fields_json: string | null; caller_name: string | null; corrected: boolean }>(conn, {
            sql: 'SELECT w.record_id, w.content, w.fields_json, w.caller_name, w.corrected FROM work_orders_v w JOIN case_records cr USING (record_id) WHERE cr.case_id = ?',
            params: [c.case_id],
          })
        ).map((w) => ({
          record_id: w.record_id,
          corrected: w.corrected,
          text: maskComplaintText(markSpans(w.content, w.fields_json ? JSON.parse(w.fields_json) : {}), { callerName: w.caller_name ?? undefined }).text,
        }));
        ctx.out.result({ case: c, aliases: aliases.map((a) => a.alias_id), records, entities, history, workOrders: texts }, () => {
          const say = ctx.out.say;
          say(`案件 ${c.case_id}（${c.kind === 'sme_arrears' ? '拖欠中小企业账款' : '欠薪'}）状态：${c.status}${aliases.length ? `，曾用编号：${aliases.map((a) => a.alias_id).join('、')}` : ''}`);
          if (c.debtor_name) say(`  欠款方：${c.debtor_name}（${c.debtor_entity_id}，${c.debtor_type ?? '类型未知'}）`);
          if (c.creditor_name) say(`  中小企业：${c.creditor_name}（${c.creditor_entity_id}）`);
          if (c.employer_name) say(`  用人单位：${c.employer_name}（${c.employer_entity_id}）  涉及人数：${c.workers ?? '—'}  反映人：${c.reporters ?? '—'}`);
          say(`  事项：${c.matter ?? '—'}  欠款：${yuan(c.amount_owed_fen)}  已清偿：${yuan(c.amount_cleared_fen)}  期次：${c.first_period} – ${c.last_period}`);
          say('记录与归并依据：');
          for (const r of records) {
            say(`  ${r.current ? '' : '[已被更正文件取代] '}${r.file_name ?? r.record_id} ${r.sheet ? `「${r.sheet}」` : ''}第 ${r.row_number ?? '?'} 行 ${r.source} ${yuan(r.amount_owed_fen)} — ${r.evidence}`);
          }
          say('单位识别依据：');
          for (const e of entities) say(`  ${e.entity_id} ${e.legal_name}${e.uscc ? ` ${e.uscc}` : ''} — ${e.rule === 'seed' ? '首个写法' : `${e.evidence}（${Number(e.score).toFixed(2)}，对照 ${String(e.matched_key).split('|')[0]}）`}`);
          for (const w of texts) say(`工单原文（${w.record_id}${w.corrected ? '，已人工改正' : ''}）：${w.text}`);
          if (history.length > 0) {
            say('逐轮变化：');
            for (const h of history) say(`  ${h.period} ${h.change_label}${h.audit_flag ? ' ⚠ 审计关注' : ''} 欠款 ${yuan(h.amount_owed_fen)}（上轮 ${yuan(h.prev_amount_owed_fen)}）`);
          }
        });
      } finally {
        store.close();
      }
    });
}
