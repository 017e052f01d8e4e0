import type { Report, ReportTable } from './report-model.js';
import { reportCellText, reportHeader } from './report-cell-text.js';

// A pipe or a line break inside a cell would end it early.
const md = (s: string) => s.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/[\r\n]+/g, ' ');

function tableMarkdown(table: ReportTable): string[] {
  const right = (t: string) => (t === 'text' || t === 'date' ? ':---' : '---:');
  const lines = [
    `## ${md(table.title)}`,
    '',
    `| ${table.columns.map((c) => md(reportHeader(c, '万元'))).join(' | ')} |`,
    `| ${table.columns.map((c) => right(c.type)).join(' | ')} |`,
  ];
  for (const row of table.rows) lines.push(`| ${table.columns.map((c) => md(reportCellText(row[c.key] ?? null, c, '万元'))).join(' | ')} |`);
  if (table.total) {
    const total = table.total;
    lines.push(`| ${table.columns.map((c) => { const t = md(reportCellText(total[c.key] ?? null, c, '万元')); return t ? `**${t}**` : ''; }).join(' | ')} |`);
  }
  if (table.rows.length === 0) lines.push('', '（本期无数据）');
  return [...lines, '', ...table.notes.map((n) => `> 注：${md(n)}`), ''];
}

/**
 * The report as Markdown: a heading per table, pipe tables with Chinese headers, amounts in 万元
 * (rounded to 2 places), the 合计 row in bold, notes as quotes.
 * @example reportMarkdown(report).startsWith('# 2026年4月') //=> true
 */
export function reportMarkdown(report: Report): string {
  const head = [`# ${md(report.title)}`, '', `期次：${report.period}　生成时间：${report.generatedAt}　金额单位：万元`, '', ...report.notes.map((n) => `- ${md(n)}`), ''];
  return [...head, ...report.tables.flatMap(tableMarkdown)].join('\n');
}
