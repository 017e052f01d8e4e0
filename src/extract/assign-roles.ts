import { normalizeEnterpriseName } from '../normalize/normalize-enterprise-name.js';
import type { FoldedText } from './fold-text.js';
import type { EnterpriseMention } from './find-mentions.js';
import { ANAPHORIC_DEBT, CREDITOR_RULES, DEBTOR_RULES, EMPLOYER_RULES, THIRD_PARTY_RULES, type RoleRule } from './role-rules.js';

/** A party chosen for a role: its first mention, and how sure the choice is. */
export interface RolePick {
  readonly mention: EnterpriseMention;
  readonly confidence: number;
}

/** The chosen parties; null when no mention fits. */
export interface RoleAssignment {
  readonly creditor: RolePick | null;
  readonly debtor: RolePick | null;
  readonly employer: RolePick | null;
}

/** One enterprise, however many times it is named, with the role scores of all its mentions summed. */
interface Party {
  readonly mentions: EnterpriseMention[];
  creditor: number;
  debtor: number;
  employer: number;
  third: number;
}

const CONTEXT = 16;
const CLAUSE_END = /[。；！？\n]/u;

/**
 * Score every mention for each role from the words around it, add up the scores of mentions of
 * the same enterprise, and pick the parties: the creditor by self-reference (我公司（X）, X的负责人
 * 反映), the debtor by debt verbs and service cues (X拖欠, 为X供货, 承接X的), the employer by wage
 * cues. Names in passing (总包X, 经X介绍) score below zero and are not picked.
 * @example const f = foldText('上海宏达有限公司反映闵行区教育局拖欠货款'); assignRoles(f, findMentions(f, null)).debtor?.mention.name //=> '闵行区教育局'
 */
export function assignRoles(folded: FoldedText, mentions: readonly EnterpriseMention[]): RoleAssignment {
  const text = folded.text;
  const parties = new Map<string, Party>();
  mentions.forEach((m, i) => {
    const before = clauseTail(text.slice(Math.max(i > 0 ? mentions[i - 1]!.end : 0, m.start - CONTEXT), m.start));
    const after = clauseHead(text.slice(m.end, Math.min(i + 1 < mentions.length ? mentions[i + 1]!.start : text.length, m.end + CONTEXT)));
    const key = identity(m);
    const party = parties.get(key) ?? { mentions: [], creditor: 0, debtor: 0, employer: 0, third: 0 };
    party.mentions.push(m);
    party.creditor += score(CREDITOR_RULES, before, after);
    party.debtor += score(DEBTOR_RULES, before, after);
    party.employer += score(EMPLOYER_RULES, before, after);
    party.third += score(THIRD_PARTY_RULES, before, after);
    parties.set(key, party);
  });
  const all = [...parties.values()];
  // 对方至今未付: the pronoun points at the last counterparty named before it.
  for (const a of text.matchAll(ANAPHORIC_DEBT)) {
    const candidates = all.filter((p) => p.creditor < 2 && p.third >= 0 && lastEndBefore(p, a.index) >= 0);
    const target = candidates.sort((x, y) => lastEndBefore(y, a.index) - lastEndBefore(x, a.index))[0];
    if (target) target.debtor += 2;
  }
  const creditor = best(all, (p) => p.creditor + Math.min(0, p.third), 2);
  const rest = all.filter((p) => p !== creditor?.party);
  const debtor = best(rest, (p) => p.debtor + p.third, 1.5) ?? fallback(rest.filter((p) => p.third >= 0 && p.creditor < 2));
  // Without a cue, only an enterprise can be guessed as the employer, not a public body or a short name.
  const employer = best(all, (p) => p.employer + p.third, 2)
    ?? fallback(all.filter((p) => p.third >= 0 && p.mentions.some((m) => m.kind === 'company' || m.kind === 'branch')));
  return { creditor: pick(creditor), debtor: pick(debtor), employer: pick(employer) };
}

function lastEndBefore(p: Party, index: number): number {
  let end = -1;
  for (const m of p.mentions) if (m.end <= index && m.end > end) end = m.end;
  return end;
}

function identity(m: EnterpriseMention): string {
  if (m.entityId !== null) return `id:${m.entityId}`;
  const n = normalizeEnterpriseName(m.name);
  return `core:${n.ok ? n.value.coreName : m.name}`;
}

function score(rules: readonly RoleRule[], before: string, after: string): number {
  let total = 0;
  for (const r of rules) {
    const [own, other] = r.side === 'before' ? [before, after] : [after, before];
    if (r.pattern.test(own) && !(r.unless?.test(other) ?? false)) total += r.weight;
  }
  return total;
}

type Scored = { readonly party: Party; readonly confidence: number };

// The highest score at or above `min`; a close runner-up lowers the confidence.
function best(parties: readonly Party[], value: (p: Party) => number, min: number): Scored | null {
  const ranked = parties.map((p) => ({ p, v: value(p) })).filter((x) => x.v >= min)
    .sort((a, b) => b.v - a.v || a.p.mentions[0]!.start - b.p.mentions[0]!.start);
  const top = ranked[0];
  if (top === undefined) return null;
  const strength = top.v >= 3 ? 1 : top.v >= 2.5 ? 0.95 : top.v >= 2 ? 0.88 : 0.8;
  const contested = ranked[1] !== undefined && top.v - ranked[1].v < 0.75 ? 0.8 : 1;
  return { party: top.p, confidence: quality(top.p) * strength * contested };
}

// No cue: a lone candidate is probably it; among several, the first is a guess.
function fallback(candidates: readonly Party[]): Scored | null {
  if (candidates.length === 0) return null;
  return { party: candidates[0]!, confidence: quality(candidates[0]!) * (candidates.length === 1 ? 0.65 : 0.45) };
}

function quality(p: Party): number {
  return Math.max(...p.mentions.map((m) => m.quality));
}

function pick(s: Scored | null): RolePick | null {
  return s && { mention: s.party.mentions[0]!, confidence: Math.round(s.confidence * 100) / 100 };
}

function clauseTail(s: string): string {
  const parts = s.split(CLAUSE_END);
  return parts[parts.length - 1]!;
}

function clauseHead(s: string): string {
  return s.split(CLAUSE_END)[0]!;
}
