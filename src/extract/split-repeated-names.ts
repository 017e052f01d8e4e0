import type { EnterpriseMention } from './find-mentions.js';

/**
 * Callers name a party the same way each time. A pattern name that starts with a name written
 * elsewhere in the same text (闵行区教育局华漕镇中心小学 … 闵行区教育局仅支付) is that party followed
 * by something else: it is split into the party and the rest (a place, usually part of a project).
 * @example splitRepeatedNames(findMentions(foldText('完成闵行区教育局华漕镇中心小学大修工程，闵行区教育局仅支付10万元'), null)).map((m) => m.written) //=> ['闵行区教育局', '华漕镇中心小学', '闵行区教育局']
 */
export function splitRepeatedNames(mentions: readonly EnterpriseMention[]): EnterpriseMention[] {
  const out: EnterpriseMention[] = [];
  for (const m of mentions) {
    const known = m.source === 'pattern'
      ? mentions.filter((o) => o !== m && o.written.length >= 4 && o.written.length < m.written.length && m.written.startsWith(o.written))
        .sort((a, b) => b.written.length - a.written.length)[0]
      : undefined;
    if (known === undefined) {
      out.push(m);
      continue;
    }
    const cut = m.start + known.written.length;
    const head = { ...known, start: m.start, end: cut, span: [m.span[0], m.span[0] + (known.span[1] - known.span[0])] as const };
    const rest = m.written.slice(known.written.length);
    out.push(head);
    if ([...rest].length >= 4) out.push({ ...m, start: cut, written: rest, name: rest, span: [head.span[1], m.span[1]] as const });
  }
  return out;
}
