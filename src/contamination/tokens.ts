// Word tokens for contamination checks (docs/governance.md, "Contamination and lineage"): text is
// NFKC-normalised and lower-cased, and a token is a maximal run of Unicode letters, combining marks
// and digits; everything else (punctuation, whitespace, symbols) separates tokens. This is the
// normalisation of the GPT-3 contamination analysis (Brown et al. 2020, appendix C: casing and
// punctuation ignored). Each token is hashed to two independent 32-bit values without building a
// string, so a 100 MB corpus is tokenised without allocating per word.

/** Called once per token with its two 32-bit hashes (as int32, which V8 keeps unboxed). */
export type TokenSink = (a: number, b: number) => void;

const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const NON_ASCII = /[\u0080-\uffff]/;
/** Per BMP code unit: 0 not yet known, 1 word character, 2 separator. */
const bmpClass = new Uint8Array(0x10000);
const lowerCache = new Map<number, string>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 0x10000) {
    let k = bmpClass[cp]!;
    if (k === 0) {
      k = WORD.test(String.fromCharCode(cp)) ? 1 : 2;
      bmpClass[cp] = k;
    }
    return k === 1;
  }
  return WORD.test(String.fromCodePoint(cp));
}

function lowerOf(cp: number): string {
  let s = lowerCache.get(cp);
  if (s === undefined) {
    s = String.fromCodePoint(cp).toLowerCase();
    if (lowerCache.size < 100_000) lowerCache.set(cp, s);
  }
  return s;
}

// FNV-1a (32-bit) for one hash and a murmur-style multiply–xorshift for the other: two different
// mixes of the same code units, so that a collision in one is independent of the other.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SECOND_SEED = 0x9747b28c | 0;

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Tokenises `text` (normalised as above) and calls `sink` with each token's hashes, in order. */
export function scanTokens(text: string, sink: TokenSink): void {
  if (NON_ASCII.test(text)) text = text.normalize('NFKC');
  let a = FNV_OFFSET;
  let b = SECOND_SEED;
  let inWord = false;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      // ASCII fast path: letters (lower-cased) and digits
      if (c >= 65 && c <= 90) c |= 0x20;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
        if (inWord) {
          sink(fmix32(a), fmix32(b));
          a = FNV_OFFSET;
          b = SECOND_SEED;
          inWord = false;
        }
        continue;
      }
      a = Math.imul(a ^ c, FNV_PRIME);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
      inWord = true;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!isWordCodePoint(cp)) {
      if (inWord) {
        sink(fmix32(a), fmix32(b));
        a = FNV_OFFSET;
        b = SECOND_SEED;
        inWord = false;
      }
      continue;
    }
    const lower = lowerOf(cp);
    for (let k = 0; k < lower.length; k++) {
      const unit = lower.charCodeAt(k);
      a = Math.imul(a ^ unit, FNV_PRIME);
      b = Math.imul(b ^ unit, 0x5bd1e995);
      b ^= b >>> 15;
    }
    inWord = true;
  }
  if (inWord) sink(fmix32(a), fmix32(b));
}

/** The token hashes of `text` as [a0, b0, a1, b1, …]. */
export function tokenHashes(text: string): Int32Array {
  const out: number[] = [];
  scanTokens(text, (a, b) => out.push(a, b));
  return Int32Array.from(out);
}
