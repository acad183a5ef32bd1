/**
 * Near-duplicate stories: republished copies of one wire story (near-identical body text) are found
 * by MinHash over character shingles. Candidates come from LSH banding (the signature cut into bands;
 * two texts whose signatures agree on a whole band are compared), so each article is checked against
 * a handful of likely twins rather than every article before it — a 100k-article run stays linear.
 */

import { isSpace } from "../util/space.js";

const SHINGLE = 5;
const HASHES = 32;
const BANDS = 8;
const ROWS = HASHES / BANDS;
/** Share of agreeing hashes from which two bodies are one story. */
const NEAR_DUPLICATE = 0.8;
/** Hashes that may disagree between near copies. */
const MAX_DIFFERENCES = HASHES - Math.ceil(NEAR_DUPLICATE * HASHES);
/**
 * Bands two near copies must share whole: each disagreeing hash spoils one band at most. Common
 * boilerplate makes single band collisions frequent (about 66 per article at 100k), so only
 * articles met in this many of the query's band chains are compared.
 */
const SHARED_BANDS = Math.max(1, BANDS - MAX_DIFFERENCES);
/** Bodies shorter than this (after removing whitespace) are too short to call copies. */
const MIN_BODY = 40;

/** k × 0x9e3779b1 as the 32-bit integer `^` takes it: the product overflows into a double, converted on every use. */
const SALTS = Int32Array.from({ length: HASHES }, (_, k) => (k * 0x9e3779b1) | 0);

/** The last SHINGLE characters of the body being signed, by position modulo SHINGLE (each is written before it is read). */
const recent = new Int32Array(SHINGLE);

/**
 * The MinHash signature of a body, or null when it is too short to compare. Whitespace is left out
 * (one story laid out twice shingles alike); it is skipped here rather than cut out of a copy of the
 * body, which cost as much again as the hashing.
 */
export function minhash(text: string): Uint32Array | null {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    recent[count % SHINGLE] = c;
    count++;
    if (count < SHINGLE) continue;
    let h = 2166136261;
    for (let j = count - SHINGLE; j < count; j++) h = Math.imul(h ^ recent[j % SHINGLE], 16777619);
    const high = h >>> 13;
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h ^ SALTS[k], 0x85ebca6b) ^ high) >>> 0;
      if (v < sig[k]) sig[k] = v;
    }
  }
  return count <= MIN_BODY ? null : sig;
}

/** A band's rows hashed to one number (a collision only adds a candidate, which is then compared). */
function bandKey(sig: Uint32Array, band: number): number {
  let h = 2166136261 ^ band;
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) h = Math.imul(h ^ sig[r], 16777619);
  return h | 0;
}

/** The table grows past this share of its slots in use. */
const MAX_LOAD = 0.7;

/**
 * Every added signature and its band chains in flat typed arrays. A Map per band and a Uint32Array
 * per article held about 70 MB at 100k articles, most of the merging thread's memory after the
 * graph itself.
 */
export class NearDuplicateIndex {
  private ids: string[] = [];
  /** The signatures, HASHES numbers per article, in the order added. */
  private signatures = new Uint32Array(HASHES * 1024);
  /**
   * An entry is one band of one article (entry = article × BANDS + band). Entries with the same
   * band key form a chain, newest first (next entry + 1; 0 ends it); the open-addressing table maps
   * a key to its chain's head.
   */
  private nextEntry = new Int32Array(BANDS * 1024);
  private tableKey = new Int32Array(1 << 12);
  /** Head entry + 1 of the key's chain; 0 for an empty slot. */
  private tableHead = new Int32Array(1 << 12);
  private keysInTable = 0;
  /** Per article, the query that last met it in a band chain and how many chains did. */
  private metBy = new Int32Array(1024);
  private timesMet = new Uint8Array(1024);
  private queries = 0;

  /** The table slot of a key: where it is, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.tableKey.length - 1;
    // (the keys are FNV hashes already: their low bits are well mixed)
    let slot = key & mask;
    while (this.tableHead[slot] !== 0 && this.tableKey[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  /** The earliest added article whose body this one nearly copies, if any. */
  twinOf(sig: Uint32Array): string | undefined {
    let best = Infinity;
    const query = ++this.queries;
    for (let b = 0; b < BANDS; b++) {
      for (let e = this.tableHead[this.slotOf(bandKey(sig, b))] - 1; e >= 0; e = this.nextEntry[e] - 1) {
        const i = (e / BANDS) | 0;
        if (this.metBy[i] !== query) {
          this.metBy[i] = query;
          this.timesMet[i] = 0;
        }
        if (++this.timesMet[i] === SHARED_BANDS && i < best && this.nearlyCopies(i, sig)) best = i;
      }
    }
    return best === Infinity ? undefined : this.ids[best];
  }

  /** At least NEAR_DUPLICATE of the hashes agree; stops at the first disagreement too many. */
  private nearlyCopies(i: number, sig: Uint32Array): boolean {
    let differences = 0;
    for (let k = 0, at = i * HASHES; k < HASHES; k++) {
      if (this.signatures[at + k] !== sig[k] && ++differences > MAX_DIFFERENCES) return false;
    }
    return true;
  }

  add(id: string, sig: Uint32Array): void {
    const i = this.ids.length;
    this.ids.push(id);
    if ((i + 1) * HASHES > this.signatures.length) {
      this.signatures = grown(this.signatures);
      this.nextEntry = grown(this.nextEntry);
      this.metBy = grown(this.metBy);
      this.timesMet = grown(this.timesMet);
    }
    this.signatures.set(sig, i * HASHES);
    for (let b = 0; b < BANDS; b++) {
      const e = i * BANDS + b;
      const key = bandKey(sig, b);
      const slot = this.slotOf(key);
      if (this.tableHead[slot] === 0) {
        this.tableKey[slot] = key;
        this.keysInTable++;
      }
      this.nextEntry[e] = this.tableHead[slot];
      this.tableHead[slot] = e + 1;
      if (this.keysInTable > this.tableKey.length * MAX_LOAD) this.rehash();
    }
  }

  /** Doubles the table; every chain keeps its head. */
  private rehash(): void {
    const keys = this.tableKey;
    const heads = this.tableHead;
    this.tableKey = new Int32Array(keys.length * 2);
    this.tableHead = new Int32Array(keys.length * 2);
    for (let slot = 0; slot < keys.length; slot++) {
      if (heads[slot] === 0) continue;
      const to = this.slotOf(keys[slot]);
      this.tableKey[to] = keys[slot];
      this.tableHead[to] = heads[slot];
    }
  }
}

function grown<T extends Uint32Array | Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
