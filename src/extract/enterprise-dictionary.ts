import { buildAutomaton, type WordHit } from './aho-corasick.js';
import { foldText, toOriginalSpan, type FoldedText, type Span } from './fold-text.js';

/** One known enterprise or body: its id (null if it has none yet) and every name it goes by. The first name is shown. */
export interface DictionaryEntry {
  readonly entityId: string | null;
  readonly names: readonly string[];
}

/** A dictionary name found in a text. Offsets `start`/`end` are in the folded text, `span` in the original. */
export interface DictionaryMatch {
  /** Null when the entry has no id or the name belongs to entries with different ids (ambiguous). */
  readonly entityId: string | null;
  readonly entityIds: readonly string[];
  /** The display name (first name) of the first entry holding the matched name. */
  readonly name: string;
  /** The folded spelling that matched. */
  readonly matched: string;
  /** Position of the matched name in its entry's list: 0 is the legal name. */
  readonly nameIndex: number;
  readonly start: number;
  readonly end: number;
  readonly span: Span;
}

export interface EnterpriseDictionary {
  /** Distinct folded names. */
  readonly size: number;
  /** Every non-overlapping match, longest first where two overlap, in text order. */
  match(text: string | FoldedText): readonly DictionaryMatch[];
}

export interface EnterpriseDictionaryOptions {
  /** Names shorter than this (after folding) are left out: two-character words are too common. Default 2. */
  readonly minLength?: number;
}

interface Pattern {
  readonly matched: string;
  readonly entityIds: readonly string[];
  readonly name: string;
  readonly nameIndex: number;
}

/**
 * Build a dictionary of enterprise names: an Aho–Corasick automaton over the folded names, so one
 * pass over a text finds every name at once, however many there are. Text and names are folded
 * alike (NFKC, brackets, no spaces); spans point back into the original text.
 * @example buildEnterpriseDictionary([{ entityId: 'E1', names: ['中国建筑股份有限公司', '中国建筑'] }]).match('中国 建筑拖欠货款')[0].entityId //=> 'E1'
 */
export function buildEnterpriseDictionary(entries: readonly DictionaryEntry[], options: EnterpriseDictionaryOptions = {}): EnterpriseDictionary {
  const minLength = Math.max(1, options.minLength ?? 2);
  const byName = new Map<string, { ids: Set<string>; name: string; nameIndex: number }>();
  for (const entry of entries ?? []) {
    const names = (entry?.names ?? []).filter((n): n is string => typeof n === 'string');
    const display = names[0] ?? '';
    names.forEach((raw, nameIndex) => {
      const folded = foldText(raw).text;
      if ([...folded].length < minLength) return;
      const seen = byName.get(folded) ?? { ids: new Set<string>(), name: display, nameIndex };
      if (typeof entry.entityId === 'string') seen.ids.add(entry.entityId);
      seen.nameIndex = Math.min(seen.nameIndex, nameIndex);
      byName.set(folded, seen);
    });
  }
  const patterns: Pattern[] = [...byName].map(([matched, p]) => ({ matched, entityIds: [...p.ids], name: p.name, nameIndex: p.nameIndex }));
  const automaton = buildAutomaton(patterns.map((p) => p.matched));

  function match(input: string | FoldedText): readonly DictionaryMatch[] {
    const folded = typeof input === 'string' ? foldText(input) : input;
    return selectLongest(automaton.scan(folded.text)).map(({ start, end, word }) => {
      const p = patterns[word]!;
      return {
        entityId: p.entityIds.length === 1 ? p.entityIds[0]! : null,
        entityIds: p.entityIds, name: p.name, matched: p.matched, nameIndex: p.nameIndex,
        start, end, span: toOriginalSpan(folded, start, end),
      };
    });
  }

  return { size: patterns.length, match };
}

// Longest first; a shorter match survives only where it overlaps no longer one.
function selectLongest(found: WordHit[]): WordHit[] {
  if (found.length <= 1) return found;
  const ordered = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: WordHit[] = [];
  for (const m of ordered) {
    if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
