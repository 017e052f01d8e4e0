import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceKind } from '../../schemas/header-aliases.js';
import { loadCharting } from '../export/chart-svg.js';
import { exportBatch, type ExportBatch } from '../export/export-batch.js';
import { AGENCY_LABEL } from '../export/export-labels.js';
import { exportReviewWorkbook } from '../export/export-review-workbook.js';
import { warmWorkbookThreads } from '../export/write-workbook-on-worker.js';
import { exportShareRegistry } from '../export/export-share-registry.js';
import type { Agency } from '../export/load-masking-policy.js';
import { assembleReport, publicityEdition, reportPeriods } from '../export/report-build.js';
import { writeReport } from '../export/report-write.js';
import { csvField } from '../export/safe-cell.js';
import { extractWorkOrders } from '../extract/extract-work-orders.js';
import { formatFileOutcome } from '../ingest/format-file-outcome.js';
import { ingestFiles } from '../ingest/ingest-files.js';
import { listInputFiles } from '../ingest/list-input-files.js';
import { tooCommonProjectsNote } from '../link/build-links.js';
import { resolveAll } from '../resolve/resolve-all.js';
import { routeAll } from '../route/route-all.js';
import { settleAll } from '../store/serial-queue.js';
import { queryRows } from '../store/sql.js';
import type { Stage, StageContext, StageResult } from './pipeline-definition.js';

function ingestStage(name: string, label: string, folder: (ctx: StageContext) => string, source: SourceKind | undefined): Stage {
  return {
    name,
    label,
    async run(ctx): Promise<StageResult> {
      const dir = folder(ctx);
      if (!existsSync(dir)) return { outcome: 'ok', files: 0, summary: `收件箱 ${dir} 不存在，本次无文件` };
      const outcomes = await ingestFiles(ctx.conn, listInputFiles([dir]), {
        source,
        period: source === 'survey' ? (ctx.period ?? undefined) : undefined,
        concurrency: ctx.ingestConcurrency,
        onFile: (o) => ctx.say(`  ${formatFileOutcome(o)}`),
      });
      const ok = outcomes.filter((o) => o.status === 'ok');
      const sum = (k: 'read' | 'accepted' | 'rejected') => ok.reduce((n, o) => n + (o.status === 'ok' ? o[k] : 0), 0);
      const failed = outcomes.filter((o) => o.status === 'failed');
      return {
        outcome: failed.length > 0 ? 'partial' : 'ok',
        files: outcomes.length, rowsRead: sum('read'), accepted: sum('accepted'), rejected: sum('rejected'),
        summary: `${outcomes.length} 个文件（新导入 ${ok.length}，重复跳过 ${outcomes.length - ok.length - failed.length}，失败 ${failed.length}）：读取 ${sum('read')} 行，接收 ${sum('accepted')}，拒收 ${sum('rejected')}`,
      };
    },
  };
}

/** Surveys of a sweep sit in inbox/surveys/<period>/ when that folder exists, else in inbox/surveys/. */
const surveyFolder = (ctx: StageContext) => (ctx.period && existsSync(join(ctx.inbox.surveys, ctx.period)) ? join(ctx.inbox.surveys, ctx.period) : ctx.inbox.surveys);

/** Every stage a pipeline can list, by the layer that does the work. */
export const stages = {
  ingestSurveys: ingestStage('ingest-surveys', '导入摸排台账', surveyFolder, 'survey'),
  // Structured complaint exports and free-text work orders share the inbox: headers tell them apart.
  ingestComplaints: ingestStage('ingest-complaints', '导入投诉举报与工单', (ctx) => ctx.inbox.complaints, undefined),
  ingestWageLeads: ingestStage('ingest-wage-leads', '导入欠薪线索', (ctx) => ctx.inbox.wageLeads, 'wage_lead'),
  extract: {
    name: 'extract',
    label: '识读文字诉求工单',
    async run(ctx) {
      const s = await extractWorkOrders(ctx.conn);
      return { outcome: 'ok', summary: s.orders === 0 ? '没有新的工单' : `${s.orders} 件：账款 ${s.sme}，欠薪 ${s.wage}，非欠款事项 ${s.other}；待人工复核 ${s.toReview}（arrears complaints review）` };
    },
  },
  resolve: {
    name: 'resolve',
    label: '识别单位、归并案件',
    async run(ctx) {
      const s = await resolveAll(ctx.conn);
      const c = s.cases.map((k) => `${k.kind === 'sme_arrears' ? '账款' : '欠薪'}案件 ${k.cases}`).join('，');
      return { outcome: 'ok', summary: `${s.entities.mentions} 种写法 → ${s.entities.entities} 个单位；${c}` };
    },
  },
  route: {
    name: 'route',
    label: '关联两部门案件、按备忘录移送',
    async run(ctx) {
      const s = await routeAll(ctx.conn, ctx.asOf);
      const created = s.rules.reduce((n, r) => n + r.created, 0);
      return { outcome: 'ok', summary: `关联 ${s.links.upstream + s.links.same_debtor + s.links.same_project} 条${tooCommonProjectsNote(s.links)}；新建移送 ${created} 件（规则 ${s.rulesVersion}）` };
    },
  },
  deadlineWatch: {
    name: 'deadline-watch',
    label: '逾期督办清单',
    async run(ctx) {
      const rows = await queryRows<Record<string, unknown>>(ctx.conn, {
        sql: `SELECT transfer_id, case_id, mechanism, to_agency, status, strftime(created_on, '%Y-%m-%d') AS created_on,
                     strftime(due_on, '%Y-%m-%d') AS due_on, CAST(? AS DATE) - due_on AS days_overdue, coalesce(debtor_name, employer_name) AS party
              FROM transfers_v WHERE status NOT IN ('closed', 'returned') AND due_on < CAST(? AS DATE) ORDER BY due_on, transfer_id`,
        params: [ctx.asOf, ctx.asOf],
      });
      mkdirSync(ctx.out, { recursive: true });
      const file = join(ctx.out, `逾期督办_${ctx.asOf}.csv`);
      const header = ['移送编号', '案件编号', '移送机制', '承办部门', '状态', '移送日期', '办结时限', '逾期天数', '欠款方/用人单位'];
      const body = rows.map((r) => [r.transfer_id, r.case_id, r.mechanism, r.to_agency, r.status, r.created_on, r.due_on, r.days_overdue, r.party].map(csvField).join(','));
      writeFileSync(file, '\uFEFF' + [header.join(','), ...body].join('\r\n') + '\r\n', 'utf8');
      return { outcome: 'ok', summary: `逾期未办结 ${rows.length} 件 → ${file}`, outputs: [file] };
    },
  },
  report: {
    name: 'report',
    label: '汇总报告（xlsx、html 含图表、宣传共推表）',
    warmUp: () => void loadCharting().catch(() => undefined), // a failure to load is the report's to say
    async run(ctx) {
      if (!ctx.period) return { outcome: 'ok', summary: '没有期次，不出报告' };
      if (!(await reportPeriods(ctx.conn)).includes(ctx.period)) return { outcome: 'ok', summary: `期次 ${ctx.period} 没有记录，不出报告` };
      const outputs: string[] = [];
      const full = await assembleReport(ctx.conn, { period: ctx.period });
      for (const format of ['xlsx', 'html'] as const) outputs.push(...(await writeReport(full, format, join(ctx.out, `汇总报告_${ctx.period}.${format}`))));
      const publicity = publicityEdition(full);
      outputs.push(...(await writeReport(publicity, 'xlsx', join(ctx.out, `宣传共推_${ctx.period}.xlsx`))));
      return { outcome: 'ok', summary: `报告 ${outputs.length} 份 → ${ctx.out}`, outputs };
    },
  },
  reviewWorkbooks: {
    name: 'review-export',
    label: '两部门待办移送审核表',
    warmUp: () => warmWorkbookThreads(2),
    async run(ctx) {
      const results = await bothAgencies((agency, name, batch) =>
        exportReviewWorkbook(ctx.conn, { agency, out: join(ctx.out, `${name}待办移送审核表_${ctx.asOf}.xlsx`), asOf: ctx.asOf, batch }));
      return {
        outcome: 'ok',
        summary: results.map(({ name, result: r }) => `${name} ${r.rows} 件（本次移送 ${r.sent.length}）`).join('，'),
        outputs: results.map(({ result: r }) => r.file),
      };
    },
  },
  share: {
    name: 'share',
    label: '信息共享登记表（已脱敏）',
    warmUp: () => warmWorkbookThreads(2),
    async run(ctx) {
      const results = await bothAgencies((agency, name, batch) =>
        exportShareRegistry(ctx.conn, { agency, outDir: join(ctx.out, `信息共享_${name}`), asOf: ctx.asOf, batch }));
      return {
        outcome: 'ok',
        summary: `${results.map(({ name, result: r }) => `致${name} ${r.rows} 件`).join('，')}（脱敏规则已注明）`,
        outputs: results.flatMap(({ result: r }) => [r.xlsx, r.csv]),
      };
    },
  },
} satisfies Record<string, Stage>;

/**
 * One export per agency, side by side: each file is written on its own thread while the other's
 * queries run, and the batch gives them the one connection in turn (econ first, so ids stay in
 * order). Results come back in agency order, each with the agency's name.
 */
async function bothAgencies<T>(
  work: (agency: Agency, name: string, batch: ExportBatch) => Promise<T>,
): Promise<{ readonly name: string; readonly result: T }[]> {
  const batch = exportBatch();
  const names = (['econ', 'wage'] as const).map((agency) => ({ agency, name: AGENCY_LABEL[agency]! }));
  const results = await settleAll(names.map(({ agency, name }) => work(agency, name, batch)));
  return results.map((result, i) => ({ name: names[i]!.name, result }));
}
