/**
 * Aho–Corasick over UTF-16 code units, in typed arrays. Written here rather than taken from
 * @monyone/aho-corasick (which it replaces): that library looks up every character of the text in
 * a Map keyed by one-character strings and reports each match as its keyword string, which callers
 * then hash again to find what the keyword means. Profiled on 10k Chinese articles, those lookups
 * were the largest part of recognising mentions; here a character is an array index and a match
 * names its pattern by number.
 *
 * Layout: the root's transitions are a dense table over the patterns' alphabet (most steps restart
 * at the root in running text); every other node lists its few children sorted by symbol. Failure
 * links and dictionary-suffix links (the next node on the failure chain where a pattern ends) make
 * the scan linear in the text plus the matches.
 */

export interface PatternMatch {
  begin: number;
  end: number;
  /** Index of the pattern in the list the automaton was built from. */
  pattern: number;
}

/** Children lists longer than this are binary-searched. */
const LINEAR_CHILDREN = 8;

export class PatternAutomaton {
  readonly patterns: readonly string[];
  /** Code unit → symbol (1-based); 0 for a unit that occurs in no pattern. */
  private readonly symbolOf = new Int32Array(0x10000);
  private readonly rootNext: Int32Array;
  private readonly childStart: Int32Array;
  private readonly childSymbol: Int32Array;
  private readonly childNode: Int32Array;
  private readonly fail: Int32Array;
  /** The pattern that ends at the node, or -1. */
  private readonly output: Int32Array;
  /** The nearest node on the failure chain where a pattern ends, or -1. */
  private readonly outputLink: Int32Array;
  private readonly lengths: Int32Array;

  /** Empty patterns never match; a repeated pattern matches as its first index. */
  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    let symbols = 0;
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (this.symbolOf[c] === 0) this.symbolOf[c] = ++symbols;
      }
    }
    // the trie, with a Map of children per node while it is built
    const children: Map<number, number>[] = [new Map()];
    const ends: number[] = [-1];
    patterns.forEach((p, index) => {
      if (!p) return;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const s = this.symbolOf[p.charCodeAt(i)];
        let next = children[node].get(s);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push(-1);
          children[node].set(s, next);
        }
        node = next;
      }
      if (ends[node] < 0) ends[node] = index;
    });
    const nodes = children.length;
    this.output = Int32Array.from(ends);
    this.fail = new Int32Array(nodes);
    this.outputLink = new Int32Array(nodes).fill(-1);
    this.rootNext = new Int32Array(symbols + 1);
    for (const [s, next] of children[0]) this.rootNext[s] = next;

    // failure links in breadth-first order, each found from its parent's (the root's children fail to the root)
    const step = (node: number, s: number): number => {
      for (;;) {
        const next = children[node].get(s);
        if (next !== undefined) return next;
        if (node === 0) return 0;
        node = this.fail[node];
      }
    };
    const queue: number[] = [...children[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      const f = this.fail[node];
      this.outputLink[node] = this.output[f] >= 0 ? f : this.outputLink[f];
      for (const [s, child] of children[node]) {
        this.fail[child] = step(f, s);
        queue.push(child);
      }
    }

    // children lists, sorted by symbol, in one array
    this.childStart = new Int32Array(nodes + 1);
    let total = 0;
    for (let n = 0; n < nodes; n++) {
      this.childStart[n] = total;
      if (n > 0) total += children[n].size;
    }
    this.childStart[nodes] = total;
    this.childSymbol = new Int32Array(total);
    this.childNode = new Int32Array(total);
    for (let n = 1; n < nodes; n++) {
      const sorted = [...children[n]].sort((a, b) => a[0] - b[0]);
      sorted.forEach(([s, child], k) => {
        this.childSymbol[this.childStart[n] + k] = s;
        this.childNode[this.childStart[n] + k] = child;
      });
    }
  }

  /** The child of a non-root node by symbol, or -1. */
  private child(node: number, s: number): number {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    const symbols = this.childSymbol;
    if (hi - lo <= LINEAR_CHILDREN) {
      for (; lo < hi; lo++) if (symbols[lo] === s) return this.childNode[lo];
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = symbols[mid];
      if (m === s) return this.childNode[mid];
      if (m < s) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /**
   * Every occurrence of every pattern in text[from, to) that `keep` accepts (all by default),
   * overlapping ones included, ordered by end; at one end, longer patterns first. The test runs
   * before a match is made: in English text most hits of short names ("he" in "the") are refused.
   */
  matchAll(text: string, from = 0, to = text.length, keep?: (begin: number, end: number, pattern: number) => boolean): PatternMatch[] {
    const out: PatternMatch[] = [];
    const { symbolOf, rootNext, fail, output, outputLink, lengths } = this;
    let node = 0;
    for (let i = from; i < to; i++) {
      const s = symbolOf[text.charCodeAt(i)];
      if (s === 0) {
        node = 0;
        continue;
      }
      for (;;) {
        if (node === 0) {
          node = rootNext[s];
          break;
        }
        const next = this.child(node, s);
        if (next >= 0) {
          node = next;
          break;
        }
        node = fail[node];
      }
      let o = output[node] >= 0 ? node : outputLink[node];
      while (o >= 0) {
        const p = output[o];
        const begin = i + 1 - lengths[p];
        if (!keep || keep(begin, i + 1, p)) out.push({ begin, end: i + 1, pattern: p });
        o = outputLink[o];
      }
    }
    return out;
  }
}
