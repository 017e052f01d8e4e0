/**
 * Where an enterprise name cannot extend to the left: punctuation, dates, and the verbs, pronouns
 * and role words that stand before a name in a caller's sentence (拖欠, 为, 向, 我公司, 来电人 …).
 * Single characters are listed only if they never occur in the 5,418 listed companies' names
 * (为/向/是/在/的/与 do, rarely: the dictionary catches those companies by name). 和 and 同 are
 * trade characters of many small firms, so "A公司和B公司" is split at A's legal-form ending instead.
 */
const WORDS = [
  // who is speaking and about whom
  '我公司', '我司', '本公司', '我单位', '本单位', '我方', '我们', '我厂', '本人', '来电人', '来电', '市民(?:来电|反映|称|投诉|诉求)', '反映人',
  '投诉人', '举报人', '被投诉单位', '被投诉人', '被投诉', '投诉', '举报', '反映', '诉求', '对方', '贵公司', '贵司', '其', '该',
  '所在', '所住', '居住', '单位', '名称', '简称', '全称', '以下', '老板(?:是|说|称|叫)', '包工头', '班组长', '负责人', '联系人', '法人',
  // roles on a project
  '总承包', '总包', '分包', '发包', '业主', '甲方', '乙方', '开发商', '建设方', '施工方', '用人', '承建', '承接',
  '承包', '中标', '承揽', '完成', '完工', '提供', '负责', '参与', '从事', '付款', '拨付', '签订', '签署', '签了', '委托', '介绍', '通过', '经过', '经由', '隶属', '下属', '旗下', '属于',
  // verbs and particles
  '拖欠', '尚欠', '结欠', '欠', '给', '被', '跟', '找', '把', '将', '让', '替', '及', '或', '等', '说', '称', '即',
  '了', '到', '做', '去', '请', '于', '已', '仍', '还', '也', '就', '又', '由', '他', '她', '它', '们', '这', '那',
  '此', '各', '某', '个', '为', '向', '是', '在', '的', '与', '至今', '目前', '现在', '要求', '督促', '协调',
  '帮助', '多次', '曾经', '以及', '包括', '其中', '但', '且', '却是', '而是', '并且', '代表',
];
const PUNCTUATION = String.raw`[，。、；：！？,.;:!?“”"'‘’《》<>「」『』\[\]…—\-_/\\|~·*#@&%+=^$\s]`;
const DATE = String.raw`\d{2,4}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?|\d{1,2}月(?:\d{1,2}[日号])?份?|\d{1,2}[日号]`;
const AMOUNT = String.raw`\d+(?:\.\d+)?(?:万|亿)?元`;

// 系 is in 32 listed names (系统), so it is a barrier only after a person or pronoun (来电人系, 张三系).
// Longest first so 被投诉单位 is not cut at 被; a few words carry a lookahead (市民来电, not 深圳市民德).
const BARRIER = new RegExp(`(?<=[、人其现均])系|${DATE}|${AMOUNT}|${PUNCTUATION}|${[...WORDS].sort((a, b) => b.length - a.length).join('|')}`, 'gu');

let cache: { readonly text: string; readonly marks: Int32Array } = { text: '', marks: new Int32Array(1) };

/**
 * For every position i of a folded text, the leftmost position a name ending after i may start
 * at (the end of the nearest barrier at or before i). Brackets are not barriers here: （上海） and
 * （集团） sit inside names; the name finder decides about brackets.
 * @example nameBarriers('我司为上海宏达公司')[5] //=> 3
 */
export function nameBarriers(text: string): Int32Array {
  // Both the name finder and the dictionary's branch check ask about the same text in turn.
  if (text === cache.text) return cache.marks;
  const marks = new Int32Array(text.length + 1);
  for (const m of text.matchAll(BARRIER)) {
    const end = m.index + m[0].length;
    if (end <= text.length) marks[end] = end;
  }
  let reach = 0;
  for (let i = 0; i <= text.length; i++) {
    if (marks[i]! > reach) reach = marks[i]!;
    marks[i] = reach;
  }
  cache = { text, marks };
  return marks;
}
