/** Where one word of the automaton occurs: [start, end) and its index in the word list. */
export interface WordHit {
  readonly start: number;
  readonly end: number;
  readonly word: number;
}

/** An automaton over UTF-16 units that finds every occurrence of every word in one pass. */
export interface Automaton {
  scan(text: string): WordHit[];
}

// Edge keys pack (node, UTF-16 unit) into one number while building: node * 2^16 + unit stays below 2^53.
const UNIT = 0x10000;

/**
 * Build an Aho–Corasick automaton: a trie of the words with failure links, so a scan costs the
 * same per character whether there are 50 words or 50,000. Scanning uses a dense row for the
 * root (most characters start no word) and an open-addressed table for the other edges.
 * @example buildAutomaton(['中国建筑', '建筑股份']).scan('中国建筑股份') //=> [{ start: 0, end: 4, word: 0 }, { start: 2, end: 6, word: 1 }]
 */
export function buildAutomaton(words: readonly string[]): Automaton {
  const edges = new Map<number, number>();
  const depth: number[] = [0];
  const output: number[] = [-1];
  const firstChild: number[] = [-1];
  const nextSibling: number[] = [-1];
  words.forEach((word, id) => {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const key = node * UNIT + word.charCodeAt(i);
      let child = edges.get(key);
      if (child === undefined) {
        child = depth.length;
        edges.set(key, child);
        depth.push(depth[node]! + 1);
        output.push(-1);
        firstChild.push(-1);
        nextSibling.push(firstChild[node]!);
        firstChild[node] = child;
      }
      node = child;
    }
    if (word.length > 0 && output[node] === -1) output[node] = id;
  });
  const units = new Uint16Array(depth.length);
  for (const [key, child] of edges) units[child] = key % UNIT;

  // Breadth first: a node's failure link is the longest proper suffix of its path that is in the trie.
  const fail = new Int32Array(depth.length);
  const dictLink = new Int32Array(depth.length); // nearest proper suffix state that ends a word
  const queue: number[] = [];
  for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) queue.push(c);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (let c = firstChild[node]!; c !== -1; c = nextSibling[c]!) {
      let f = fail[node]!;
      let target = edges.get(f * UNIT + units[c]!);
      while (target === undefined && f !== 0) {
        f = fail[f]!;
        target = edges.get(f * UNIT + units[c]!);
      }
      fail[c] = target !== undefined && target !== c ? target : 0;
      dictLink[c] = output[fail[c]!]! >= 0 ? fail[c]! : dictLink[fail[c]!]!;
      queue.push(c);
    }
  }
  const next = packEdges(edges);

  return {
    scan(text: string): WordHit[] {
      const hits: WordHit[] = [];
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        let to = next(state, unit);
        while (to < 0 && state !== 0) {
          state = fail[state]!;
          to = next(state, unit);
        }
        state = to < 0 ? 0 : to;
        for (let n = output[state]! >= 0 ? state : dictLink[state]!; n > 0; n = dictLink[n]!) {
          hits.push({ start: i + 1 - depth[n]!, end: i + 1, word: output[n]! });
        }
      }
      return hits;
    },
  };
}

function packEdges(edges: ReadonlyMap<number, number>): (node: number, unit: number) => number {
  const root = new Int32Array(UNIT).fill(-1);
  let capacity = 16;
  while (capacity < edges.size * 2) capacity *= 2;
  const mask = capacity - 1;
  const nodes = new Int32Array(capacity).fill(-1);
  const units = new Uint16Array(capacity);
  const targets = new Int32Array(capacity);
  const slot = (node: number, unit: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;
  for (const [key, child] of edges) {
    const node = Math.floor(key / UNIT);
    const unit = key % UNIT;
    if (node === 0) {
      root[unit] = child;
      continue;
    }
    let i = slot(node, unit);
    while (nodes[i] !== -1) i = (i + 1) & mask;
    nodes[i] = node;
    units[i] = unit;
    targets[i] = child;
  }
  return (node, unit) => {
    if (node === 0) return root[unit]!;
    for (let i = slot(node, unit); nodes[i] !== -1; i = (i + 1) & mask) {
      if (nodes[i] === node && units[i] === unit) return targets[i]!;
    }
    return -1;
  };
}
