import { parseChineseNumeral } from '../normalize/chinese-numeral.js';
import { toOriginalSpan, type FoldedText, type Span } from './fold-text.js';

/** A number of workers said in a text; `count` is null when only a rough figure is given (十几个人). */
export interface WorkersMention {
  readonly count: number | null;
  /** For a rough figure, the least it can mean (十几个 → 10). */
  readonly atLeast: number | null;
  readonly start: number;
  readonly end: number;
  readonly span: Span;
  readonly confidence: number;
}

const N = '\\d{1,4}|[一二两三四五六七八九十百]{1,4}';
const ROUGH = '十几|几十|数十|十多|[一二三四五六七八九]十多|\\d+多|\\d+余|几';
const WORKER = '工人|农民工|工友|员工|职工|务工人员|劳务人员|师傅|兄弟|老乡|同事|木工|钢筋工|泥瓦工|瓦工|水电工|油漆工|架子工|普工|焊工|保安|保洁员|厨师|人';
const PATTERNS: readonly [RegExp, 'self_plus' | 'count' | 'rough'][] = [
  // 本人与5名工友: the caller is one more.
  [new RegExp(`(?:本人|我|其|来电人)(?:和|与|及|同|跟|以及)(?:其他|另外|其余)?(${N})(?:名|个|位)(?:${WORKER})`, 'gu'), 'self_plus'],
  [new RegExp(`(?:工人|农民工|员工|工友|欠薪人数|涉及人数|人数|涉及|共计|一共|共有|总共|我们|班组|共)[:：]?(?:共|共计|有|约|一共)?(${N})(?:名|个|位|人)(?!月|项|工地|小时|天|年)`, 'gu'), 'count'],
  [new RegExp(`(${N})(?:名|个|位)(?:${WORKER})`, 'gu'), 'count'],
  [new RegExp(`(${ROUGH})(?:名|个|位)?(?:${WORKER})`, 'gu'), 'rough'],
];

/**
 * Counts of workers: 我们12个工人, 12名农民工, 工人共12人, 本人与5名工友 (6). A rough figure
 * (十几个人) gives no count, only a lower bound, with low confidence.
 * @example findWorkers(foldText('本人与5名工友在工地干活')).map((w) => w.count) //=> [6]
 */
export function findWorkers(folded: FoldedText): readonly WorkersMention[] {
  const text = folded.text;
  const out: WorkersMention[] = [];
  for (const [pattern, kind] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      if (kind === 'rough') {
        const atLeast = roughFloor(m[1]!);
        out.push({ count: null, atLeast, start, end, span: toOriginalSpan(folded, start, end), confidence: 0.3 });
        continue;
      }
      const n = readCount(m[1]!);
      if (n === null || n < 1 || n > 5000) continue;
      const count = kind === 'self_plus' ? n + 1 : n;
      out.push({ count, atLeast: count, start, end, span: toOriginalSpan(folded, start, end), confidence: kind === 'self_plus' ? 0.85 : 0.9 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function readCount(s: string): number | null {
  if (/^\d+$/u.test(s)) return Number(s);
  const r = parseChineseNumeral(s);
  return r === null || r.hasUnit ? null : Number(r.yuan);
}

function roughFloor(s: string): number | null {
  if (s === '几') return 2;
  const digits = /^(\d+)/u.exec(s);
  if (digits) return Number(digits[1]);
  if (s.startsWith('十')) return 10;
  if (s === '几十' || s === '数十') return 20;
  const tens = readCount(s.replace(/多$/u, ''));
  return tens;
}
