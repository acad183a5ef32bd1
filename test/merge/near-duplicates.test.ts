import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minhash, NearDuplicateIndex } from "../../src/merge/near-duplicates.js";

/** A deterministic pseudo-random signature. */
function signature(seed: number): Uint32Array {
  const sig = new Uint32Array(32);
  let x = seed * 2654435761 + 1;
  for (let k = 0; k < 32; k++) {
    x = Math.imul(x ^ (x >>> 15), 2246822507) + k;
    sig[k] = x >>> 0;
  }
  return sig;
}

describe("NearDuplicateIndex", () => {
  it("finds the earliest near copy among 20,000 articles (the tables grow many times), and nothing for new stories", () => {
    const index = new NearDuplicateIndex();
    for (let i = 0; i < 20_000; i++) {
      expect(index.twinOf(signature(i))).toBeUndefined();
      index.add(`doc${i}`, signature(i));
    }
    // a copy with 4 of 32 hashes changed is one story (87.5% ≥ 80%); 8 changed is not (75%)
    for (const i of [0, 1, 4095, 12_345, 19_999]) {
      const copy = signature(i);
      for (const k of [1, 9, 17, 25]) copy[k] ^= 1;
      expect(index.twinOf(copy)).toBe(`doc${i}`);
      for (const k of [3, 11, 19, 27]) copy[k] ^= 1;
      expect(index.twinOf(copy)).toBeUndefined();
    }
    // a second copy added later still resolves to the first
    index.add("again", signature(7));
    expect(index.twinOf(signature(7))).toBe("doc7");
  });

  it("finds the earliest article within six differing hashes, as comparing with every article does", () => {
    // copies of a few originals with up to eight hashes changed, anywhere: six changed hashes in six
    // bands leave two bands whole, the fewest a near copy can share
    fc.assert(
      fc.property(
        fc.array(fc.record({ of: fc.nat(4), changed: fc.uniqueArray(fc.nat(31), { maxLength: 8 }) }), { minLength: 1, maxLength: 40 }),
        (copies) => {
          const index = new NearDuplicateIndex();
          const added: Uint32Array[] = [];
          for (const [n, { of, changed }] of copies.entries()) {
            const sig = signature(of);
            for (const k of changed) sig[k] ^= 1 + n;
            const byDefinition = added.findIndex((a) => a.reduce((d, v, k) => d + (v !== sig[k] ? 1 : 0), 0) <= 6);
            expect(index.twinOf(sig)).toBe(byDefinition < 0 ? undefined : `doc${byDefinition}`);
            index.add(`doc${added.length}`, sig);
            added.push(sig);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("signs republished text alike and other text apart", () => {
    const body = "新华社北京5月16日电 国家主席习近平16日在人民大会堂同俄罗斯总统普京举行会谈。两国元首签署联合声明。";
    const index = new NearDuplicateIndex();
    index.add("first", minhash(body)!);
    expect(index.twinOf(minhash(`${body}（责任编辑：王小明）`)!)).toBe("first");
    expect(index.twinOf(minhash("法新社巴黎电 法国总统马克龙周三在爱丽舍宫会见来访的德国总理，双方讨论了乌克兰局势和欧盟预算。")!)).toBeUndefined();
    expect(minhash("太短")).toBeNull();
  });

  it("signs a body as MinHash over 5-character shingles of its text without whitespace", () => {
    // the definition, written plainly: what the in-place version must give
    const plain = (text: string): Uint32Array | null => {
      const clean = text.replace(/\s+/g, "");
      if (clean.length <= 40) return null;
      const sig = new Uint32Array(32).fill(0xffffffff);
      for (let i = 0; i + 5 <= clean.length; i++) {
        let h = 2166136261;
        for (let j = i; j < i + 5; j++) h = Math.imul(h ^ clean.charCodeAt(j), 16777619);
        for (let k = 0; k < 32; k++) {
          const v = (Math.imul(h ^ (k * 0x9e3779b1), 0x85ebca6b) ^ (h >>> 13)) >>> 0;
          if (v < sig[k]) sig[k] = v;
        }
      }
      return sig;
    };
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom(..."习近平会见普京 \n\t\u3000ab。"), maxLength: 40 }), { maxLength: 4 }), (paragraphs) => {
        const text = paragraphs.join("\n");
        expect(minhash(text)).toEqual(plain(text));
      }),
      { numRuns: 500 },
    );
  });
});
