import { COMPOUND_SURNAMES } from '../normalize/mask-person-name.js';

/** A person's name in a text: the caller's own (given separately) or one after a cue (联系人张三). */
export interface PersonNameMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly cue: 'caller' | 'cue';
  /** The cue word before a name found by cue (联系人, 老板 …). */
  readonly cueWord: string | null;
}

// The commonest surnames cover nearly everyone; a name after a cue must start with one of them.
const SURNAMES = new Set((
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦' +
  '付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'
).split(''));
const CUE = /(?:市民|来电人|来电者|反映人|投诉人|举报人|姓名|联系人|班组长|包工头|工头|带班|老板|负责人|法人|法定代表人|项目经理|经理|工友|同事|朋友|本人)[:：\s]*(?:是|为|系|叫|名叫)?\s*/gu;
// After a two-character name these start the rest of the sentence, not a third given-name character.
const NOT_GIVEN = new Set('反称说表示来电投诉在的是于和与及等先女师经总讲要已称并因向从拖欠未也都还就再又被把让给对到去会能可了着过其所该此这那找跑带联系电话手号身份证住欠现目均一共同失不没拖'.split(''));

/**
 * Person names in a text: every occurrence of the caller's name, and names after cue words
 * (市民/来电人/姓名/联系人/班组长/包工头 + 2–3 characters starting with a common surname).
 * @example findPersonNames('联系人王小明反映，包工头李四跑了').map((p) => p.name) //=> ['王小明', '李四']
 */
export function findPersonNames(text: string, callerName?: string): readonly PersonNameMention[] {
  const s = typeof text === 'string' ? text : '';
  const out: PersonNameMention[] = [];
  const caller = typeof callerName === 'string' ? callerName.normalize('NFKC').replace(/\s+/gu, '') : '';
  if ([...caller].length >= 2) {
    for (let at = s.indexOf(caller[0]!); at >= 0; at = s.indexOf(caller[0]!, at + 1)) {
      const end = matchSpaced(s, at, caller);
      if (end > 0) out.push({ start: at, end, name: s.slice(at, end), cue: 'caller', cueWord: null });
    }
  }
  for (const m of s.matchAll(CUE)) {
    const at = m.index + m[0].length;
    const name = nameAt(s, at);
    if (name === null || out.some((o) => at < o.end && at + name.length > o.start)) continue;
    out.push({ start: at, end: at + name.length, name, cue: 'cue', cueWord: /^\p{Script=Han}+/u.exec(m[0])?.[0] ?? null });
  }
  return out.sort((a, b) => a.start - b.start);
}

function nameAt(s: string, at: number): string | null {
  const chars = s.slice(at, at + 4);
  const compound = COMPOUND_SURNAMES.some((c) => chars.startsWith(c));
  const surnameLength = compound ? 2 : SURNAMES.has(chars[0] ?? '') ? 1 : 0;
  if (surnameLength === 0) return null;
  let length = surnameLength;
  while (length < surnameLength + 2 && /\p{Script=Han}/u.test(chars[length] ?? '') && !(length > surnameLength && NOT_GIVEN.has(chars[length]!))) {
    if (length === surnameLength && NOT_GIVEN.has(chars[length]!)) break;
    length++;
  }
  // 某 is already anonymised (王某); a surname alone is not a name to mask.
  if (length === surnameLength || chars.slice(surnameLength, length).includes('某')) return null;
  return chars.slice(0, length);
}

// Spaces between the characters (张 三) do not hide the name: where it ends, or -1.
function matchSpaced(s: string, at: number, name: string): number {
  let i = at;
  for (let k = 0; k < name.length; k++) {
    while (k > 0 && i < s.length && /\s/u.test(s[i]!)) i++;
    if (s[i] !== name[k]) return -1;
    i++;
  }
  return i;
}
