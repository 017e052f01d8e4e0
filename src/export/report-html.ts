import { reportChartSpecs } from './chart-specs.js';
import { CHART_FONT, renderChartSvg } from './chart-svg.js';
import type { Report, ReportTable } from './report-model.js';
import { reportCellText, reportHeader } from './report-cell-text.js';

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

// Nothing outside this file may load: no scripts, fonts, images or styles from anywhere.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
body { font-family: ${CHART_FONT}; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; padding-bottom: .2em; }
table { border-collapse: collapse; margin: .5em 0; font-size: .9em; }
th, td { border: 1px solid #bbb; padding: .25em .6em; }
th { background: #ddebf7; position: sticky; top: 0; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; border-top: 2px solid #888; }
.note { color: #555; font-size: .85em; margin: .2em 0; }
figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; }
`;

function tableHtml(table: ReportTable, charts: readonly string[]): string {
  const head = table.columns.map((c) => `<th>${esc(reportHeader(c, '万元'))}</th>`).join('');
  const row = (r: Readonly<Record<string, string | number | null>>, cls = '') =>
    `<tr${cls}>${table.columns.map((c) => `<td${c.type === 'text' ? '' : ' class="n"'}>${esc(reportCellText(r[c.key] ?? null, c, '万元'))}</td>`).join('')}</tr>`;
  const body = [...table.rows.map((r) => row(r)), ...(table.total ? [row(table.total, ' class="total"')] : [])];
  return [
    `<section id="${esc(table.id)}">`,
    `<h2>${esc(table.title)}</h2>`,
    ...charts.map((svg) => `<figure>${svg}</figure>`),
    table.rows.length === 0 ? '<p class="note">（本期无数据）</p>' : `<table><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`,
    ...table.notes.map((n) => `<p class="note">注：${esc(n)}</p>`),
    '</section>',
  ].join('\n');
}

/**
 * The report as one self-contained HTML page: tables with Chinese headers (amounts in 万元) and
 * its charts as inline SVG rendered here without a browser; a content-security policy forbids
 * loading anything from elsewhere, so the page works offline and leaks nothing when opened.
 * @example (await reportHtml(report)).includes('<svg') //=> true
 */
export async function reportHtml(report: Report): Promise<string> {
  const charts = reportChartSpecs(report);
  const svgs = await Promise.all(charts.map((c) => renderChartSvg(c.spec)));
  const chartsOf = (id: string) => svgs.filter((_, i) => charts[i]!.table === id);
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${esc(report.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${esc(report.title)}</h1>`,
    `<p>期次：${esc(report.period)}　生成时间：${esc(report.generatedAt)}　金额单位：万元</p>`,
    ...report.notes.map((n) => `<p class="note">${esc(n)}</p>`),
    ...report.tables.map((t) => tableHtml(t, chartsOf(t.id))),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
