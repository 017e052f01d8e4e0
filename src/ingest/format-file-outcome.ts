import { SOURCE_LABEL } from '../../schemas/header-aliases.js';
import { SKIP_LABEL, type SkipKind } from './classify-row.js';
import type { FileOutcome } from './ingest-files.js';

/**
 * One file's accounting line, e.g.
 * `✓ 2026年4月_七宝镇_….xlsx [摸排台账 2026-04 七宝镇] 读取 58 = 接收 40 + 拒收 2 + 跳过 16（标题/填报信息行 3，表头行 2 …）`.
 */
export function formatFileOutcome(o: FileOutcome): string {
  if (o.status === 'failed') return `✗ ${o.file}：失败 — ${o.reason}`;
  if (o.status === 'skipped') return `– ${o.file}：跳过 — ${o.reason}`;
  const kinds = Object.entries(o.skippedByKind)
    .map(([k, n]) => `${SKIP_LABEL[k as SkipKind] ?? k} ${n}`)
    .join('，');
  const tags = [SOURCE_LABEL[o.source], o.period ?? '期次未知', o.reportingUnit ?? ''].filter(Boolean).join(' ');
  const superseded = o.supersedes.length > 0 ? `；取代了此前提交的 ${o.supersedes.join('、')}` : '';
  return `✓ ${o.file} [${tags}] 读取 ${o.read} = 接收 ${o.accepted} + 拒收 ${o.rejected} + 跳过 ${o.skipped}${kinds ? `（${kinds}）` : ''}${superseded}`;
}

/** The closing line: "15 个文件：14 成功，1 失败，0 跳过". */
export function formatIngestTotals(outcomes: readonly FileOutcome[]): string {
  const n = (s: FileOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const rows = outcomes.reduce(
    (acc, o) => (o.status === 'ok' ? { read: acc.read + o.read, accepted: acc.accepted + o.accepted, rejected: acc.rejected + o.rejected, skipped: acc.skipped + o.skipped } : acc),
    { read: 0, accepted: 0, rejected: 0, skipped: 0 },
  );
  return `${outcomes.length} 个文件：${n('ok')} 成功，${n('failed')} 失败，${n('skipped')} 跳过（内容重复）；共读取 ${rows.read} 行 = 接收 ${rows.accepted} + 拒收 ${rows.rejected} + 跳过 ${rows.skipped}`;
}
