/**
 * Near-duplicate stories: republished copies of one wire story (near-identical body text) are found
 * by MinHash over character shingles. Candidates come from LSH banding (the signature cut into bands;
 * two texts whose signatures agree on a whole band are compared), so each article is checked against
 * a handful of likely twins rather than every article before it — a 100k-article run stays linear.
 */

const SHINGLE = 5;
const HASHES = 32;
const BANDS = 8;
const ROWS = HASHES / BANDS;
/** Share of agreeing hashes from which two bodies are one story. */
const NEAR_DUPLICATE = 0.8;
/** Bodies shorter than this (after removing whitespace) are too short to call copies. */
const MIN_BODY = 40;

/** The MinHash signature of a body, or null when it is too short to compare. */
export function minhash(text: string): Uint32Array | null {
  const clean = text.replace(/\s+/g, "");
  if (clean.length <= MIN_BODY) return null;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= clean.length; i++) {
    let h = 2166136261;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ clean.charCodeAt(j), 16777619);
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h ^ (k * 0x9e3779b1), 0x85ebca6b) ^ (h >>> 13)) >>> 0;
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** A band's rows hashed to one number (a collision only adds a candidate, which is then compared). */
function bandKey(sig: Uint32Array, band: number): number {
  let h = 2166136261 ^ band;
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) h = Math.imul(h ^ sig[r], 16777619);
  return h >>> 0;
}

export class NearDuplicateIndex {
  private ids: string[] = [];
  private signatures: Uint32Array[] = [];
  /** Per band: key → the article (index) or articles with it; most keys have one, kept unboxed. */
  private buckets = Array.from({ length: BANDS }, () => new Map<number, number | number[]>());

  /** The earliest added article whose body this one nearly copies, if any. */
  twinOf(sig: Uint32Array): string | undefined {
    let best = Infinity;
    const check = (i: number) => {
      if (i < best && similarity(this.signatures[i], sig) >= NEAR_DUPLICATE) best = i;
    };
    for (let b = 0; b < BANDS; b++) {
      const bucket = this.buckets[b].get(bandKey(sig, b));
      if (bucket === undefined) continue;
      if (typeof bucket === "number") check(bucket);
      else for (const i of bucket) check(i);
    }
    return best === Infinity ? undefined : this.ids[best];
  }

  add(id: string, sig: Uint32Array): void {
    const i = this.ids.length;
    this.ids.push(id);
    this.signatures.push(sig);
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const bucket = this.buckets[b].get(key);
      if (bucket === undefined) this.buckets[b].set(key, i);
      else if (typeof bucket === "number") this.buckets[b].set(key, [bucket, i]);
      else bucket.push(i);
    }
  }
}
