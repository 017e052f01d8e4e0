import { findPersonNames } from './find-person-names.js';
import type { FoldedText } from './fold-text.js';

// Cues after which a name is a person's for certain; 老板/负责人 may precede a company instead.
const PERSON_CUES = new Set(['市民', '来电人', '来电者', '反映人', '投诉人', '举报人', '姓名', '联系人', '班组长', '包工头', '工头']);

/**
 * Blank out the caller's name and phone and the names of people after person cues, so no
 * enterprise name, amount or count is read across them (来电人张三系上海… would otherwise give
 * 张三系上海…有限公司). A name found once after its cue (包工头金刚洋) is blanked wherever it
 * recurs. The text keeps its length, so offsets still map to the original.
 * @example blankPeople(foldText('来电人张三系上海宏达有限公司负责人'), '张三').text //=> '来电人、、系上海宏达有限公司负责人'
 */
export function blankPeople(folded: FoldedText, callerName?: string, callerPhone?: string): FoldedText {
  const people = findPersonNames(folded.text, callerName).filter((p) => p.cue === 'caller' || PERSON_CUES.has(p.cueWord ?? ''));
  const phone = typeof callerPhone === 'string' ? callerPhone.normalize('NFKC').replace(/\D/gu, '') : '';
  const words = [...new Set(people.map((p) => p.name.replace(/\s+/gu, ''))), ...(phone.length >= 7 ? [phone] : [])];
  if (words.length === 0) return folded;
  const chars = folded.text.split('');
  for (const word of words) {
    for (let at = folded.text.indexOf(word); at >= 0; at = folded.text.indexOf(word, at + word.length)) {
      for (let i = at; i < at + word.length; i++) chars[i] = '、';
    }
  }
  return { ...folded, text: chars.join('') };
}
