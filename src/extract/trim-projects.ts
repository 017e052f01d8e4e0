import type { EnterpriseMention } from './find-mentions.js';
import type { ProjectMention } from './find-projects.js';

// Names ending like a legal person, as opposed to a place (…中心, …医院, …小学) that projects are built at.
const PARTY = /(?:公司|局|委员会|政府|管委会|办事处|分行|支行|项目部|经营部|事务所|厂|商行|合作社|委)$/u;

/**
 * Reconcile project names with the enterprises around them. …装饰工程有限公司 is a company, not a
 * project ending in 工程: that "project" is dropped. A party inside an unquoted project (完成区教育局
 * XX工程) means the project's left edge ran too far: it is cut after the party. A place (…中心,
 * …医院) opening a project is part of its name unless it is also named elsewhere in the text.
 * @example const f = foldText('我司完成区教育局华漕镇中心小学大修工程'); trimProjects(findProjects(f), findMentions(f, null)).map((p) => p.name) //=> ['华漕镇中心小学大修工程']
 */
export function trimProjects(projects: readonly ProjectMention[], mentions: readonly EnterpriseMention[]): ProjectMention[] {
  const out: ProjectMention[] = [];
  for (const p of projects) {
    if (mentions.some((m) => m.start < p.end && p.end < m.end)) continue;
    const inside = p.quoted ? [] : mentions.filter((m) => m.start < p.end && m.end > p.start && m.end < p.end
      && (PARTY.test(m.written) || mentions.some((o) => o !== m && o.name === m.name && (o.end <= p.start || o.start >= p.end))));
    if (inside.length === 0) {
      out.push(p);
      continue;
    }
    const cut = inside.reduce((a, m) => (m.end > a.end ? m : a));
    const name = p.name.slice(cut.end - p.start);
    if ([...name].length >= 5) out.push({ ...p, name, start: cut.end, span: [cut.span[1], p.span[1]] });
  }
  return out;
}
