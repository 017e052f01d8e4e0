import { toOriginalSpan, type FoldedText, type Span } from './fold-text.js';

/** A project or contract named in a text. Offsets are folded. */
export interface ProjectMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly span: Span;
  /** Quoted names (《…》, “…”) are what the caller meant to name; unquoted ones are cut from the sentence. */
  readonly quoted: boolean;
}

const QUOTED = /《([^《》]{2,80})》|“([^“”]{2,80})”|"([^"]{2,80})"|「([^「」]{2,80})」|‘([^‘’]{2,80})’/gu;
const PROJECT_WORD = /工程|项目|标段|合同|采购|服务|改造|建设|装修|维修|施工|工地|协议|订单|供货|养护/u;
// The end of an unquoted project name: …工程, …项目, …标段, …合同, with the phase or contract number after it.
const ENDING = /(?:工程(?!量|师|队|部|车|局|质量|进度|结算|审计)|项目(?!部|经理|款|负责|方)|标段|工地|合同(?!编号))(?:（[一二三四五六七八九十\d]期）|[一二三四五六七八九十\d]+标段|（合同编号[:：][^）]{1,30}）){0,3}/gu;
const LEFT_STOP = new RegExp(
  '[，。、；：！？,.;:!?“”"\'《》（）\\s]|的|承接了?|承建了?|承包了?|中标了?|签订了?|签署了?|签了|参与了?|负责|完成了?|做了?|' +
  '在|为|给|向|是|与|和|被|拖欠|尚欠|仍欠|欠|至今|未付|未支付|支付|结清|付清|部分|剩余|全部|所有|对方|我司|我公司|本公司|其|该|于|从事|干活|上班|所在|关于|就|因|涉及|一个|这个|那个|此|位于|地址', 'gu');
const GENERIC = /^(?:该|此|这个|那个|本|整个|所有|其他|上述|相关|这些|分包|总包|劳务|装修|施工|维修|工程|项目|合同|服务|采购|建设|改造|供货)+(?:工程|项目|标段|工地|合同)?$/u;

/**
 * Project and contract names: quoted ones first (《…》, “…”), then unquoted ones ending in
 * 工程/项目/标段/合同, cut on the left at punctuation and at the verbs before them (承接了, 在, 的 …).
 * @example findProjects(foldText('我司承接了区教育局的七宝镇中心小学新建工程，尚欠工程款'))[0].name //=> '七宝镇中心小学新建工程'
 */
export function findProjects(folded: FoldedText): readonly ProjectMention[] {
  const text = folded.text;
  const out: ProjectMention[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    // A quoted place followed by 工地/项目 (《华漕镇物流园》工地) is the project too.
    if (!PROJECT_WORD.test(inner) && !/^(?:工地|项目|工程)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    const start = m.index + 1;
    out.push({ name: inner, start, end: start + inner.length, span: toOriginalSpan(folded, start, start + inner.length), quoted: true });
  }
  const stops = stopEnds(text);
  for (const m of text.matchAll(ENDING)) {
    const end = m.index + m[0].length;
    if (out.some((p) => m.index < p.end + 1 && end > p.start - 1)) continue;
    let start = -1;
    for (let i = m.index; i >= Math.max(0, m.index - 40) && start < 0; i--) if (stops[i] || i === 0) start = i;
    if (start < 0) continue;
    // The address in front (闵行区…路12号) and the word 工地 behind are where, not what.
    const address = /^.*?\d+号(?:地块)?/u.exec(text.slice(start, end));
    if (address) start += address[0].length;
    const trimmedEnd = text.slice(start, end).endsWith('工地') ? end - 2 : end;
    const name = text.slice(start, trimmedEnd);
    if ([...name].length < 5 || GENERIC.test(name)) continue;
    out.push({ name, start, end: trimmedEnd, span: toOriginalSpan(folded, start, trimmedEnd), quoted: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

function stopEnds(text: string): Uint8Array {
  const marks = new Uint8Array(text.length + 1);
  for (const m of text.matchAll(LEFT_STOP)) marks[m.index + m[0].length] = 1;
  return marks;
}
